/**
 * Loads models/body.glb (meshopt decoder bundled with three, served by the app itself: nothing from other
 * hosts), indexes its parts and gives each part its material. The skin gets a BVH for fast picking.
 */
import { useLoader } from '@react-three/fiber'
import { useMemo } from 'react'
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import bodyUrl from '../../models/body.glb?url'
import type { BodyParts } from '@/model/parts'
import { indexParts } from '@/model/parts'
import {
  createBoneMaterial,
  createFibreTexture,
  createMuscleMaterial,
  createRegionLut,
  createSkinMaterial,
} from './materials'
import { onFirstFrame } from './firstFrame'
import { webglAvailable } from './webgl'

export const BODY_URL = bodyUrl

/**
 * Fast picking on the skin (~100k triangles) with a BVH from three-mesh-bvh. Neither the library (loaded then,
 * not with the app) nor building the tree delays the first frame: both wait for an idle moment after it. Until
 * then the skin's raycast is three's own (slower, still correct). The skin keeps one raycast function throughout,
 * because applyAppearance remembers each mesh's raycast to restore it when a layer becomes pickable again.
 */
function installSkinPicking(skin: THREE.Mesh) {
  let fast: THREE.Mesh['raycast'] | null = null
  skin.raycast = function raycast(this: THREE.Mesh, raycaster, intersects) {
    ;(fast ?? THREE.Mesh.prototype.raycast).call(this, raycaster, intersects)
  }
  const build = () => {
    import('three-mesh-bvh')
      .then(({ acceleratedRaycast, computeBoundsTree }) => {
        const geom = skin.geometry as THREE.BufferGeometry & { computeBoundsTree?: typeof computeBoundsTree }
        geom.computeBoundsTree = computeBoundsTree
        geom.computeBoundsTree()
        fast = acceleratedRaycast
      })
      .catch((err: unknown) =>
        console.warn('Fast picking is unavailable; picking stays correct but slower.', err),
      )
  }
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
    .requestIdleCallback
  onFirstFrame(() => {
    if (idle) idle(build, { timeout: 1500 })
    else setTimeout(build, 300)
  })
}

const configure = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder)
}

export interface LoadedBody extends BodyParts {
  root: THREE.Object3D
  lut: THREE.DataTexture
}

/** Suspends until the model is loaded (use inside <Suspense>). */
export function useBodyModel(): LoadedBody {
  const gltf = useLoader(GLTFLoader, bodyUrl, configure)
  return useMemo(() => {
    const root = gltf.scene
    const parts = indexParts(root)
    const lut = createRegionLut()
    const fibres = createFibreTexture()
    const bone = createBoneMaterial()
    if (parts.skin) {
      parts.skin.material = createSkinMaterial(lut)
      installSkinPicking(parts.skin)
    }
    for (const m of parts.muscles) {
      m.mesh.material = createMuscleMaterial(fibres)
      m.mesh.renderOrder = 1
    }
    for (const b of parts.bones) {
      b.material = bone
      b.raycast = () => undefined
    }
    root.updateMatrixWorld(true)
    return { ...parts, root, lut }
  }, [gltf])
}

// Start decoding the model as soon as this module runs, but only where it can be drawn.
if (webglAvailable()) useLoader.preload(GLTFLoader, bodyUrl, configure)
