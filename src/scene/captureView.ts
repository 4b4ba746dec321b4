/**
 * `captureView`: the one way to take a picture of the 3D view (the handout, "Save picture", a saved drawing's front
 * and back; the contract is state/viewCapture.ts). It draws the scene afresh from the live WebGL context, with the
 * view's camera or a preset's (a copy of the camera: the person's view is not moved), leaving out what is not
 * part of the body (objects marked with `leftOutOfPictures`: the brush ring), and lays each picture on a solid
 * background, cropped as asked. No React.
 */
import type * as THREE from 'three'
import type { CaptureOptions, CaptureResult, CaptureView } from '@/state/viewCapture'
import { presetPose } from './cameraPresets'

/** Marks an object (a helper such as the brush ring) that pictures of the view leave out. */
export const leaveOutOfPictures = (object: THREE.Object3D) => void (object.userData.leftOutOfPictures = true)

/** Width of a 'middle' crop, as a share of the view's height (a standing body and a little room). */
const MIDDLE_WIDTH = 0.62

/**
 * The box around everything that differs from the background (the colour of the top-left pixel), grown by
 * `margin` (a fraction of the larger side) and kept inside the image; the whole image when nothing differs. Pure.
 */
export function contentBox(
  data: Uint8ClampedArray,
  width: number,
  height: number,
  margin = 0.04,
): { x: number; y: number; width: number; height: number } {
  const [r0 = 0, g0 = 0, b0 = 0] = data
  let minX = width
  let minY = height
  let maxX = -1
  let maxY = -1
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const d = Math.abs(data[i]! - r0) + Math.abs(data[i + 1]! - g0) + Math.abs(data[i + 2]! - b0)
      if (d <= 24) continue
      if (x < minX) minX = x
      if (x > maxX) maxX = x
      if (y < minY) minY = y
      if (y > maxY) maxY = y
    }
  }
  if (maxX < 0) return { x: 0, y: 0, width, height }
  const pad = Math.round(Math.max(width, height) * margin)
  const x = Math.max(0, minX - pad)
  const y = Math.max(0, minY - pad)
  return { x, y, width: Math.min(width, maxX + pad + 1) - x, height: Math.min(height, maxY + pad + 1) - y }
}

/** Resolves true once the canvas's lost WebGL context is restored, false after `ms`. */
function contextRestored(canvas: HTMLCanvasElement, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (restored: boolean) => {
      canvas.removeEventListener('webglcontextrestored', onRestored)
      window.clearTimeout(timer)
      resolve(restored)
    }
    const onRestored = () => done(true)
    const timer = window.setTimeout(() => done(false), ms)
    canvas.addEventListener('webglcontextrestored', onRestored)
  })
}

/** A 2D canvas of `width` × `height` filled with `background`, or null when the browser gives no 2D context. */
function solidCanvas(doc: Document, width: number, height: number, background: string) {
  const out = doc.createElement('canvas')
  out.width = Math.max(1, Math.round(width))
  out.height = Math.max(1, Math.round(height))
  const ctx = out.getContext('2d')
  if (!ctx) return null
  ctx.fillStyle = background
  ctx.fillRect(0, 0, out.width, out.height)
  return { out, ctx }
}

/** The picture now on `source` (just drawn), on the background, cropped and scaled as the options ask. */
function picture(source: HTMLCanvasElement, o: CaptureOptions): HTMLCanvasElement | null {
  const doc = source.ownerDocument
  const full = solidCanvas(doc, source.width, source.height, o.background)
  if (!full) return null
  full.ctx.drawImage(source, 0, 0)
  let box = { x: 0, y: 0, width: source.width, height: source.height }
  if (o.crop === 'body') {
    box = contentBox(full.ctx.getImageData(0, 0, box.width, box.height).data, box.width, box.height)
  } else if (o.crop === 'middle') {
    const w = Math.min(source.width, Math.round(source.height * MIDDLE_WIDTH))
    box = { x: Math.round((source.width - w) / 2), y: 0, width: w, height: source.height }
  }
  const scale = o.height ? o.height / box.height : 1
  if (scale === 1 && box.width === source.width && box.height === source.height) return full.out
  const out = solidCanvas(doc, box.width * scale, box.height * scale, o.background)
  if (!out) return null
  out.ctx.drawImage(full.out, box.x, box.y, box.width, box.height, 0, 0, out.out.width, out.out.height)
  return out.out
}

/** A camera like `camera` (same lens and aspect) at a preset's pose. */
function presetCamera(camera: THREE.Camera, preset: NonNullable<CaptureOptions['views']>[number]) {
  const { position, target } = presetPose(preset)
  const cam = camera.clone()
  cam.position.set(...position)
  cam.lookAt(...target)
  cam.updateMatrixWorld()
  return cam
}

/** The scene's captureView, for one renderer, scene and camera. `redraw` asks for the view's next frame. */
export function createCaptureView(
  gl: THREE.WebGLRenderer,
  scene: THREE.Scene,
  camera: THREE.Camera,
  redraw: () => void,
): CaptureView {
  return async (o): Promise<CaptureResult> => {
    const canvas = gl.domElement
    if (gl.getContext().isContextLost()) {
      const back = o.waitForRestore ? await contextRestored(canvas, o.waitForRestore) : false
      if (!back) return { ok: false, reason: 'restarting' }
    }
    if (!canvas.isConnected || !canvas.width || !canvas.height) return { ok: false, reason: 'unavailable' }
    const hidden: THREE.Object3D[] = []
    scene.traverseVisible((obj) => {
      if (obj.userData.leftOutOfPictures) hidden.push(obj)
    })
    for (const obj of hidden) obj.visible = false
    const pictures: HTMLCanvasElement[] = []
    try {
      for (const view of o.views ?? [null]) {
        gl.render(scene, view ? presetCamera(camera, view) : camera)
        const p = picture(canvas, o)
        if (!p) return { ok: false, reason: 'unavailable' }
        pictures.push(p)
      }
    } catch {
      return { ok: false, reason: 'unavailable' }
    } finally {
      for (const obj of hidden) obj.visible = true
      redraw() // the view as it was, in the next frame (DrawOnDemand.tsx)
    }
    return { ok: true, pictures }
  }
}
