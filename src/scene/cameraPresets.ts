/**
 * Camera positions for the preset views, in model space (metres; y up, +z anterior, +x the figure's left).
 * Pure data + math (no React), so it is unit-testable.
 */
import type { CameraPreset } from '@/state/viewState'

/** The 3D view's lens (vertical field of view in degrees; near and far planes in metres). */
export const CAMERA_LENS = { fov: 35, near: 0.05, far: 30 } as const

export const BODY_TARGET: [number, number, number] = [0, 0.95, 0]
const DISTANCE = 3.3
const EYE_Y = 1.03

/** [position, target] for a preset. "left" looks at the figure's left side (camera on +x). */
export function presetPose(preset: CameraPreset): {
  position: [number, number, number]
  target: [number, number, number]
} {
  const [tx, , tz] = BODY_TARGET
  const position: Record<CameraPreset, [number, number, number]> = {
    front: [tx, EYE_Y, tz + DISTANCE],
    back: [tx, EYE_Y, tz - DISTANCE],
    left: [tx + DISTANCE, EYE_Y, tz],
    right: [tx - DISTANCE, EYE_Y, tz],
  }
  return { position: position[preset], target: BODY_TARGET }
}

/** Keyboard shortcuts on the 3D view. */
export const CAMERA_KEYS: Record<string, CameraPreset> = {
  '1': 'front',
  '2': 'back',
  '3': 'left',
  '4': 'right',
}
