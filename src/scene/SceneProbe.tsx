/**
 * Signals for tests and the benchmark: `document.body.dataset.sceneReady` once the 3D view has drawn the body
 * (it is then live: picking, controls), and `window.__perf` (framePerf.ts). Also `window.__bodymap.project(...)`, which gives the
 * screen point of a region or muscle so browser tests click real anatomy instead of hard-coded pixels.
 */
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import * as THREE from 'three'
import { cameraHandle } from './CameraRig'
import { announceFirstFrame } from './firstFrame'
import { countFrame } from './framePerf'
import type { LoadedBody } from './useBodyModel'

declare global {
  interface Window {
    __bodymap?: {
      regionPoint(key: string, fromCamera?: boolean): { x: number; y: number } | null
      musclePoint(muscleId: string, side: 'left' | 'right'): { x: number; y: number } | null
      /** A screen point where a tap reaches this muscle first (as picking sees the body now), or null. */
      muscleTapPoint(muscleId: string, side: 'left' | 'right'): { x: number; y: number } | null
      /** `renders`: frames actually drawn on the canvas (FrameSkipper skips repeats of the same picture). */
      info(): { triangles: number; calls: number; meshes: number; renders: number }
      /** Turns the camera by `radians` around the body at once (benchmark orbit; no transition). */
      orbit(radians: number): void
    }
  }
}

let ready = false

export function SceneProbe({ body }: { body: LoadedBody }) {
  const { camera, gl, scene, invalidate } = useThree()
  useFrame(() => {
    countFrame()
    if (!ready) {
      ready = true
      document.body.dataset.sceneReady = 'true'
      announceFirstFrame()
    }
  })

  useEffect(() => {
    const toScreen = (world: THREE.Vector3) => {
      const rect = gl.domElement.getBoundingClientRect()
      const ndc = world.clone().project(camera)
      if (Math.abs(ndc.x) > 1 || Math.abs(ndc.y) > 1) return null
      return { x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height }
    }
    /** The region's vertex nearest the camera-facing side: the centroid of its most camera-facing vertices. */
    const regionPoint = (key: string) => {
      const skin = body.skin
      const idx = body.regionNames.indexOf(key)
      if (!skin || idx < 0) return null
      const region = skin.geometry.getAttribute('_region')
      const pos = skin.geometry.getAttribute('position')
      const nor = skin.geometry.getAttribute('normal')
      const camDir = new THREE.Vector3()
      camera.getWorldDirection(camDir)
      const sum = new THREE.Vector3()
      let n = 0
      const v = new THREE.Vector3()
      const nv = new THREE.Vector3()
      const normalMatrix = new THREE.Matrix3().getNormalMatrix(skin.matrixWorld)
      for (let i = 0; i < region.count; i++) {
        if (Math.round(region.getX(i)) !== idx) continue
        nv.fromBufferAttribute(nor, i).applyMatrix3(normalMatrix).normalize()
        if (nv.dot(camDir) > -0.6) continue // keep vertices that face the camera
        sum.add(v.fromBufferAttribute(pos, i).applyMatrix4(skin.matrixWorld))
        n++
      }
      return n ? toScreen(sum.divideScalar(n)) : null
    }
    const musclePoint = (muscleId: string, side: 'left' | 'right') => {
      const part = body.muscles.find((m) => m.muscleId === muscleId && m.side === side)
      if (!part) return null
      const box = new THREE.Box3().setFromObject(part.mesh)
      return toScreen(box.getCenter(new THREE.Vector3()))
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
      void cameraHandle.current?.rotate(radians, 0, false)
      invalidate()
    }
    window.__bodymap = { regionPoint, musclePoint, muscleTapPoint, info, orbit }
  }, [body, camera, gl, scene, invalidate])
  return null
}
