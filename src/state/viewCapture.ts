/**
 * The contract of `captureView`: pictures of the 3D view, taken by the scene (scene/captureView.ts, which owns the
 * WebGL canvas) for the panels that need them (the handout, "Save picture", a saved drawing's front and back). The
 * app hands the scene's function to the panels (ui/ViewCaptureContext.tsx); no function is kept in the store.
 */
import type { CameraPreset } from './viewState'

export interface CaptureOptions {
  /** The colour under the view: the 3D canvas is transparent around the body. */
  background: string
  /**
   * 'view' (default): the whole view. 'body': what differs from the background, with a small margin (the printed
   * handout). 'middle': the middle of the view, 0.62 × its height wide (a saved drawing's pictures).
   */
  crop?: 'view' | 'body' | 'middle'
  /** Preset views to take, one picture each in this order, instead of the view as it is shown. */
  views?: readonly CameraPreset[]
  /** Scales each picture to this height, in pixels. */
  height?: number
  /** While the graphics restart (WebGL context lost), wait this long (ms) for them to come back; 0: at once. */
  waitForRestore?: number
}

/**
 * The pictures, or why there are none: 'restarting' while the graphics restart (pictures are taken only from a live
 * context: a copy would be blank), 'unavailable' without a 3D view.
 */
export type CaptureResult =
  { ok: true; pictures: HTMLCanvasElement[] } | { ok: false; reason: 'restarting' | 'unavailable' }

export type CaptureView = (options: CaptureOptions) => Promise<CaptureResult>

/** The answer without a 3D view (no WebGL, still loading, the embedded view). */
export const noCaptureView: CaptureView = () => Promise.resolve({ ok: false, reason: 'unavailable' })
