/**
 * Loads models/body.glb (meshopt decoder bundled with three, served by the app itself: nothing from other
 * hosts), indexes its parts and gives each part its material. The skin gets a BVH for fast picking.
 */
import { useLoader } from '@react-three/fiber'
import { useMemo } from 'react'
import type * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { acceleratedRaycast, computeBoundsTree } from 'three-mesh-bvh'
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

export const BODY_URL = bodyUrl

/**
 * Builds the skin's BVH (fast picking on ~100k triangles) once the first frame is out, so it does not delay
 * it; until then acceleratedRaycast falls back to three's plain raycast (slower, still correct).
 */
function scheduleSkinBvh(skin: THREE.Mesh) {
  const build = () => {
    const geom = skin.geometry as THREE.BufferGeometry & { computeBoundsTree?: typeof computeBoundsTree }
    geom.computeBoundsTree = computeBoundsTree
    geom.computeBoundsTree()
  }
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
    .requestIdleCallback
  if (idle) idle(build, { timeout: 1500 })
  else setTimeout(build, 300)
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
      // acceleratedRaycast falls back to three's own raycast until the BVH exists
      parts.skin.raycast = acceleratedRaycast
      scheduleSkinBvh(parts.skin)
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

useLoader.preload(GLTFLoader, bodyUrl, configure)
