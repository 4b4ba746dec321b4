/**
 * Draws the 3D view's frames. The canvas renders on demand (frameloop 'demand', boot/renderer.ts): a frame comes only
 * when something drawn has changed and called invalidate(): a rendered store field (renderedInputs.ts: this component
 * asks for that frame), the camera controls' change events, the model's arrival, new JSX or a new size
 * (react-three-fiber), a hover or a paint stroke (BodyModel, PaintLayer). This component draws that frame (a frame
 * callback with a positive priority takes drawing over from react-three-fiber, and runs after the controls have moved
 * the camera), counts it for tests and the bench, and marks the view live at its first frame (`data-scene-ready`; the
 * app mounts its panels after it, boot/firstFrame.ts).
 *
 * The one frame it does not draw is the start-up frame's picture again (the hand-over, boot/index.ts): while the
 * canvas still shows it (boot/bootFrame.ts: same size and camera, nothing drawn since), and until a rendered field
 * changes or the person acts on the view, a frame asked for during the 3D view's mount is skipped.
 */
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { endHandOver, showsBootPicture } from '@/boot/bootFrame'
import { announceFirstFrame } from '@/boot/firstFrame'
import { countFrame } from '@/boot/testHooks'
import { onRenderedChange } from './renderedInputs'

let live = false

/** The person's input on the view: it may change anything drawn (hover, paint, a drag). */
const ACTS = ['pointerdown', 'pointermove', 'wheel', 'webglcontextrestored'] as const

export function DrawOnDemand() {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)

  // A rendered store field changed: a frame (the components drawing from it have updated the scene by then).
  useEffect(
    () =>
      onRenderedChange(() => {
        endHandOver()
        invalidate()
      }),
    [invalidate],
  )
  useEffect(() => {
    const canvas = gl.domElement
    for (const type of ACTS) canvas.addEventListener(type, endHandOver, { once: true })
    return () => {
      for (const type of ACTS) canvas.removeEventListener(type, endHandOver)
    }
  }, [gl])

  useFrame(({ gl, scene, camera }) => {
    if (!live) {
      live = true
      document.body.dataset.sceneReady = 'true'
      announceFirstFrame()
    }
    camera.updateMatrixWorld()
    if (showsBootPicture(gl, camera)) return
    countFrame()
    gl.render(scene, camera)
  }, 1)
  return null
}
