/** Transient state that never goes into the URL: hover, notices, camera request counter. */
import type { StateCreator } from 'zustand'
import type { AppState } from './store'

export interface Hover {
  muscleId: string
  side: 'left' | 'right'
}

export interface Notice {
  id: number
  text: string
}

export interface SessionState {
  hovered: Hover | null
  /** Muscle whose pattern is previewed (hover in a ranked list), drawn on the body. */
  previewMuscleId: string | null
  notices: Notice[]
  /** Bumped to ask the camera to frame the current selection ("focus on selection"). */
  focusRequest: number
  /**
   * Bumped with a muscle chosen from a list: the camera, turning to it, also frames it with its surroundings when
   * it is small (a jaw muscle, the sole of the foot), instead of leaving it a few pixels in the whole body.
   */
  frameSmallRequest: number
  /** Bumped whenever a camera preset is requested, even the same one again. */
  cameraRequest: number
  /** A painful area marked from a list, for the camera to turn to (bumped `n` asks again). */
  faceRegionRequest: { key: string; n: number } | null
  /** A pattern's areas (side-less region ids), for the camera to take the preset view that shows most of them. */
  facePatternRequest: { regionIds: string[]; n: number } | null
}

export interface SessionActions {
  hoverMuscle: (hover: Hover | null) => void
  previewMuscle: (muscleId: string | null) => void
  notify: (text: string) => void
  dismissNotice: (id: number) => void
  focusSelection: () => void
  frameIfSmall: () => void
  requestCamera: () => void
  /** Asks the camera to turn to a skin region (key like "temple.L") if it is on the far side. */
  faceRegion: (key: string) => void
  /** Asks the camera for the preset view that shows most of these areas (both sides of bilateral ones). */
  facePattern: (regionIds: readonly string[]) => void
}

let nextNoticeId = 1

export const createSessionSlice: StateCreator<AppState, [], [], SessionState & SessionActions> = (
  set,
  get,
) => ({
  hovered: null,
  previewMuscleId: null,
  notices: [],
  focusRequest: 0,
  frameSmallRequest: 0,
  cameraRequest: 0,
  faceRegionRequest: null,
  facePatternRequest: null,
  hoverMuscle: (hover) => {
    const cur = get().hovered
    if (cur?.muscleId === hover?.muscleId && cur?.side === hover?.side) return // pointermove fires constantly
    set({ hovered: hover })
  },
  previewMuscle: (previewMuscleId) => set({ previewMuscleId }),
  notify: (text) => set((s) => ({ notices: [...s.notices, { id: nextNoticeId++, text }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  focusSelection: () =>
    set((s) => ({ focusRequest: s.focusRequest + 1, focused: s.selectedMuscleId !== null })),
  frameIfSmall: () => set((s) => ({ frameSmallRequest: s.frameSmallRequest + 1 })),
  requestCamera: () => set((s) => ({ cameraRequest: s.cameraRequest + 1 })),
  faceRegion: (key) => set((s) => ({ faceRegionRequest: { key, n: (s.faceRegionRequest?.n ?? 0) + 1 } })),
  facePattern: (regionIds) =>
    set((s) => ({
      facePatternRequest: { regionIds: [...regionIds], n: (s.facePatternRequest?.n ?? 0) + 1 },
    })),
})
