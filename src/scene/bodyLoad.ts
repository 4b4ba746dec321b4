/**
 * Loads the body: parses models/body.glb (its bytes come from the start-up path's one request, boot/bodyRequest.ts;
 * the meshopt decoder is bundled with three, so nothing comes from other hosts), indexes its parts and gives each
 * part its material. The skin gets a BVH for fast picking.
 */
import * as THREE from 'three'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import type { BodyParts } from '@/model/parts'
import { indexParts } from '@/model/parts'
import {
  createBoneMaterial,
  createFibreTexture,
  createMuscleMaterial,
  createRegionLut,
  createSkinMaterial,
} from './materials'
import { requestBody } from '@/boot/bodyRequest'
import { onFirstFrame } from '@/boot/firstFrame'
import { webglAvailable } from '@/boot/webgl'

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

/**
 * The skin's per-vertex pain drawing (two channels, 0–255: PaintLayer writes it, the skin shader reads it), all
 * zeros at first. Made with the body, so the start-up frame and the 3D view draw the very same geometry.
 */
export function paintAttribute(skin: THREE.Mesh): THREE.BufferAttribute {
  const geom = skin.geometry
  const existing = geom.getAttribute('_paint')
  if (existing instanceof THREE.BufferAttribute) return existing
  const attr = new THREE.BufferAttribute(new Uint8Array(geom.getAttribute('position').count * 2), 2, true)
  attr.setUsage(THREE.DynamicDrawUsage)
  geom.setAttribute('_paint', attr)
  return attr
}

export interface LoadedBody extends BodyParts {
  root: THREE.Object3D
  lut: THREE.DataTexture
}

/** Gives the loaded model's parts their materials: the body as the scene uses it. */
export function prepareBody(gltf: Pick<GLTF, 'scene'>): LoadedBody {
  const root = gltf.scene
  const parts = indexParts(root)
  const lut = createRegionLut()
  const fibres = createFibreTexture()
  const bone = createBoneMaterial()
  if (parts.skin) {
    parts.skin.material = createSkinMaterial(lut)
    paintAttribute(parts.skin)
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
}

// One load per page, shared by the start-up frame (bootScene.ts) and the 3D view (useBodyModel.ts, which reads it
// through a tiny external store rather than Suspense: React holds back the reveal of suspended content for up to
// 300 ms after its fallback showed, which delayed the first frame whenever the model arrived just after the 3D
// view had started). No React here: the start-up frame is drawn before React has loaded.
let pending: Promise<void> | null = null
let loaded: LoadedBody | null = null
let failed: Error | null = null
const listeners = new Set<() => void>()

/** Starts loading the body (once per page); resolves when it is ready or has failed. */
export function loadBody(): Promise<void> {
  pending ??= requestBody()
    .then((bytes) => new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).parseAsync(bytes, ''))
    .then(
      (gltf) => void (loaded = prepareBody(gltf)),
      (err: unknown) => void (failed = err instanceof Error ? err : new Error(String(err))),
    )
    .finally(() => listeners.forEach((l) => l()))
  return pending
}

/** Hears once the load has finished (either way); starts it if need be. Returns an unsubscribe. */
export function onBodySettled(listener: () => void): () => void {
  listeners.add(listener)
  void loadBody()
  return () => listeners.delete(listener)
}

/** The prepared body, once loaded (else null). */
export const loadedBody = (): LoadedBody | null => loaded

/** Why the load failed, once it has (else null). */
export const bodyLoadFailure = (): Error | null => failed

// Start loading as soon as this module runs, but only where the model can be drawn.
if (webglAvailable()) void loadBody()
