/**
 * Orbit/zoom/pan (mouse, touch, keyboard) with drei's CameraControls (the default controls of the R3F state, so
 * other parts of the scene reach them through `useThree`), and the camera goal: the view reads `cameraGoal` (written
 * only by the camera intents, state/camera.ts) and moves once per new goal. It never writes the store, except to say
 * that the person moved the view by hand. Transitions are instant when the user prefers reduced motion.
 */
import { CameraControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import * as THREE from 'three'
import type { AimFacts } from '@/model/aim'
import { bodyIndexOf } from '@/model/bodyIndex'
import { publishBodyFacts } from '@/model/currentBody'
import type { Vec3 } from '@/model/framing'
import { FRAMING_VIEWS, SURROUNDINGS, fitView, pointsFacing, showsAll, viewAspect } from '@/model/framing'
import type { CameraGoal } from '@/state/cameraGoal'
import { camera as cameraIntents } from '@/state/intents'
import { useView } from '@/state/store'
import type { CameraPreset } from '@/state/viewState'
import { installBenchHooks } from './benchHooks'
import { presetPose } from './cameraPresets'
import { stageInsets } from './stageInsets'
import type { LoadedBody } from './useBodyModel'

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

/** "Focus on selection" shows at least this much (metres) around a muscle. */
const FOCUS_EXTENT = 0.12
/** Areas alone get more of their surroundings (the knee with the leg around it) than a muscle with its pattern. */
const AREAS_EXTENT = 0.45

const VIEW_DIRECTION = new Map<string, Vec3>(FRAMING_VIEWS)

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

/** The muscles' points on `side` ('both': either side). */
function musclePoints(
  body: LoadedBody,
  muscleIds: readonly string[],
  side: 'left' | 'right' | 'both',
): number[] {
  return body.muscles.flatMap((m) =>
    muscleIds.includes(m.muscleId) && (side === 'both' || side === m.side) ? meshPoints(m.mesh) : [],
  )
}

/** The skin points of some region keys that face `dir`. */
function skinPointsFacing(facts: AimFacts, regionKeys: readonly string[], dir: Vec3): number[] {
  const wanted = new Set<number>()
  facts.regionNames.forEach((name, i) => regionKeys.includes(name) && wanted.add(i))
  const positions: number[] = []
  const normals: number[] = []
  for (let i = 0; i < facts.vertexRegion.length; i++) {
    if (!wanted.has(facts.vertexRegion[i]!)) continue
    for (let k = 0; k < 3; k++) {
      positions.push(facts.positions[i * 3 + k]!)
      normals.push(facts.normals[i * 3 + k]!)
    }
  }
  return pointsFacing(positions, normals, dir)
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

const PRESET_DIRECTION: Record<CameraPreset, Vec3> = {
  front: [0, 0, 1],
  left: [1, 0, 0],
  back: [0, 0, -1],
  right: [-1, 0, 0],
}

type Pose = { position: Vec3; target: Vec3 }

/**
 * Where the camera goes for a goal, or null for none (nothing to frame, a framing whose view is not known yet).
 * `first`: the first goal the view takes, which carries on from the start-up frame's pose.
 */
function poseFor(
  goal: CameraGoal,
  first: boolean,
  ctx: {
    body: LoadedBody
    facts: () => AimFacts
    camera: THREE.PerspectiveCamera
    canvas: HTMLElement
    cc: CameraControls
  },
): Pose | null {
  const { body, facts, camera, canvas, cc } = ctx
  const a = goal.aim
  const fit = (points: number[], dir: Vec3, minExtent: number) =>
    fitView(points, dir, {
      fov: camera.fov,
      aspect: camera.aspect,
      insets: stageInsets(canvas, viewAspect(points, dir)),
      minExtent,
      minDistance: 0.4,
    })
  switch (a.kind) {
    case 'start':
      return presetPose(a.preset)
    case 'preset': {
      // The start-up frame drew the preset's own pose, which the view carries on with.
      const pose = presetPose(a.preset)
      if (first) return pose
      // Its pose, unless that puts part of the body under a bar over the view (the view buttons over the head on a
      // phone); then the whole body from the same side, fitted between the bars.
      const corners = bodyCorners(body)
      if (!corners.length) return pose
      const dir = PRESET_DIRECTION[a.preset]
      const lens = {
        fov: camera.fov,
        aspect: camera.aspect,
        insets: stageInsets(canvas, viewAspect(corners, dir)),
      }
      if (showsAll(corners, pose, lens)) return pose
      return fitView(corners, dir, { ...lens, margin: 0.02, minExtent: 0, minDistance: 1 }) ?? pose
    }
    case 'frame': {
      if (!a.view) return null
      const dir = VIEW_DIRECTION.get(a.view)!
      const points = [
        ...musclePoints(body, a.muscleIds, a.side),
        ...skinPointsFacing(facts(), a.regionKeys, dir),
      ]
      return points.length ? fit(points, dir, a.areasOnly ? AREAS_EXTENT : SURROUNDINGS) : null
    }
    case 'focus': {
      // From where the camera is, as close as the muscle fits between the bars over the view.
      const points = musclePoints(body, [a.muscleId], a.side)
      if (!points.length) return null
      const d = camera.position.clone().sub(cc.getTarget(new THREE.Vector3())).normalize()
      return fit(points, [d.x, d.y, d.z], FOCUS_EXTENT)
    }
    case 'orbit':
    case 'dolly':
      return null
  }
}

export function CameraRig({ body }: { body: LoadedBody }) {
  const ref = useRef<CameraControls>(null)
  const invalidate = useThree((s) => s.invalidate)
  const camera = useThree((s) => s.camera) as THREE.PerspectiveCamera
  const gl = useThree((s) => s.gl)
  const size = useThree((s) => s.size)
  const goal = useView((s) => s.cameraGoal)
  const facts = useRef<AimFacts | null>(null)
  // The last goal taken; null before the first.
  const lastSeq = useRef<number | null>(null)
  // Shows again what the camera last showed (a framing, a preset view) when the view changes size; null once the
  // camera is moved by hand.
  const settled = useRef<(() => void) | null>(null)

  // The body index, for the camera intents (which work out views from it) and for framing here.
  // Built when the browser is idle after the view is live (it walks every skin vertex), or at once by a goal that
  // needs it first.
  useEffect(() => {
    const publish = () => {
      facts.current ??= bodyIndexOf(body)
      publishBodyFacts(facts.current)
    }
    const idle = typeof requestIdleCallback === 'function'
    const handle = idle ? requestIdleCallback(publish, { timeout: 1000 }) : window.setTimeout(publish, 300)
    return () => {
      if (idle) cancelIdleCallback(handle)
      else window.clearTimeout(handle)
      publishBodyFacts(null)
    }
  }, [body])

  useEffect(() => {
    const cc = ref.current
    if (!cc || goal.seq === lastSeq.current) return
    const first = lastSeq.current === null
    lastSeq.current = goal.seq
    const a = goal.aim
    if (a.kind === 'orbit') {
      settled.current = null
      void cc.rotate(a.azimuth, a.polar, !reducedMotion())
    } else if (a.kind === 'dolly') {
      settled.current = null
      void cc.dolly(a.distance, !reducedMotion())
    } else {
      // The index only for a framing (a preset or Focus needs none), so the first goal does not build it.
      const indexOf = () => (facts.current ??= bodyIndexOf(body))
      const ctx = { body, facts: indexOf, camera, canvas: gl.domElement, cc }
      const show = (animate: boolean, again: boolean) => {
        const pose = poseFor(goal, first && !again, ctx)
        if (!pose) return
        const { position: p, target: t } = pose
        void cc.setLookAt(p[0], p[1], p[2], t[0], t[1], t[2], animate)
      }
      show(goal.animate && !first && !reducedMotion(), false)
      settled.current = () => show(false, true)
    }
    invalidate()
  }, [goal, body, camera, gl, invalidate])

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
      cameraIntents.cameraMovedByHand(cc.azimuthAngle)
    }
    cc.addEventListener('controlstart', byHand)
    cc.addEventListener('controlend', byHand)
    return () => {
      cc.removeEventListener('controlstart', byHand)
      cc.removeEventListener('controlend', byHand)
    }
  }, [])

  useEffect(() => (ref.current ? installBenchHooks(ref.current, invalidate) : undefined), [invalidate])

  return <CameraControls ref={ref} makeDefault minDistance={0.35} maxDistance={6} smoothTime={0.35} />
}
