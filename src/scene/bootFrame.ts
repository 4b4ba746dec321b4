/**
 * The body's start-up frame: drawn with plain three.js as soon as the model has loaded, before React and the app
 * have even run, into the start-up page's stage (app/bootShell.ts), at the 3D view's final place and size. The
 * 3D view then carries on with this frame's renderer, canvas and WebGL context (renderer.ts) and draws the same
 * body, lit and seen alike, so the hand-over does not show. Only for a link the frame can draw exactly
 * (state/bootView.ts); otherwise the app draws first, as without it.
 *
 * What the body needs before the app comes (three, the model's loader and its materials) is what a bare three.js
 * page would load anyway; React, react-three-fiber and the panels follow while the body is already on screen.
 */
import * as THREE from 'three'
import type { BootView } from '@/state/bootView'
import { DEFAULT_VIEW } from '@/state/viewState'
import { styleParts } from './applyAppearance'
import { loadBody, loadedBody } from './bodyLoad'
import { CAMERA_LENS, presetPose } from './cameraPresets'
import { countFrame } from './framePerf'
import { moveCanvas } from './moveCanvas'
import { pictureKey } from './pictureKey'
import { createLights } from './sceneLights'
import { sizedRenderer } from './sizedRenderer'
import { takeStartupContext } from './webgl'

interface Boot {
  renderer: THREE.WebGLRenderer
  scene: THREE.Scene
  lights: THREE.Object3D
  /** What the start-up frame shows (pictureKey.ts), once drawn. */
  picture: number[] | null
}

let boot: Boot | null = null

/**
 * Draws the body in `host` once it has loaded, as `view` shows it. Resolves true once drawn; false (drawing
 * nothing) without a usable start-up WebGL context, a laid-out host or a body (the app then shows the problem).
 * `afterDrawing` runs once the frame is drawn (the app's code and data: asked for then, they do not compete with
 * the model, nor take a moment from the first frame; they download while the frame reaches the screen).
 */
export async function drawBootFrame(
  host: HTMLElement,
  view: BootView,
  afterDrawing: () => void = () => undefined,
): Promise<boolean> {
  const { width, height } = host.getBoundingClientRect()
  if (width === 0 || height === 0) return false
  const early = takeStartupContext()
  if (!early) return false
  // The renderer, camera and lights are made while the model downloads; the body joins them once it is in.
  const { canvas, context } = early
  canvas.className = 'boot-canvas'
  const renderer = sizedRenderer(canvas, context, { width, height })
  // As react-three-fiber sets up its renderer (tone mapping; three's sRGB output), so both frames look the same.
  renderer.toneMapping = THREE.ACESFilmicToneMapping
  const camera = new THREE.PerspectiveCamera(
    CAMERA_LENS.fov,
    width / height,
    CAMERA_LENS.near,
    CAMERA_LENS.far,
  )
  const { position, target } = presetPose(view.camera)
  camera.position.set(...position)
  camera.lookAt(...target)
  const scene = new THREE.Scene()
  const lights = createLights()
  scene.add(lights)
  boot = { renderer, scene, lights, picture: null }
  // Still ours? Not if the 3D view has taken the renderer meanwhile (the app started first, on a slow
  // connection), nor once React has replaced the start-up page: the 3D view draws the body then.
  const ours = () => boot?.renderer === renderer && host.isConnected

  await loadBody()
  const body = loadedBody()
  if (!body) {
    if (boot?.renderer === renderer) dropBootFrame() // the app says why; its 3D view, if any, starts afresh
    return false
  }
  if (!ours()) return false
  styleParts(body, { ...DEFAULT_VIEW, ...view, hovered: null, previewMuscleId: null })
  scene.add(body.root)
  // Drawn in an animation frame, as the 3D view draws (and a browser paints a canvas best).
  await new Promise((resolve) => requestAnimationFrame(resolve))
  if (!ours()) return false
  host.replaceChildren(canvas) // in place of the "loading" note
  countFrame()
  renderer.render(scene, camera)
  document.body.dataset.bootFrame = 'drawn' // for tests: the body was drawn before the app
  boot.picture = pictureKey(scene, camera, renderer.getDrawingBufferSize(new THREE.Vector2()))
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

let handedOver: { renderer: THREE.WebGLRenderer; picture: number[] } | null = null

/**
 * What the canvas shows when the 3D view takes it over (the start-up frame's picture key), so the 3D view need
 * not draw the same picture again (FrameSkipper.tsx); null when it shows nothing yet or another renderer asks.
 */
export function handedOverPicture(renderer: THREE.WebGLRenderer): number[] | null {
  return handedOver?.renderer === renderer ? handedOver.picture : null
}

/** The start-up frame's renderer, for the 3D view to carry on with (once; its lights leave with it), else null. */
export function takeBootRenderer(): THREE.WebGLRenderer | null {
  const taken = boot
  boot = null
  if (!taken) return null
  if (taken.picture) handedOver = { renderer: taken.renderer, picture: taken.picture }
  taken.scene.remove(taken.lights)
  const canvas = taken.renderer.domElement
  canvas.className = ''
  if (!taken.renderer.getContext().isContextLost()) return taken.renderer
  canvas.remove() // the 3D view starts afresh, on a canvas of its own
  return null
}

/** Takes the start-up frame off the page when the 3D view will not carry it on (the app could not start). */
export function dropBootFrame(): void {
  boot?.renderer.domElement.remove()
  boot?.renderer.dispose()
  boot = null
}
