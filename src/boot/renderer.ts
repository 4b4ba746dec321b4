/**
 * What the start-up path hands to react-three-fiber's <Canvas> (CANVAS_HAND_OVER; the contract is in index.ts).
 * Its renderer factory avoids two start-up costs (each ≈15–25 ms of the main thread on software GL, measured with
 * `npm run bench` and a trace):
 * - a second WebGL context: the page already made one to learn whether WebGL works (webgl.ts, asked by index.ts
 *   before the app's code arrived); its canvas takes the place of react-three-fiber's in the page;
 * - a second drawing-buffer allocation: the canvas gets its final size before the renderer starts, so the sizes
 *   react-three-fiber sets afterwards are the same, and the browser does not reallocate for them.
 */
import type { CanvasProps, GLProps } from '@react-three/fiber'
import { WebGLRenderer } from 'three'
import { takeBootRenderer } from './bootFrame'
import { MeasureNowObserver } from './measureNow'
import { moveCanvas } from './moveCanvas'
import { sizedRenderer } from './sizedRenderer'
import { CONTEXT_ATTRIBUTES, DPR_RANGE, takeStartupContext } from './webgl'

/** What react-three-fiber passes a renderer factory (its canvas and default options). */
type RendererDefaults = Parameters<Extract<GLProps, (defaults: never) => unknown>>[0]

/** `canvas` takes the place of react-three-fiber's own (which it keeps, detached, only as a key). */
function takePlaceOf(given: HTMLCanvasElement, canvas: HTMLCanvasElement) {
  canvas.style.cssText = given.style.cssText
  given.replaceWith(canvas)
}

export function createRenderer(defaults: RendererDefaults): WebGLRenderer {
  const given = defaults.canvas
  if (!(given instanceof HTMLCanvasElement))
    return new WebGLRenderer({ ...defaults, ...CONTEXT_ATTRIBUTES, canvas: given })
  // The start-up frame's renderer (bootFrame.ts), when the body was drawn before the app: its canvas, context,
  // compiled shaders and uploaded model carry on; react-three-fiber sizes it as it would its own.
  const booted = takeBootRenderer()
  if (booted) {
    moveCanvas(booted, (canvas) => takePlaceOf(given, canvas))
    return booted
  }
  const early = takeStartupContext()
  if (early) takePlaceOf(given, early.canvas) // react-three-fiber listens for events on the parent
  const canvas = early?.canvas ?? given
  // react-three-fiber sizes the canvas to its parent (the element it measures), as three's setSize would
  const rect = (canvas.parentElement ?? canvas).getBoundingClientRect()
  return sizedRenderer(canvas, early?.context, rect, defaults)
}

/**
 * The props the 3D view's <Canvas> takes from the start-up path: the renderer (the start-up frame's, or one on
 * the probe's context), sizes measured at once and drawn at the start-up frame's ratio, frames on demand.
 */
export const CANVAS_HAND_OVER = {
  gl: createRenderer,
  resize: { debounce: 0, polyfill: MeasureNowObserver },
  dpr: DPR_RANGE,
  frameloop: 'demand',
} as const satisfies Partial<CanvasProps>
