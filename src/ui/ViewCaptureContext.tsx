/**
 * Pictures of the 3D view for the panels: the app passes the scene's `captureView` (scene/captureView.ts) down
 * here; without a 3D view (no WebGL, still loading, tests) every picture answers 'unavailable'.
 */
import { createContext, useContext } from 'react'
import type { CaptureView } from '@/state/viewCapture'
import { noCaptureView } from '@/state/viewCapture'

const ViewCaptureContext = createContext<CaptureView>(noCaptureView)

export const ViewCaptureProvider = ViewCaptureContext.Provider

/** The function that takes pictures of the 3D view (see state/viewCapture.ts for its options and answers). */
export const useCaptureView = (): CaptureView => useContext(ViewCaptureContext)
