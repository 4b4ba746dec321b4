/** Where a pointer meets the skin (the first hit only: the skin has a BVH, bodyLoad.ts), for painting. No React. */
import * as THREE from 'three'
import type { SkinHit } from '@/domain/paintStroke'

/** A picker for one canvas, camera and skin: the hit under a pointer position (client pixels), or null. */
export function createSkinPicker(
  canvas: HTMLElement,
  camera: THREE.Camera,
  skin: THREE.Mesh,
): (pointer: { clientX: number; clientY: number }) => SkinHit | null {
  const raycaster = new THREE.Raycaster() as THREE.Raycaster & { firstHitOnly?: boolean }
  raycaster.firstHitOnly = true
  const ndc = new THREE.Vector2()
  return ({ clientX, clientY }) => {
    const rect = canvas.getBoundingClientRect()
    ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1)
    raycaster.setFromCamera(ndc, camera)
    const hit = raycaster.intersectObject(skin, false)[0]
    if (!hit?.face) return null
    const facing = hit.face.normal.clone().transformDirection(skin.matrixWorld)
    return { point: hit.point.toArray(), facing: facing.toArray() }
  }
}
