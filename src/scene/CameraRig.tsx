/**
 * Orbit/zoom/pan (mouse, touch, keyboard) with drei's CameraControls, smooth preset moves and "focus on
 * selection". Transitions are instant when the user prefers reduced motion.
 */
import { CameraControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import * as THREE from 'three'
import { angleBetween, azimuthOf, bestView, outwardDirection, regionFacing } from '@/model/facing'
import { surroundingsBox } from '@/model/framing'
import { useAppStore } from '@/state/store'
import type { CameraPreset } from '@/state/viewState'
import { installBenchHooks } from './benchHooks'
import { presetPose } from './cameraPresets'
import type { LoadedBody } from './useBodyModel'

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

const PRESET_AZIMUTH: [CameraPreset, number][] = [
  ['front', 0],
  ['left', Math.PI / 2],
  ['back', Math.PI],
  ['right', -Math.PI / 2],
]
/** The skin's vertices in world space (x, y, z, …). */
function skinPointsOf(skin: THREE.Mesh | null): Float32Array {
  if (!skin) return new Float32Array()
  const pos = skin.geometry.getAttribute('position')
  const out = new Float32Array(pos.count * 3)
  const v = new THREE.Vector3()
  for (let i = 0; i < pos.count; i++)
    v.fromBufferAttribute(pos, i)
      .applyMatrix4(skin.matrixWorld)
      .toArray(out, i * 3)
  return out
}

interface SkinRegions {
  vertexRegion: Uint16Array
  normals: Float32Array
}

/** Each skin vertex's region and world-space normal, or null when the skin lacks either attribute. */
function skinRegionsOf(skin: THREE.Mesh): SkinRegions | null {
  const region = skin.geometry.getAttribute('_region')
  const normal = skin.geometry.getAttribute('normal')
  if (!region || !normal) return null
  const vertexRegion = new Uint16Array(region.count)
  const normals = new Float32Array(normal.count * 3)
  const toWorld = new THREE.Matrix3().getNormalMatrix(skin.matrixWorld)
  const v = new THREE.Vector3()
  for (let i = 0; i < region.count; i++) {
    vertexRegion[i] = Math.round(region.getX(i))
    v.fromBufferAttribute(normal, i)
      .applyMatrix3(toWorld)
      .normalize()
      .toArray(normals, i * 3)
  }
  return { vertexRegion, normals }
}

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

const FOCUS_PADDING = { paddingTop: 0.12, paddingBottom: 0.12, paddingLeft: 0.12, paddingRight: 0.12 }

const nearestPreset = (azimuth: number): CameraPreset =>
  PRESET_AZIMUTH.reduce((best, p) =>
    Math.abs(angleBetween(azimuth, p[1])) < Math.abs(angleBetween(azimuth, best[1])) ? p : best,
  )[0]

/** The camera-controls instance, for keyboard handling outside the canvas. */
export const cameraHandle: { current: CameraControls | null } = { current: null }

export function CameraRig({ body }: { body: LoadedBody }) {
  const ref = useRef<CameraControls>(null)
  const invalidate = useThree((s) => s.invalidate)
  const camera = useAppStore((s) => s.camera)
  const cameraRequest = useAppStore((s) => s.cameraRequest)
  const focusRequest = useAppStore((s) => s.focusRequest)
  const first = useRef(true)
  // A small muscle's surroundings to frame once the preset move it asked for has started (fitToBox works from the
  // rotation the camera is heading to).
  const frameAfterTurn = useRef<THREE.Box3 | null>(null)

  useEffect(() => {
    const cc = ref.current
    if (!cc) return
    cameraHandle.current = cc
    const { position: p, target: t } = presetPose(camera)
    void cc.setLookAt(p[0], p[1], p[2], t[0], t[1], t[2], !first.current && !reducedMotion())
    first.current = false
    const framing = frameAfterTurn.current
    frameAfterTurn.current = null
    if (framing) void cc.fitToBox(framing, !reducedMotion(), FOCUS_PADDING)
    invalidate()
  }, [camera, cameraRequest, invalidate])

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
    const box = new THREE.Box3()
    for (const m of body.muscles) {
      if (m.muscleId === selectedMuscleId && (side === 'both' || side === m.side)) box.expandByObject(m.mesh)
    }
    if (box.isEmpty()) return
    void cc.fitToBox(box, !initial && !reducedMotion(), FOCUS_PADDING)
    invalidate()
  }, [focusRequest, focused, body, invalidate])

  // Skin points in world space, built on the first muscle chosen from a list: which way it faces.
  const skinPoints = useRef<Float32Array | null>(null)

  // A muscle chosen from a list (or a link) may be on the far side: turn the body so it faces the viewer.
  const selected = useAppStore((s) => s.selectedMuscleId)
  const side = useAppStore((s) => s.side)
  // Not for the view a link opens with: its own camera preset wins there.
  const openedFromLink = useRef(true)
  const framedRequest = useRef(useAppStore.getState().frameSmallRequest)
  useEffect(() => {
    const cc = ref.current
    const fromLink = openedFromLink.current
    openedFromLink.current = false
    // Chosen from a list (openMuscle asked), not tapped on the body, where the muscle is already in view.
    const { frameSmallRequest } = useAppStore.getState()
    const wantsFrame = frameSmallRequest !== framedRequest.current
    framedRequest.current = frameSmallRequest
    if (!cc || !selected || fromLink) return
    let dx = 0
    let dz = 0
    const all = new THREE.Box3()
    for (const m of body.muscles) {
      if (m.muscleId !== selected || (side !== 'both' && side !== m.side)) continue
      const box = new THREE.Box3().setFromObject(m.mesh)
      all.union(box)
      const c = box.getCenter(new THREE.Vector3())
      skinPoints.current ??= skinPointsOf(body.skin)
      const dir = outwardDirection([c.x, c.y, c.z], skinPoints.current)
      if (dir) {
        dx += dir[0]
        dz += dir[1]
      }
    }
    const around = wantsFrame && !all.isEmpty() ? surroundingsBox(all.min.toArray(), all.max.toArray()) : null
    const framing =
      around && new THREE.Box3().set(new THREE.Vector3(...around.min), new THREE.Vector3(...around.max))
    // Faces sideways on both sides, or unknown: no turn.
    const turned = Math.hypot(dx, dz) >= 0.3 && turnToward(azimuthOf([dx, dz]), cc.azimuthAngle, 1.2)
    if (!framing) return
    if (turned) frameAfterTurn.current = framing
    else {
      void cc.fitToBox(framing, !reducedMotion(), FOCUS_PADDING)
      invalidate()
    }
  }, [selected, side, body, invalidate])

  // A painful area ticked in a list may be on the far side (the back of the forearm seen from the front): turn
  // to it. Areas tapped on the body face the viewer already, so they never ask.
  const faceRegionRequest = useAppStore((s) => s.faceRegionRequest)
  // Built on the first request, not at start (it walks every skin vertex).
  const skinRegions = useRef<SkinRegions | null>(null)
  useEffect(() => {
    const cc = ref.current
    if (!cc || !body.skin || !faceRegionRequest) return
    const region = body.regionNames.indexOf(faceRegionRequest.key)
    if (region < 0) return
    skinRegions.current ??= skinRegionsOf(body.skin)
    if (!skinRegions.current) return
    const dir = regionFacing(skinRegions.current.vertexRegion, skinRegions.current.normals, region)
    if (dir) turnToward(azimuthOf(dir), cc.azimuthAngle, 1.0)
  }, [faceRegionRequest, body])

  // A pattern to show (a quiz question's zone): the preset view that sees most of its areas, worked out from the
  // way the skin faces there (both sides of bilateral areas: the temple and the neck are best seen from a side).
  const facePatternRequest = useAppStore((s) => s.facePatternRequest)
  useEffect(() => {
    if (!body.skin || !facePatternRequest) return
    skinRegions.current ??= skinRegionsOf(body.skin)
    const regions = skinRegions.current
    if (!regions) return
    const ids = new Set(facePatternRequest.regionIds)
    const facings = body.regionNames
      .map((name, index) => ({ id: name.replace(/\.[LR]$/, ''), index }))
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
