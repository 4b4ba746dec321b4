/** Can this browser draw the 3D view? Checked once at start-up; without WebGL the DOM panels still work. */

/**
 * The context attributes the 3D view's renderer asks for: react-three-fiber's and three's defaults, plus a
 * drawing buffer kept between frames, so pictures of the view can be taken.
 */
export const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  antialias: true,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: true,
  powerPreference: 'high-performance',
  failIfMajorPerformanceCaveat: false,
}

/** The range of device-pixel ratios the 3D view draws at (react-three-fiber's Canvas `dpr`). */
export const DPR_RANGE: [number, number] = [1, 2]

/** The pixel ratio the 3D view draws at on this screen. */
export const deviceRatio = () => Math.min(Math.max(DPR_RANGE[0], window.devicePixelRatio), DPR_RANGE[1])

interface StartupContext {
  canvas: HTMLCanvasElement
  context: WebGL2RenderingContext
}

let answer: boolean | undefined
let spare: StartupContext | null = null

/**
 * True when a canvas from `doc` can give a WebGL2 or WebGL context. Never throws. The page's own answer is worked out
 * once (the start-up path, index.ts, asks first, to decide whether to fetch the model early; the app asks again), and
 * the WebGL2 context that gave it is kept for the 3D view (takeStartupContext): one context per page, not two.
 */
export function webglAvailable(doc: Pick<Document, 'createElement'> = document): boolean {
  if (typeof document === 'undefined' || doc !== document) return probe(doc) !== null
  if (answer === undefined) {
    const found = probe(doc)
    answer = found !== null
    if (found?.webgl2) spare = { canvas: found.canvas, context: found.webgl2 }
  }
  return answer
}

/** The WebGL2 canvas and context made while answering webglAvailable(): once, and only while still usable. */
export function takeStartupContext(): StartupContext | null {
  const taken = spare
  spare = null
  return taken && !taken.context.isContextLost() ? taken : null
}

function probe(doc: Pick<Document, 'createElement'>) {
  try {
    const canvas = doc.createElement('canvas')
    const webgl2 = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES)
    return webgl2 || canvas.getContext('webgl') ? { canvas, webgl2 } : null
  } catch {
    return null
  }
}
