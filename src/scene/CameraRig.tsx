/**
 * Orbit/zoom/pan (mouse, touch, keyboard) with drei's CameraControls, smooth preset moves and "focus on
 * selection". Transitions are instant when the user prefers reduced motion.
 */
import { CameraControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import * as THREE from 'three'
import { useAppStore } from '@/state/store'
import { presetPose } from './cameraPresets'
import type { LoadedBody } from './useBodyModel'

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

/** The camera-controls instance, for keyboard handling outside the canvas. */
export const cameraHandle: { current: CameraControls | null } = { current: null }

export function CameraRig({ body }: { body: LoadedBody }) {
  const ref = useRef<CameraControls>(null)
  const invalidate = useThree((s) => s.invalidate)
  const camera = useAppStore((s) => s.camera)
  const cameraRequest = useAppStore((s) => s.cameraRequest)
  const focusRequest = useAppStore((s) => s.focusRequest)
  const first = useRef(true)

  useEffect(() => {
    const cc = ref.current
    if (!cc) return
    cameraHandle.current = cc
    const { position: p, target: t } = presetPose(camera)
    void cc.setLookAt(p[0], p[1], p[2], t[0], t[1], t[2], !first.current && !reducedMotion())
    first.current = false
    invalidate()
  }, [camera, cameraRequest, invalidate])

  useEffect(() => {
    const cc = ref.current
    const { selectedMuscleId, side } = useAppStore.getState()
    if (!cc || focusRequest === 0 || !selectedMuscleId) return
    const box = new THREE.Box3()
    for (const m of body.muscles) {
      if (m.muscleId === selectedMuscleId && (side === 'both' || side === m.side)) box.expandByObject(m.mesh)
    }
    if (box.isEmpty()) return
    void cc.fitToBox(box, !reducedMotion(), {
      paddingTop: 0.12,
      paddingBottom: 0.12,
      paddingLeft: 0.12,
      paddingRight: 0.12,
    })
    invalidate()
  }, [focusRequest, body, invalidate])

  useEffect(() => () => void (cameraHandle.current = null), [])

  return <CameraControls ref={ref} makeDefault minDistance={0.35} maxDistance={6} smoothTime={0.35} />
}
