/**
 * The camera's one channel: a goal with a sequence number. Intents (open a muscle, a tour step, a quiz question,
 * keys, Focus, a view button, face an area) write it through `aimCamera` (state/camera.ts); the 3D view only reads
 * it and moves the camera there once per new `seq`. Plain data: no three.js, no zustand.
 */
import type { CameraPreset, Side } from './viewState'

/** What the camera is asked to do. */
export type CameraAim =
  /**
   * Take a preset view (clear of the bars over the view). With `unlessWithin` (radians), only when the camera is
   * further than that from it: a turn towards something on the far side that leaves a near view alone.
   */
  | { kind: 'preset'; preset: CameraPreset; unlessWithin?: number }
  /**
   * Frame muscles (their meshes on `side`) with skin areas (their patterns and marked areas), seen from `view`
   * ('below' for the sole, null while the body is not loaded yet: then from `prefer` or the camera's direction).
   */
  | {
      kind: 'frame'
      muscleIds: string[]
      side: Side
      regionKeys: string[]
      view: CameraPreset | 'below' | null
      /** Areas alone get more of their surroundings than a muscle with its pattern. */
      areasOnly: boolean
    }
  /** Frame the selected muscle from where the camera is ("Focus on selection"). */
  | { kind: 'focus'; muscleId: string; side: Side }
  /** Keys: turn by these angles (radians) or move closer (metres, negative = away). */
  | { kind: 'orbit'; azimuth: number; polar: number }
  | { kind: 'dolly'; distance: number }
  /** Where the start-up frame left it: the preset's own pose, no move. */
  | { kind: 'start'; preset: CameraPreset }

export interface CameraGoal {
  /** Bumped on every aim, so the same aim twice moves the camera twice. */
  seq: number
  aim: CameraAim
  /** False for a move that should be instant (a link opening framed, the view changing size). */
  animate: boolean
}

export const START_GOAL: CameraGoal = { seq: 0, aim: { kind: 'start', preset: 'front' }, animate: false }

/** The goal after `last` for `aim`. Pure. */
export function nextGoal(last: CameraGoal, aim: CameraAim, animate = true): CameraGoal {
  return { seq: last.seq + 1, aim, animate }
}
