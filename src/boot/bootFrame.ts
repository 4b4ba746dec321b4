/**
 * The body's start-up frame: drawn with plain three.js as soon as the model has loaded, before React and the app
 * have even run, into the start-up page's stage (bootShell.ts), at the 3D view's final place and size. The 3D view
 * then carries on with this frame's renderer, canvas and WebGL context (renderer.ts) and does not draw the same
 * picture again (shownPicture below). What it draws (the body, lit and seen as the 3D view will show it) comes from
 * the scene (scene/bootScene.ts, handed in by main.tsx), so this folder never imports the scene. Only for a link
 * the frame can draw exactly (state/bootView.ts); otherwise the app draws first, as without it.
 */
import * as THREE from 'three'
import type { BootView } from '@/state/bootView'
import { moveCanvas } from './moveCanvas'
import { sizedRenderer } from './sizedRenderer'
import { countFrame } from './testHooks'
import { takeStartupContext } from './webgl'

/** What the start-up frame draws: a scene (its lights) and its camera, and the body to put in it. */
export interface BootPicture {
  scene: THREE.Scene
  camera: THREE.Camera
  /** Puts the body in the scene, styled for the view: only while the canvas is still the start-up frame's. */
  addBody(): void
}

/**
 * Makes the start-up frame's picture of `view` for a canvas of this aspect ratio, once the model is in (the
 * renderer is made meanwhile); null without a body. The scene gives it (scene/bootScene.ts).
 */
export type BootScene = (view: BootView, aspect: number) => Promise<BootPicture | null>

interface Boot {
  renderer: THREE.WebGLRenderer
  picture: BootPicture | null
  /** What the canvas shows once drawn (see ShownPicture). */
  shown: ShownPicture | null
}

/**
 * What a canvas shows after the start-up frame: its drawing buffer's size, the camera's projection and view
 * (to 1e-5), and the renderer's frame count then. The 3D view need not draw a frame that would show the same.
 */
export interface ShownPicture {
  renderer: THREE.WebGLRenderer
  width: number
  height: number
  camera: number[]
  frame: number
}

let boot: Boot | null = null

/** Matrices are compared to 1e-5: far below a pixel, above the noise of equal poses reached apart. */
const cameraKey = (camera: THREE.Camera) =>
  [...camera.projectionMatrix.elements, ...camera.matrixWorldInverse.elements].map((x) => Math.round(x * 1e5))

/**
 * Draws the body in `host` once it has loaded, as `view` shows it. Resolves true once drawn; false (drawing
 * nothing) without a usable start-up WebGL context, a laid-out host or a body (the app then shows the problem).
 * `afterDrawing` runs once the frame is drawn (the app's code and data: asked for then, they do not compete with
 * the model, nor take a moment from the first frame; they download while the frame reaches the screen).
 */
export async function drawBootFrame(
  host: HTMLElement,
  view: BootView,
  makeScene: BootScene,
  afterDrawing: () => void = () => undefined,
): Promise<boolean> {
  const { width, height } = host.getBoundingClientRect()
  if (width === 0 || height === 0) return false
  const early = takeStartupContext()
  if (!early) return false
  // The renderer is made while the model downloads; the picture once it is in.
  const { canvas, context } = early
  canvas.className = 'boot-canvas'
  const renderer = sizedRenderer(canvas, context, { width, height })
  // As react-three-fiber sets up its renderer (tone mapping; three's sRGB output), so both frames look the same.
  renderer.toneMapping = THREE.ACESFilmicToneMapping
  const mine: Boot = { renderer, picture: null, shown: null }
  boot = mine
  // Still ours? Not if the 3D view has taken the renderer meanwhile (the app started first, on a slow
  // connection), nor once React has replaced the start-up page: the 3D view draws the body then.
  const ours = () => boot === mine && host.isConnected

  const picture = await makeScene(view, width / height)
  if (!picture) {
    if (boot === mine) dropBootFrame() // the app says why; its 3D view, if any, starts afresh
    return false
  }
  if (!ours()) return false
  picture.addBody()
  mine.picture = picture
  // Drawn in an animation frame, as the 3D view draws (and a browser paints a canvas best).
  await new Promise((resolve) => requestAnimationFrame(resolve))
  if (!ours()) return false
  host.replaceChildren(canvas) // in place of the "loading" note
  countFrame()
  renderer.render(picture.scene, picture.camera)
  document.body.dataset.bootFrame = 'drawn' // for tests: the body was drawn before the app
  const size = renderer.getDrawingBufferSize(new THREE.Vector2())
  mine.shown = {
    renderer,
    width: size.x,
    height: size.y,
    camera: cameraKey(picture.camera),
    frame: renderer.info.render.frame,
  }
  if (liftAsked) liftBootCanvas()
  afterDrawing()
  return true
}

let liftAsked = false

/**
 * Before React replaces the start-up page: the canvas stays where it is, over the page, until the 3D view takes
 * it (takeBootRenderer), so the body does not blink out meanwhile. Asked before the frame is drawn (the app did
 * not wait for it), the frame lifts itself once drawn.
 */
export function liftBootCanvas(): void {
  liftAsked = true
  const renderer = boot?.renderer
  const canvas = renderer?.domElement
  if (!renderer || !canvas?.isConnected || canvas.parentElement === document.body) return
  const { left, top, width, height } = canvas.getBoundingClientRect()
  Object.assign(canvas.style, {
    position: 'fixed',
    left: `${left}px`,
    top: `${top}px`,
    width: `${width}px`,
    height: `${height}px`,
    pointerEvents: 'none',
  })
  moveCanvas(renderer, (c) => document.body.append(c))
}

let handedOver: ShownPicture | null = null

/**
 * True while `renderer`'s canvas still shows the start-up frame's picture as `camera` would draw it now: the
 * renderer the 3D view took over, nothing drawn on it since, the same drawing-buffer size and the same camera.
 * The 3D view skips such frames (scene/DrawOnDemand.tsx). Once false it stays false (endHandOver).
 */
export function showsBootPicture(renderer: THREE.WebGLRenderer, camera: THREE.Camera): boolean {
  const shown = handedOver
  if (!shown || shown.renderer !== renderer) return false
  const size = renderer.getDrawingBufferSize(new THREE.Vector2())
  const key = cameraKey(camera)
  const same =
    renderer.info.render.frame === shown.frame &&
    size.x === shown.width &&
    size.y === shown.height &&
    key.every((x, i) => x === shown.camera[i])
  if (!same) endHandOver()
  return same
}

/** From now on the 3D view draws every frame it is asked for (something drawn changed, or the person acts). */
export function endHandOver(): void {
  handedOver = null
}

/** The start-up frame's renderer, for the 3D view to carry on with (once; its scene's lights leave with it). */
export function takeBootRenderer(): THREE.WebGLRenderer | null {
  const taken = boot
  boot = null
  if (!taken) return null
  handedOver = taken.shown
  // The body joins the 3D view's scene (react-three-fiber's <primitive>); the rest of this scene is let go.
  taken.picture?.scene.clear()
  const canvas = taken.renderer.domElement
  canvas.className = ''
  if (!taken.renderer.getContext().isContextLost()) return taken.renderer
  handedOver = null
  canvas.remove() // the 3D view starts afresh, on a canvas of its own
  return null
}

/** Takes the start-up frame off the page when the 3D view will not carry it on (the app could not start). */
export function dropBootFrame(): void {
  boot?.renderer.domElement.remove()
  boot?.renderer.dispose()
  boot = null
}
