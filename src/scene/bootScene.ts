/**
 * What the body's start-up frame draws (boot/bootFrame.ts): the body as the 3D view will first show it for a
 * link's view (its layers, the preset camera, the same lights), made of the scene's own parts so both frames look
 * alike. main.tsx hands it to the start-up path, which never imports the scene itself.
 */
import * as THREE from 'three'
import type { BootPicture } from '@/boot/bootFrame'
import type { BootView } from '@/state/bootView'
import { DEFAULT_VIEW } from '@/state/viewState'
import { styleParts } from './applyAppearance'
import { loadBody, loadedBody } from './bodyLoad'
import { CAMERA_LENS, presetPose } from './cameraPresets'
import { createLights } from './sceneLights'

export async function bootScene(view: BootView, aspect: number): Promise<BootPicture | null> {
  // The camera and lights are made while the model downloads; the body joins them once it is in.
  const camera = new THREE.PerspectiveCamera(CAMERA_LENS.fov, aspect, CAMERA_LENS.near, CAMERA_LENS.far)
  const { position, target } = presetPose(view.camera)
  camera.position.set(...position)
  camera.lookAt(...target)
  const scene = new THREE.Scene()
  scene.add(createLights())
  await loadBody()
  const body = loadedBody()
  if (!body) return null
  const addBody = () => {
    styleParts(body, { ...DEFAULT_VIEW, ...view, hovered: null, previewMuscleId: null })
    scene.add(body.root)
  }
  return { scene, camera, addBody }
}
