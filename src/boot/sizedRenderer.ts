/**
 * A WebGL renderer on a canvas whose drawing buffer gets its final size before the context first draws, so the
 * browser allocates it once (react-three-fiber's later setSize with the same size changes nothing). Used by the
 * start-up frame (bootFrame.ts) and the 3D view (renderer.ts).
 */
import { WebGLRenderer } from 'three'
import type { WebGLRendererParameters } from 'three'
import { CONTEXT_ATTRIBUTES, deviceRatio } from './webgl'

export function sizedRenderer(
  canvas: HTMLCanvasElement,
  context: WebGL2RenderingContext | undefined,
  { width, height }: { width: number; height: number },
  options: WebGLRendererParameters = {},
): WebGLRenderer {
  const sized = width > 0 && height > 0
  const dpr = deviceRatio()
  if (sized) {
    canvas.width = Math.floor(width * dpr)
    canvas.height = Math.floor(height * dpr)
  }
  const renderer = new WebGLRenderer({ ...options, ...CONTEXT_ATTRIBUTES, canvas, context })
  if (sized) renderer.setDrawingBufferSize(width, height, dpr) // the same pixels; tells three the CSS size and ratio
  return renderer
}
