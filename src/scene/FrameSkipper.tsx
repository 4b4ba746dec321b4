/**
 * Draws the 3D view's frames, but not a frame that would show the very picture already on the canvas (its key,
 * pictureKey.ts, equals the last drawn one, and nothing else has drawn since). Such frames are common: a
 * component re-renders with equal props, the camera controls settle on the pose they already have, the 3D view's
 * first frame repeats the start-up frame (bootFrame.ts). On software rendering each costs ~0.3–0.5 s of the main
 * thread, during which the page cannot answer a tap.
 *
 * A frame callback with a positive priority takes drawing over from react-three-fiber, and runs after the
 * others (the camera controls update the camera first).
 */
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import * as THREE from 'three'
import { handedOverPicture } from './bootFrame'
import { pictureKey, sameKey } from './pictureKey'

export function FrameSkipper() {
  const gl = useThree((s) => s.gl)
  const last = useRef<{ picture: number[] | null; frame: number }>({
    picture: handedOverPicture(gl),
    frame: gl.info.render.frame,
  })
  const size = useRef(new THREE.Vector2())

  // A restored context has lost the picture: draw the next frame whatever its key.
  useEffect(() => {
    const forget = () => (last.current.picture = null)
    gl.domElement.addEventListener('webglcontextrestored', forget)
    return () => gl.domElement.removeEventListener('webglcontextrestored', forget)
  }, [gl])

  useFrame(({ gl, scene, camera }) => {
    scene.updateMatrixWorld()
    camera.updateMatrixWorld()
    const picture = pictureKey(scene, camera, gl.getDrawingBufferSize(size.current))
    // Another render since (pictures of the drawing, PaintLayer) has changed the canvas: draw again.
    const untouched = gl.info.render.frame === last.current.frame
    if (untouched && sameKey(last.current.picture, picture)) return
    gl.render(scene, camera)
    last.current = { picture, frame: gl.info.render.frame }
  }, 1)
  return null
}
