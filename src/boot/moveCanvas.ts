/**
 * The one way the start-up frame's canvas is moved in the page (lifted above the start-up page, then put in the
 * 3D view's place). WebKit (Safari's engine) stops showing a WebGL canvas's picture when the canvas is moved in
 * the DOM, until the context draws again; the pixels are intact, as the drawing buffer is kept between frames
 * (webgl.ts: preserveDrawingBuffer). So once the page has laid the moved canvas out (the frame after the move), the
 * context is marked as drawn with an empty clear (a scissor box of no pixels): every engine shows the kept picture
 * again, at the cost of a clear of nothing, not a frame. Chromium and Firefox keep showing the picture anyway; for them this changes nothing.
 */
import * as THREE from 'three'

export function moveCanvas(renderer: THREE.WebGLRenderer, move: (canvas: HTMLCanvasElement) => void): void {
  move(renderer.domElement)
  // Marked at once, the browser has not yet made the moved canvas's new layer, which then shows nothing: mark it
  // after the next frame has laid the canvas out in its new place.
  requestAnimationFrame(() => requestAnimationFrame(() => showAgain(renderer)))
}

/** Marks the context as drawn without changing a pixel, so the browser presents the kept picture again. */
export function showAgain(renderer: THREE.WebGLRenderer): void {
  if (renderer.getContext().isContextLost()) return
  const scissor = renderer.getScissor(new THREE.Vector4())
  const scissorTest = renderer.getScissorTest()
  renderer.setScissorTest(true)
  renderer.setScissor(0, 0, 0, 0)
  renderer.clear(true, false, false)
  renderer.setScissor(scissor)
  renderer.setScissorTest(scissorTest)
}
