/**
 * The scene's probe for tests and the benchmark, `window.__bodymap` (installed under automation only, as every
 * test hook: boot/testHooks.ts): the screen point of a region or muscle, so browser tests click real anatomy
 * instead of hard-coded pixels, the colours drawn, render counts and a deterministic orbit.
 */
import type { CameraControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useCallback, useEffect } from 'react'
import * as THREE from 'three'
import { dataset } from '@/data/bundledData'
import { keysOfRegionId, sideOfKey } from '@/data/regionKeys'
import { referralRegionsOf } from '@/domain/referral'
import { bodyIndexOf, muscleBoxesOf } from '@/model/bodyIndex'
import { viewNow } from '@/state/store'
import { installTestHook } from '@/boot/testHooks'
import type { LoadedBody } from './useBodyModel'

declare global {
  interface Window {
    __bodymap?: {
      regionPoint(key: string, fromCamera?: boolean): { x: number; y: number } | null
      musclePoint(muscleId: string, side: 'left' | 'right'): { x: number; y: number } | null
      /**
       * The colours the body is drawn with now: a muscle mesh's colour, the skin's pattern palette and the colour
       * of marked pain (CSS hex), to check the key against.
       */
      colors(
        muscleId: string,
        side: 'left' | 'right',
      ): { muscle: string | null; patterns: string[]; pain: string }
      /** A screen point where a tap reaches this muscle first (as picking sees the body now), or null. */
      muscleTapPoint(muscleId: string, side: 'left' | 'right'): { x: number; y: number } | null
      /**
       * The screen box (CSS pixels) of what the camera sees of skin areas (region keys; a bare id means both
       * sides), or of the selected muscle's referral pattern (no keys), with how many of those skin points there
       * are and how many fall off the canvas (and, with `points`, up to 600 of them: x, y, …); null when none faces
       * the camera.
       */
      patternBox(keys?: string[], points?: boolean): ScreenBox | null
      /** The screen box of a muscle's meshes (on the selected side, or both), its points off the canvas counted. */
      muscleBox(muscleId: string): ScreenBox | null
      /** `renders`: frames drawn on the canvas (the start-up frame's included; DrawOnDemand.tsx). */
      info(): { triangles: number; calls: number; meshes: number; renders: number }
      /** Turns the camera by `radians` around the body at once (benchmark orbit; no transition). */
      orbit(radians: number): void
    }
  }
}

/** A box on the screen (CSS pixels) around `points` projected points, `outside` of them off the canvas. */
export interface ScreenBox {
  left: number
  top: number
  right: number
  bottom: number
  points: number
  outside: number
  /** Some of the points (x, y, …), when asked for. */
  xy?: number[]
}

const v3 = (p: readonly number[]) => new THREE.Vector3().fromArray(p)

/** The box around world points as the camera sees them, in the canvas's page coordinates. */
function screenBox(
  points: THREE.Vector3[],
  camera: THREE.Camera,
  rect: DOMRect,
  withPoints = false,
): ScreenBox | null {
  if (!points.length) return null
  const box: ScreenBox = {
    left: Infinity,
    top: Infinity,
    right: -Infinity,
    bottom: -Infinity,
    points: 0,
    outside: 0,
  }
  const xy: number[] = []
  const every = Math.max(1, Math.ceil(points.length / 600))
  for (const [i, p] of points.entries()) {
    const ndc = p.clone().project(camera)
    const x = rect.left + ((ndc.x + 1) / 2) * rect.width
    const y = rect.top + ((1 - ndc.y) / 2) * rect.height
    box.left = Math.min(box.left, x)
    box.right = Math.max(box.right, x)
    box.top = Math.min(box.top, y)
    box.bottom = Math.max(box.bottom, y)
    box.points++
    if (Math.abs(ndc.x) > 1 || Math.abs(ndc.y) > 1 || ndc.z > 1) box.outside++
    if (withPoints && i % every === 0) xy.push(x, y)
  }
  return withPoints ? { ...box, xy } : box
}

export function SceneProbe({ body }: { body: LoadedBody }) {
  const { camera, gl, scene, invalidate, get } = useThree()
  // The default controls (CameraRig's, `makeDefault`), read when needed: they mount after this component.
  const controls = useCallback(() => get().controls as unknown as CameraControls | null, [get])
  useEffect(() => {
    const toScreen = (world: THREE.Vector3) => {
      const rect = gl.domElement.getBoundingClientRect()
      const ndc = world.clone().project(camera)
      if (Math.abs(ndc.x) > 1 || Math.abs(ndc.y) > 1) return null
      return { x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height }
    }
    /** The region's vertex nearest the camera-facing side: the centroid of its most camera-facing vertices. */
    const regionPoint = (key: string) => {
      const index = bodyIndexOf(body)
      const region = index.regions[index.regionIndex.get(key) ?? -1]
      if (!region) return null
      const camDir = new THREE.Vector3()
      camera.getWorldDirection(camDir)
      const sum = new THREE.Vector3()
      let n = 0
      const v = new THREE.Vector3()
      for (const i of region.vertices) {
        if (v.fromArray(index.normals, i * 3).dot(camDir) > -0.6) continue // keep vertices that face the camera
        sum.add(v.fromArray(index.positions, i * 3))
        n++
      }
      return n ? toScreen(sum.divideScalar(n)) : null
    }
    const musclePoint = (muscleId: string, side: 'left' | 'right') => {
      const [box] = muscleBoxesOf(bodyIndexOf(body), muscleId, side)
      if (!box) return null
      return toScreen(new THREE.Box3().set(v3(box.min), v3(box.max)).getCenter(new THREE.Vector3()))
    }
    const muscleTapPoint = (muscleId: string, side: 'left' | 'right') => {
      const part = body.muscles.find((m) => m.muscleId === muscleId && m.side === side)
      if (!part) return null
      const pos = part.mesh.geometry.getAttribute('position')
      const raycaster = new THREE.Raycaster()
      const hits: THREE.Vector3[] = []
      const step = Math.max(1, Math.floor(pos.count / 200))
      for (let i = 0; i < pos.count; i += step) {
        const world = new THREE.Vector3().fromBufferAttribute(pos, i).applyMatrix4(part.mesh.matrixWorld)
        const ndc = world.clone().project(camera)
        if (Math.abs(ndc.x) > 0.95 || Math.abs(ndc.y) > 0.95) continue
        raycaster.setFromCamera(new THREE.Vector2(ndc.x, ndc.y), camera)
        if (raycaster.intersectObject(body.root, true)[0]?.object === part.mesh) hits.push(world)
      }
      if (!hits.length) return null
      // The reachable point nearest the middle of all of them: well inside the muscle, not on its edge.
      const mid = hits.reduce((a, b) => a.add(b), new THREE.Vector3()).divideScalar(hits.length)
      return toScreen(hits.reduce((a, b) => (b.distanceTo(mid) < a.distanceTo(mid) ? b : a)))
    }
    const patternBox = (keys?: string[], withPoints = false) => {
      const { selectedMuscleId: id, side } = viewNow()
      let wanted: Set<string>
      if (keys) wanted = new Set(keys.flatMap((k) => (sideOfKey(k) ? [k] : keysOfRegionId(k))))
      else {
        if (!id) return null
        const { essential, spillover } = referralRegionsOf(dataset, id)
        wanted = new Set([...essential, ...spillover].flatMap((r) => keysOfRegionId(r, side)))
      }
      const index = bodyIndexOf(body)
      const seen: THREE.Vector3[] = []
      const n = new THREE.Vector3()
      for (const key of wanted) {
        for (const i of index.regions[index.regionIndex.get(key) ?? -1]?.vertices ?? []) {
          const p = new THREE.Vector3().fromArray(index.positions, i * 3)
          n.fromArray(index.normals, i * 3)
          if (n.dot(camera.position.clone().sub(p)) > 0) seen.push(p) // faces the camera
        }
      }
      return screenBox(seen, camera, gl.domElement.getBoundingClientRect(), withPoints)
    }
    const muscleBox = (muscleId: string) => {
      const side = viewNow().side
      const points: THREE.Vector3[] = []
      for (const m of body.muscles) {
        if (m.muscleId !== muscleId || (side !== 'both' && side !== m.side)) continue
        const pos = m.mesh.geometry.getAttribute('position')
        for (let i = 0; i < pos.count; i += 4)
          points.push(new THREE.Vector3().fromBufferAttribute(pos, i).applyMatrix4(m.mesh.matrixWorld))
      }
      return screenBox(points, camera, gl.domElement.getBoundingClientRect())
    }
    const colors = (muscleId: string, side: 'left' | 'right') => {
      const hex = (c: THREE.Color) => `#${c.getHexString()}`
      const part = body.muscles.find((m) => m.muscleId === muscleId && m.side === side)
      const paint = (body.skin?.material as THREE.Material | undefined)?.userData.paintColors as
        { patterns: THREE.Color[]; pain: THREE.Color } | undefined
      return {
        muscle: part ? hex((part.mesh.material as THREE.MeshStandardMaterial).color) : null,
        patterns: paint?.patterns.map(hex) ?? [],
        pain: paint ? hex(paint.pain) : '',
      }
    }
    const info = () => {
      let triangles = 0
      let meshes = 0
      scene.traverse((o) => {
        const m = o as THREE.Mesh
        if (!m.isMesh) return
        meshes++
        const g = m.geometry
        triangles += (g.index ? g.index.count : g.getAttribute('position').count) / 3
      })
      return { triangles, calls: gl.info.render.calls, meshes, renders: gl.info.render.frame }
    }
    const orbit = (radians: number) => {
      void controls()?.rotate(radians, 0, false)
      invalidate()
    }
    return installTestHook('__bodymap', {
      regionPoint,
      musclePoint,
      muscleTapPoint,
      patternBox,
      muscleBox,
      colors,
      info,
      orbit,
    })
  }, [body, camera, gl, scene, invalidate, controls])
  return null
}
