/**
 * The brush ring: a ring on the skin under a hovering mouse or pen in draw mode, showing where and how wide the
 * brush paints. Never picked, never in pictures of the view (captureView.ts). No React.
 */
import * as THREE from 'three'
import type { SkinHit } from '@/domain/paintStroke'
import { leaveOutOfPictures } from './captureView'

export function createBrushRing(): THREE.Mesh {
  const ring = new THREE.Mesh(
    new THREE.RingGeometry(0.86, 1, 40),
    new THREE.MeshBasicMaterial({ color: 0xffffff, transparent: true, opacity: 0.9, depthTest: false }),
  )
  ring.renderOrder = 10
  ring.visible = false
  leaveOutOfPictures(ring)
  ring.raycast = () => undefined
  return ring
}

/**
 * Shows the ring flat on the skin at `hit` with the brush's `radius`, or hides it (null). Returns whether the
 * picture changed (the caller then draws a frame).
 */
export function placeBrushRing(ring: THREE.Object3D, hit: SkinHit | null, radius: number): boolean {
  const wasVisible = ring.visible
  ring.visible = hit !== null
  if (hit) {
    ring.position.set(...hit.point)
    ring.lookAt(hit.point[0] + hit.facing[0], hit.point[1] + hit.facing[1], hit.point[2] + hit.facing[2])
    ring.scale.setScalar(radius)
  }
  return ring.visible || wasVisible
}

export function disposeBrushRing(ring: THREE.Mesh): void {
  ring.geometry.dispose()
  ;(ring.material as THREE.Material).dispose()
}
