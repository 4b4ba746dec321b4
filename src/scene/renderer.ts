/**
 * The 3D view's WebGL renderer, made for react-three-fiber's <Canvas gl={createRenderer}>. Two start-up costs
 * are avoided (each ≈15–25 ms of the main thread on software GL, measured with `npm run bench` and a trace):
 * - a second WebGL context: the page already made one to learn whether WebGL works (webgl.ts, asked by main.tsx
 *   before the app's code arrived); its canvas takes the place of react-three-fiber's in the page;
 * - a second drawing-buffer allocation: the canvas gets its final size before the renderer starts, so the sizes
 *   react-three-fiber sets afterwards are the same, and the browser does not reallocate for them.
 */
import type { GLProps } from '@react-three/fiber'
import { WebGLRenderer } from 'three'
import { takeBootRenderer } from './bootFrame'
import { CONTEXT_ATTRIBUTES, deviceRatio, takeStartupContext } from './webgl'

/** What react-three-fiber passes a renderer factory (its canvas and default options). */
type RendererDefaults = Parameters<Extract<GLProps, (defaults: never) => unknown>>[0]

export function createRenderer(defaults: RendererDefaults): WebGLRenderer {
  const given = defaults.canvas
  if (!(given instanceof HTMLCanvasElement))
    return new WebGLRenderer({ ...defaults, ...CONTEXT_ATTRIBUTES, canvas: given })
  // The start-up frame's renderer (bootFrame.ts), when the body was drawn before the app: its canvas, context,
  // compiled shaders and uploaded model carry on; react-three-fiber sizes it as it would its own.
  const booted = takeBootRenderer()
  if (booted) {
    booted.domElement.style.cssText = given.style.cssText
    given.replaceWith(booted.domElement)
    return booted
  }
  let canvas = given
  let context: WebGL2RenderingContext | undefined
  const early = takeStartupContext()
  if (early) {
    // react-three-fiber keeps its own (now detached) canvas only as a key; it listens for events on the parent
    early.canvas.style.cssText = given.style.cssText
    given.replaceWith(early.canvas)
    canvas = early.canvas
    context = early.context
  }
  // react-three-fiber sizes the canvas to its parent (the element it measures), as three's setSize would
  const { width, height } = (canvas.parentElement ?? canvas).getBoundingClientRect()
  const sized = width > 0 && height > 0
  const dpr = deviceRatio()
  if (sized) {
    canvas.width = Math.floor(width * dpr)
    canvas.height = Math.floor(height * dpr)
  }
  const renderer = new WebGLRenderer({ ...defaults, ...CONTEXT_ATTRIBUTES, canvas, context })
  if (sized) renderer.setDrawingBufferSize(width, height, dpr) // the same pixels; tells three the CSS size and ratio
  return renderer
}
