/** Inside the canvas: hands the scene's `captureView` (captureView.ts) to whoever asked (the app), while it lives. */
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { CaptureView } from '@/state/viewCapture'
import { createCaptureView } from './captureView'

export function OfferViewCapture({ offer }: { offer: (capture: CaptureView | null) => void }) {
  const { gl, scene, camera, invalidate } = useThree()
  useEffect(() => {
    offer(createCaptureView(gl, scene, camera, invalidate))
    return () => offer(null)
  }, [offer, gl, scene, camera, invalidate])
  return null
}
