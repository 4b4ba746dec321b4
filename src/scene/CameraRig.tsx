/**
 * Orbit/zoom/pan (mouse, touch, keyboard) with drei's CameraControls, smooth preset moves and "focus on
 * selection". Transitions are instant when the user prefers reduced motion.
 */
import { CameraControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import * as THREE from 'three'
import { dataset } from '@/data/bundledData'
import { keysOfRegionId, regionIdOfKey, sideOfKey } from '@/data/regionKeys'
import { referralRegionsOf } from '@/domain/referral'
import type { BodyIndex } from '@/model/bodyIndex'
import { bodyIndexOf } from '@/model/bodyIndex'
import { angleBetween, azimuthOf, bestView, outwardDirection, regionFacing } from '@/model/facing'
import type { FramingView, Vec3 } from '@/model/framing'
import {
  FRAMING_VIEWS,
  SURROUNDINGS,
  fitView,
  pointsFacing,
  showsAll,
  sideToFrame,
  viewAspect,
  viewSeeingMost,
} from '@/model/framing'
import type { FrameRequest } from '@/state/sessionSlice'
import { useAppStore } from '@/state/store'
import type { CameraPreset } from '@/state/viewState'
import { installBenchHooks } from './benchHooks'
import { presetPose } from './cameraPresets'
import { stageInsets } from './stageInsets'
import type { LoadedBody } from './useBodyModel'

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

const PRESET_AZIMUTH: [CameraPreset, number][] = [
  ['front', 0],
  ['left', Math.PI / 2],
  ['back', Math.PI],
  ['right', -Math.PI / 2],
]
/** The skin as framing reads it: region of each vertex and world-space normals (the body index's). */
type SkinRegions = Pick<BodyIndex, 'vertexRegion' | 'normals'>

/**
 * Asks for the preset view nearest `azimuth` when the camera (at `current`) is more than `limit` radians off;
 * true when it asked.
 */
function turnToward(azimuth: number, current: number, limit: number): boolean {
  if (Math.abs(angleBetween(azimuth, current)) <= limit) return false
  const s = useAppStore.getState()
  s.setCamera(nearestPreset(azimuth))
  s.requestCamera()
  return true
}

/** "Focus on selection" shows at least this much (metres) around a muscle. */
const FOCUS_EXTENT = 0.12

const nearestPreset = (azimuth: number): CameraPreset =>
  PRESET_AZIMUTH.reduce((best, p) =>
    Math.abs(angleBetween(azimuth, p[1])) < Math.abs(angleBetween(azimuth, best[1])) ? p : best,
  )[0]

/** What a frame request comes to: the points to show and the view to show them from. */
interface Framing {
  /** The view it is seen from (a preset's name, or 'below'); null for the camera's own direction (Focus). */
  view: FramingView | null
  /** Unit direction from the points towards the camera. */
  dir: Vec3
  points: number[]
  minExtent: number
}

const VIEW_DIRECTION = new Map<FramingView, Vec3>(FRAMING_VIEWS)

/** Every few vertices of a mesh, in world space (at most about `max` points). */
function meshPoints(mesh: THREE.Mesh, max = 300): number[] {
  const pos = mesh.geometry.getAttribute('position')
  const step = Math.max(1, Math.floor(pos.count / max))
  const out: number[] = []
  const v = new THREE.Vector3()
  for (let i = 0; i < pos.count; i += step) {
    v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld)
    out.push(v.x, v.y, v.z)
  }
  return out
}

/** The region keys of side-less region ids on a side ('both': either side), midline ids as they are. */
function keysOnSide(regionIds: Iterable<string>, side: FrameRequest['side']): Set<string> {
  return new Set([...regionIds].flatMap((id) => keysOfRegionId(id, side)))
}

/**
 * The view and points for a frame request: the muscles' meshes on the side asked for, and the skin of their
 * patterns and of the areas; the view is the one that sees most of that skin (leaning to where the muscles face);
 * the points are the muscles and the skin seen from it. Null when there is nothing to frame.
 */
function framingOf(
  req: FrameRequest,
  body: LoadedBody,
  skin: Float32Array,
  regions: SkinRegions | null,
): Framing | null {
  // How far apart the muscles' two sides are (a forearm's, with the arms out, far; a neck muscle's, close).
  const centres = { left: new THREE.Box3(), right: new THREE.Box3() }
  for (const m of body.muscles) if (req.muscleIds.includes(m.muscleId)) centres[m.side].expandByObject(m.mesh)
  const gap =
    centres.left.isEmpty() || centres.right.isEmpty()
      ? 0
      : centres.left.distanceToPoint(centres.right.getCenter(new THREE.Vector3()))
  const side = sideToFrame(req.side, req.regionKeys, gap)
  const muscle: number[] = []
  let dx = 0
  let dz = 0
  for (const m of body.muscles) {
    if (!req.muscleIds.includes(m.muscleId) || (side !== 'both' && side !== m.side)) continue
    const pts = meshPoints(m.mesh)
    muscle.push(...pts)
    const c = new THREE.Box3().setFromObject(m.mesh).getCenter(new THREE.Vector3())
    const dir = outwardDirection([c.x, c.y, c.z], skin)
    if (dir) {
      dx += dir[0]
      dz += dir[1]
    }
  }
  const patternIds = req.muscleIds.flatMap((id) => {
    const { essential, spillover } = referralRegionsOf(dataset, id)
    return [...essential, ...spillover]
  })
  const wanted = keysOnSide(patternIds, side)
  for (const k of req.regionKeys) wanted.add(k)
  const positions: number[] = []
  const normals: number[] = []
  // The pattern's skin normals by side (midline areas in both), so a pattern on both sides is seen as two halves.
  const halves: [number[], number[]] = [[], []]
  if (regions && wanted.size) {
    const sideOf = new Map<number, 0 | 1 | 2>()
    body.regionNames.forEach((name, i) => {
      const keySide = sideOfKey(name)
      if (wanted.has(name)) sideOf.set(i, keySide === 'left' ? 0 : keySide === 'right' ? 1 : 2)
    })
    for (let i = 0; i < regions.vertexRegion.length; i++) {
      const half = sideOf.get(regions.vertexRegion[i]!)
      if (half === undefined) continue
      const nx = regions.normals[i * 3]!
      const ny = regions.normals[i * 3 + 1]!
      const nz = regions.normals[i * 3 + 2]!
      positions.push(skin[i * 3]!, skin[i * 3 + 1]!, skin[i * 3 + 2]!)
      normals.push(nx, ny, nz)
      for (const h of half === 2 ? [0, 1] : [half]) halves[h]!.push(nx, ny, nz)
    }
  }
  if (!muscle.length && !positions.length) return null
  const len = Math.hypot(dx, dz)
  const facing: Vec3 | null = len >= 0.3 ? [dx / len, 0, dz / len] : null
  const groups = halves.filter((h) => h.length)
  const view = viewSeeingMost(groups, FRAMING_VIEWS, { muscle: facing, prefer: req.prefer ?? undefined })
  const seen = pointsFacing(positions, normals, VIEW_DIRECTION.get(view)!)
  // Areas alone get more of their surroundings (the knee with the leg around it) than a muscle with its pattern.
  const minExtent = muscle.length ? SURROUNDINGS : 0.45
  return { view, dir: VIEW_DIRECTION.get(view)!, points: [...muscle, ...seen], minExtent }
}

/** Moves the camera to show a framing between the bars over the view. */
function applyFraming(
  cc: CameraControls,
  camera: THREE.Camera,
  canvas: HTMLElement,
  framing: Framing,
  animate: boolean,
): void {
  const persp = camera as THREE.PerspectiveCamera
  const dir = framing.dir
  const pose = fitView(framing.points, dir, {
    fov: persp.fov,
    aspect: persp.aspect,
    insets: stageInsets(canvas, viewAspect(framing.points, dir)),
    minExtent: framing.minExtent,
    minDistance: 0.4,
  })
  if (!pose) return
  const { position: p, target: t } = pose
  void cc.setLookAt(p[0], p[1], p[2], t[0], t[1], t[2], animate)
}

/** The corners of the body's box (the skin's), in world space. */
function bodyCorners(body: LoadedBody): number[] {
  const box = new THREE.Box3()
  if (body.skin) box.setFromObject(body.skin)
  else for (const m of body.muscles) box.expandByObject(m.mesh)
  if (box.isEmpty()) return []
  const out: number[] = []
  for (const x of [box.min.x, box.max.x])
    for (const y of [box.min.y, box.max.y]) for (const z of [box.min.z, box.max.z]) out.push(x, y, z)
  return out
}

/**
 * A preset view: its pose, unless that puts part of the body under a bar over the view (the view buttons over the
 * head on a phone); then the whole body from the same side, fitted between the bars.
 */
function presetClearOfBars(
  preset: CameraPreset,
  corners: number[],
  camera: THREE.Camera,
  canvas: HTMLElement,
): { position: Vec3; target: Vec3 } {
  const pose = presetPose(preset)
  if (!corners.length) return pose
  const persp = camera as THREE.PerspectiveCamera
  const dir = PRESET_DIRECTION[preset]
  const lens = { fov: persp.fov, aspect: persp.aspect, insets: stageInsets(canvas, viewAspect(corners, dir)) }
  if (showsAll(corners, pose, lens)) return pose
  return fitView(corners, dir, { ...lens, margin: 0.02, minExtent: 0, minDistance: 1 }) ?? pose
}

const PRESET_DIRECTION: Record<CameraPreset, Vec3> = {
  front: [0, 0, 1],
  left: [1, 0, 0],
  back: [0, 0, -1],
  right: [-1, 0, 0],
}

/** The camera-controls instance, for keyboard handling outside the canvas. */
export const cameraHandle: { current: CameraControls | null } = { current: null }

export function CameraRig({ body }: { body: LoadedBody }) {
  const ref = useRef<CameraControls>(null)
  const invalidate = useThree((s) => s.invalidate)
  const camera = useAppStore((s) => s.camera)
  const cameraRequest = useAppStore((s) => s.cameraRequest)
  const focusRequest = useAppStore((s) => s.focusRequest)
  // The skin's points in world space, and each vertex's region and normal: built on the first request that needs
  // them, not at start (they walk every skin vertex).
  const first = useRef(true)
  // The preset the framing below shows itself from: the view buttons show it, but the camera stays framed.
  const framedPreset = useRef<CameraPreset | null>(null)
  // Shows again what the camera last showed (a framing, a preset view) when the view changes size; null once the
  // camera is moved by hand, or when it shows the start-up frame's view.
  const settled = useRef<(() => void) | null>(null)
  const corners = useRef<number[] | null>(null)
  const camera3 = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const size = useThree((s) => s.size)

  useEffect(() => {
    const cc = ref.current
    if (!cc) return
    cameraHandle.current = cc
    if (framedPreset.current === camera) {
      framedPreset.current = null
      return
    }
    framedPreset.current = null
    // The start-up frame drew the preset's own pose, which the view carries on with.
    const initial = first.current
    first.current = false
    const show = (animate: boolean, clear: boolean) => {
      corners.current ??= bodyCorners(body)
      const pose = clear
        ? presetClearOfBars(camera, corners.current, camera3, gl.domElement)
        : presetPose(camera)
      const { position: p, target: t } = pose
      void cc.setLookAt(p[0], p[1], p[2], t[0], t[1], t[2], animate)
    }
    show(!initial && !reducedMotion(), !initial)
    settled.current = () => show(false, true)
    invalidate()
  }, [camera, cameraRequest, body, camera3, gl, invalidate])

  // Frames the selection on "Focus" (again on each press), and at once when a focused view opens (a link, a
  // bookmark, back/forward).
  const focused = useAppStore((s) => s.focused)
  const firstFocus = useRef(true)
  useEffect(() => {
    const cc = ref.current
    const initial = firstFocus.current
    firstFocus.current = false
    const { selectedMuscleId, side } = useAppStore.getState()
    if (!cc || !focused || !selectedMuscleId) return
    const points = body.muscles.flatMap((m) =>
      m.muscleId === selectedMuscleId && (side === 'both' || side === m.side) ? meshPoints(m.mesh) : [],
    )
    if (!points.length) return
    // From where the camera is, as close as the muscle fits between the bars over the view.
    const d = camera3.position.clone().sub(cc.getTarget(new THREE.Vector3())).normalize()
    const framing: Framing = { view: null, dir: [d.x, d.y, d.z], points, minExtent: FOCUS_EXTENT }
    settled.current = () => applyFraming(cc, camera3, gl.domElement, framing, false)
    applyFraming(cc, camera3, gl.domElement, framing, !initial && !reducedMotion())
    invalidate()
  }, [focusRequest, focused, body, camera3, gl, invalidate])

  // A muscle selected otherwise (a quiz question, a tap on the body) may be on the far side: turn the body so it
  // faces the viewer. Chosen from a list (a frame request came with it), the framing below does more.
  const selected = useAppStore((s) => s.selectedMuscleId)
  const side = useAppStore((s) => s.side)
  // Not for the view a link opens with: its own camera preset wins there.
  const openedFromLink = useRef(true)
  const seenFrameRequest = useRef(useAppStore.getState().frameRequest?.n ?? 0)
  useEffect(() => {
    const cc = ref.current
    const fromLink = openedFromLink.current
    openedFromLink.current = false
    const n = useAppStore.getState().frameRequest?.n ?? 0
    const framed = n !== seenFrameRequest.current
    seenFrameRequest.current = n
    if (!cc || !selected || fromLink || framed) return
    let dx = 0
    let dz = 0
    for (const m of body.muscles) {
      if (m.muscleId !== selected || (side !== 'both' && side !== m.side)) continue
      const c = new THREE.Box3().setFromObject(m.mesh).getCenter(new THREE.Vector3())
      const dir = outwardDirection([c.x, c.y, c.z], bodyIndexOf(body).positions)
      if (dir) {
        dx += dir[0]
        dz += dir[1]
      }
    }
    // Faces sideways on both sides, or unknown: no turn.
    if (Math.hypot(dx, dz) >= 0.3) turnToward(azimuthOf([dx, dz]), cc.azimuthAngle, 1.2)
  }, [selected, side, body])

  // Frames what a list, the search or a tour step asks for: the muscles with their patterns, and skin areas, from
  // the view that sees most of the pattern, as big as they fit between the bars over the view (model/framing.ts).
  const frameRequest = useAppStore((s) => s.frameRequest)
  // A request made before the body was in (a tour opened by a link) is framed once it is.
  const seenFrame = useRef(0)
  useEffect(() => {
    const cc = ref.current
    if (!cc || !frameRequest || frameRequest.n === seenFrame.current) return
    seenFrame.current = frameRequest.n
    const index = bodyIndexOf(body)
    const framing = framingOf(frameRequest, body, index.positions, index)
    if (!framing) return
    const s = useAppStore.getState()
    if (framing.view && framing.view !== 'below' && framing.view !== s.camera) {
      framedPreset.current = framing.view
      s.setCamera(framing.view)
    }
    settled.current = () => applyFraming(cc, camera3, gl.domElement, framing, false)
    applyFraming(cc, camera3, gl.domElement, framing, !reducedMotion())
    invalidate()
  }, [frameRequest, body, camera3, gl, invalidate])

  // The view changed size (the sheet moved, a tour's panel stepped aside): show the same things again, unless the
  // camera was moved by hand since.
  const firstSize = useRef(true)
  useEffect(() => {
    if (firstSize.current) {
      firstSize.current = false
      return
    }
    settled.current?.()
    invalidate()
  }, [size.width, size.height, invalidate])
  useEffect(() => {
    const cc = ref.current
    if (!cc) return undefined
    // A drag, pinch or wheel by the person (the controls never start for a move of ours): what was framed is no
    // longer, and the view is no longer the preset its button names.
    const byHand = () => {
      settled.current = null
      useAppStore.getState().setCameraMoved(true)
    }
    cc.addEventListener('controlstart', byHand)
    return () => cc.removeEventListener('controlstart', byHand)
  }, [])

  // A painful area ticked in a list may be on the far side (the back of the forearm seen from the front): turn
  // to it. Areas tapped on the body face the viewer already, so they never ask.
  const faceRegionRequest = useAppStore((s) => s.faceRegionRequest)
  useEffect(() => {
    const cc = ref.current
    if (!cc || !body.skin || !faceRegionRequest) return
    const region = body.regionNames.indexOf(faceRegionRequest.key)
    if (region < 0) return
    const { vertexRegion, normals } = bodyIndexOf(body)
    const dir = regionFacing(vertexRegion, normals, region)
    if (dir) turnToward(azimuthOf(dir), cc.azimuthAngle, 1.0)
  }, [faceRegionRequest, body])

  // A pattern to show (a quiz question's zone): the preset view that sees most of its areas, worked out from the
  // way the skin faces there (both sides of bilateral areas: the temple and the neck are best seen from a side).
  const facePatternRequest = useAppStore((s) => s.facePatternRequest)
  useEffect(() => {
    if (!body.skin || !facePatternRequest) return
    const regions = bodyIndexOf(body)
    const ids = new Set(facePatternRequest.regionIds)
    const facings = body.regionNames
      .map((name, index) => ({ id: regionIdOfKey(name), index }))
      .filter((r) => ids.has(r.id))
      .map((r) => regionFacing(regions.vertexRegion, regions.normals, r.index))
    const s = useAppStore.getState()
    s.setCamera(bestView(facings, PRESET_AZIMUTH))
    s.requestCamera()
  }, [facePatternRequest, body])

  useEffect(() => () => void (cameraHandle.current = null), [])
  useEffect(() => (ref.current ? installBenchHooks(ref.current, invalidate) : undefined), [invalidate])

  return <CameraControls ref={ref} makeDefault minDistance={0.35} maxDistance={6} smoothTime={0.35} />
}
