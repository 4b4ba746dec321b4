/**
 * Bare three.js reference page for `npm run bench`: the same models/body.glb, camera, lights and viewport as the
 * app, drawn with plain MeshStandardMaterials and rendered on demand, with no React, R3F, drei or zustand.
 * It mirrors the app's default view (skin and superficial muscles shown, deep muscles and bones hidden) and
 * exposes the same probes as src/scene/SceneProbe.tsx (`window.__perf`, `body.dataset.sceneReady`).
 *
 * Query: `?w=&h=` canvas size in CSS pixels (default: the window), so it can match the app's canvas;
 * `?model=` URL of the GLB (default: models/body.glb as built with this page); the bench passes the very file
 * the app build emitted, so both load the same bytes even while models/body.glb is being regenerated.
 * Diagnostic switches (off in the bench's reference): `?pdb=1` preserveDrawingBuffer as in the app,
 * `?bump=1` muscles with a striped map + bumpMap like the app's fibre material, `?label=1` a DOM line
 * ("Loading the body model…") painted while the model loads, as the app's progress indicator is.
 * The skin's BVH (three-mesh-bvh, as in the app) is built after the first frame, so picking costs the same
 * as in the app while the first frame shows what a page can do without it.
 */
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { acceleratedRaycast, computeBoundsTree } from 'three-mesh-bvh'
import bodyUrl from '../../../models/body.glb?url'
import { CAMERA_LENS, presetPose } from '../../scene/cameraPresets'

interface Perf {
  firstFrameAt?: number
  frames: number
  frameTimes: number[]
}

interface Extras {
  kind?: string
  muscleId?: string
  side?: string
  layer?: string
}

interface BareGlobals {
  __perf: Perf
  __bench: {
    /** Rotates the camera about the target by `step` radians per frame for `frames` frames. */
    orbit(frames: number, step: number): Promise<void>
    /** Screen points (client px) of visible muscles whose centre a ray actually hits first. */
    hoverTargets(): { muscleId: string; side: string; x: number; y: number }[]
    /** Screen point of one muscle side's bounding-box centre (like `__bodymap.musclePoint` in the app). */
    musclePoint(muscleId: string, side: string): { x: number; y: number } | null
    /** The hovered muscle ("id.side") or null. */
    hovered(): string | null
    info(): { triangles: number; calls: number; meshes: number; bvh: boolean; bvhMs: number }
  }
}

const g = window as unknown as BareGlobals
const perf: Perf = (g.__perf ??= { frames: 0, frameTimes: [] })

const COLORS = { muscle: 0xa8453c, hovered: 0xd0604f, hoverGlow: 0x301008, skin: 0xe3c9b5, bone: 0xe9e2d0 }
// The app's own front view and lens (pure data), so both pages draw the same picture.
const FRONT = presetPose('front')
const TARGET = new THREE.Vector3(...FRONT.target)

const q = new URLSearchParams(location.search)
const width = Number(q.get('w')) || innerWidth
const height = Number(q.get('h')) || innerHeight
const modelUrl = q.get('model') || bodyUrl

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: q.get('pdb') === '1' })
renderer.setPixelRatio(1)
renderer.setSize(width, height)
renderer.toneMapping = THREE.ACESFilmicToneMapping // R3F's default
document.body.append(renderer.domElement)
const loadingLabel = q.get('label') === '1' ? document.createElement('p') : null
if (loadingLabel) {
  loadingLabel.textContent = 'Loading the body model…'
  loadingLabel.style.cssText = 'position:fixed;left:1rem;top:1rem;margin:0;color:#e8eef3;font:16px system-ui'
  document.body.append(loadingLabel)
}

const scene = new THREE.Scene()
scene.background = new THREE.Color('#1f2a33')
const camera = new THREE.PerspectiveCamera(CAMERA_LENS.fov, width / height, CAMERA_LENS.near, CAMERA_LENS.far)
camera.position.set(...FRONT.position)
camera.lookAt(TARGET)

scene.add(new THREE.HemisphereLight(0xf3f6fa, 0x3a4450, 1.1))
for (const [x, y, z, intensity] of [
  [1.5, 3, 3, 1.6],
  [-2, 1.5, -2.5, 0.7],
  [0, -1, 2, 0.25],
] as const) {
  const light = new THREE.DirectionalLight(0xffffff, intensity)
  light.position.set(x, y, z)
  scene.add(light)
}

const controls = new OrbitControls(camera, renderer.domElement)
controls.target.copy(TARGET)
controls.update()

let loaded = false
let framePending = false
let orbitLeft = 0
let orbitStep = 0
let orbitDone: (() => void) | null = null
const spherical = new THREE.Spherical()
const offset = new THREE.Vector3()

function requestRender() {
  if (framePending || !loaded) return
  framePending = true
  requestAnimationFrame(frame)
}

function frame() {
  framePending = false
  const now = performance.now()
  if (orbitLeft > 0) {
    offset.copy(camera.position).sub(controls.target)
    spherical.setFromVector3(offset)
    spherical.theta += orbitStep
    camera.position.copy(controls.target).add(offset.setFromSpherical(spherical))
    camera.lookAt(controls.target)
    orbitLeft--
    if (orbitLeft > 0) requestRender()
    else orbitDone?.()
  }
  // Stamped before rendering, like SceneProbe's useFrame (which runs before R3F renders the frame).
  if (perf.firstFrameAt === undefined) {
    perf.firstFrameAt = now
    document.body.dataset.sceneReady = 'true'
    document.body.dataset.bodyDrawn = 'true'
    setTimeout(buildBvh, 0)
  }
  perf.frames++
  perf.frameTimes.push(now)
  if (perf.frameTimes.length > 600) perf.frameTimes.shift()
  renderer.render(scene, camera)
}
controls.addEventListener('change', requestRender)

const muscles = new Map<string, THREE.Mesh>()
const pickable: THREE.Mesh[] = []
let skin: THREE.Mesh | null = null
let hovered: THREE.Mesh | null = null

const extrasOf = (o: THREE.Object3D | null): Extras | null => {
  for (let p = o; p; p = p.parent)
    if (typeof (p.userData as Extras).kind === 'string') return p.userData as Extras
  return null
}
const keyOf = (mesh: THREE.Mesh) => {
  const x = extrasOf(mesh)
  return x ? `${x.muscleId}.${x.side}` : ''
}

let bvhMs = NaN

function buildBvh() {
  if (!skin) return
  const t0 = performance.now()
  const geom = skin.geometry as THREE.BufferGeometry & { computeBoundsTree?: typeof computeBoundsTree }
  geom.computeBoundsTree = computeBoundsTree
  geom.computeBoundsTree()
  skin.raycast = acceleratedRaycast
  bvhMs = performance.now() - t0
}

/** `?bump=1`: a 64×4 striped texture repeated along the fibres, as the app's createFibreTexture. */
const stripes = q.get('bump') === '1' ? createStripes() : null
function createStripes() {
  const data = new Uint8Array(64 * 4 * 4)
  for (let i = 0; i < 64 * 4; i++) {
    const v = Math.round(255 * (0.78 + 0.12 * Math.sin(((i % 64) / 64) * Math.PI * 4)))
    data.set([v, v, v, 255], i * 4)
  }
  const tex = new THREE.DataTexture(data, 64, 4, THREE.RGBAFormat)
  tex.wrapS = tex.wrapT = THREE.RepeatWrapping
  tex.repeat.set(330, 1)
  tex.minFilter = THREE.LinearMipmapLinearFilter
  tex.generateMipmaps = true
  tex.needsUpdate = true
  return tex
}

const loader = new GLTFLoader()
loader.setMeshoptDecoder(MeshoptDecoder)
loader.load(modelUrl, (gltf) => {
  gltf.scene.traverse((o) => {
    const mesh = o as THREE.Mesh
    if (!mesh.isMesh) return
    const x = extrasOf(mesh)
    if (x?.kind === 'skin') {
      skin = mesh
      mesh.material = new THREE.MeshStandardMaterial({ color: COLORS.skin, roughness: 0.72, metalness: 0 })
      pickable.push(mesh)
    } else if (x?.kind === 'muscle') {
      mesh.material = new THREE.MeshStandardMaterial({ color: COLORS.muscle, roughness: 0.6 })
      if (stripes) Object.assign(mesh.material, { map: stripes, bumpMap: stripes, bumpScale: 0.6 })
      mesh.renderOrder = 1
      mesh.visible = x.layer === 'superficial'
      if (mesh.visible) {
        pickable.push(mesh)
        muscles.set(keyOf(mesh), mesh)
      }
    } else {
      mesh.material = new THREE.MeshStandardMaterial({ color: COLORS.bone })
      mesh.visible = false
    }
  })
  scene.add(gltf.scene)
  gltf.scene.updateMatrixWorld(true)
  loaded = true
  loadingLabel?.remove()
  requestRender()
})

const raycaster = new THREE.Raycaster()
const ndc = new THREE.Vector2()

function pick(clientX: number, clientY: number): THREE.Mesh | null {
  const rect = renderer.domElement.getBoundingClientRect()
  ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1)
  raycaster.setFromCamera(ndc, camera)
  const hit = raycaster.intersectObjects(pickable, false)[0]
  return hit ? (hit.object as THREE.Mesh) : null
}

function setHovered(mesh: THREE.Mesh | null) {
  if (mesh === hovered) return
  if (hovered) {
    const m = hovered.material as THREE.MeshStandardMaterial
    m.color.setHex(COLORS.muscle)
    m.emissive.setHex(0)
  }
  hovered = mesh
  if (mesh) {
    const m = mesh.material as THREE.MeshStandardMaterial
    m.color.setHex(COLORS.hovered)
    m.emissive.setHex(COLORS.hoverGlow)
  }
  requestRender()
}

renderer.domElement.addEventListener('pointermove', (e) => {
  const hit = pick(e.clientX, e.clientY)
  setHovered(hit && extrasOf(hit)?.kind === 'muscle' ? hit : null)
})
renderer.domElement.addEventListener('pointerleave', () => setHovered(null))

const toScreen = (world: THREE.Vector3) => {
  const rect = renderer.domElement.getBoundingClientRect()
  const p = world.clone().project(camera)
  if (Math.abs(p.x) > 1 || Math.abs(p.y) > 1) return null
  return { x: rect.left + ((p.x + 1) / 2) * rect.width, y: rect.top + ((1 - p.y) / 2) * rect.height }
}

const musclePoint = (muscleId: string, side: string) => {
  const mesh = muscles.get(`${muscleId}.${side}`)
  return mesh ? toScreen(new THREE.Box3().setFromObject(mesh).getCenter(new THREE.Vector3())) : null
}

g.__bench = {
  orbit(frames, step) {
    return new Promise((resolve) => {
      orbitLeft = frames
      orbitStep = step
      orbitDone = resolve
      requestRender()
    })
  },
  hoverTargets() {
    const out: { muscleId: string; side: string; x: number; y: number }[] = []
    for (const [key, mesh] of muscles) {
      const [muscleId = '', side = ''] = key.split('.')
      const p = musclePoint(muscleId, side)
      if (p && pick(p.x, p.y) === mesh) out.push({ muscleId, side, ...p })
    }
    return out
  },
  musclePoint,
  hovered: () => (hovered ? keyOf(hovered) : null),
  info() {
    // Counted like __bodymap.info() in the app: every mesh, shown or not.
    let triangles = 0
    let meshes = 0
    scene.traverse((o) => {
      const m = o as THREE.Mesh
      if (!m.isMesh) return
      meshes++
      triangles += (m.geometry.index ? m.geometry.index.count : m.geometry.getAttribute('position').count) / 3
    })
    const bvh = !!(skin?.geometry as { boundsTree?: unknown } | undefined)?.boundsTree
    return { triangles, calls: renderer.info.render.calls, meshes, bvh, bvhMs }
  },
}
