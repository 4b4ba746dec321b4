/** Transient state that never goes into the URL: hover, notices, camera request counter. */
import type { StateCreator } from 'zustand'
import type { AppState } from './store'
import type { CameraPreset, Side } from './viewState'

export interface Hover {
  muscleId: string
  side: 'left' | 'right'
}

/**
 * What the camera is asked to frame: muscles (their meshes on `side`) together with their referral patterns, and
 * skin areas, from the view that shows most of them; bumped `n` asks again.
 */
export interface FrameRequest {
  muscleIds: string[]
  side: Side
  /** Skin areas as region keys ("temple.R", "coccyx"). */
  regionKeys: string[]
  /** A view asked for (a tour step's), which wins a near tie. */
  prefer: CameraPreset | null
  n: number
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
   * A muscle chosen from a list, an area found by search or a tour step: the camera turns to it and frames it with
   * its pattern (or the area with its surroundings), instead of leaving it a few pixels in the whole body.
   */
  frameRequest: FrameRequest | null
  /** Bumped whenever a camera preset is requested, even the same one again. */
  cameraRequest: number
  /** The person has turned or moved the view by hand since the last preset: no view button is the current one. */
  cameraMoved: boolean
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
  /** Asks the camera to frame muscles with their patterns, and skin areas (see FrameRequest). */
  frame: (what: Omit<FrameRequest, 'n' | 'prefer'> & Partial<FrameRequest>) => void
  requestCamera: () => void
  setCameraMoved: (moved: boolean) => void
  /** Asks the camera to turn to a skin region (key like "temple.L") if it is on the far side. */
  faceRegion: (key: string) => void
  /** Asks the camera for the preset view that shows most of these areas (both sides of bilateral ones). */
  facePattern: (regionIds: readonly string[]) => void
}

/** At most this many notices show at once, the newest. */
export const MAX_NOTICES = 3
/** A notice is one or two sentences of the app's own words; anything longer is cut. */
export const MAX_NOTICE_CHARS = 400

let nextNoticeId = 1

/** The next frame request (its `n` one more than the last one's). Pure. */
export function framePatch(
  what: Omit<FrameRequest, 'n' | 'prefer'> & Partial<FrameRequest>,
  last: FrameRequest | null,
): FrameRequest {
  return {
    muscleIds: [...what.muscleIds],
    side: what.side,
    regionKeys: [...what.regionKeys],
    prefer: what.prefer ?? null,
    n: (last?.n ?? 0) + 1,
  }
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionState & SessionActions> = (
  set,
  get,
) => ({
  hovered: null,
  previewMuscleId: null,
  notices: [],
  focusRequest: 0,
  frameRequest: null,
  cameraRequest: 0,
  cameraMoved: false,
  faceRegionRequest: null,
  facePatternRequest: null,
  hoverMuscle: (hover) => {
    const cur = get().hovered
    if (cur?.muscleId === hover?.muscleId && cur?.side === hover?.side) return // pointermove fires constantly
    set({ hovered: hover })
  },
  previewMuscle: (previewMuscleId) => set({ previewMuscleId }),
  // Notices are few and distinct: the same words once, at most MAX_NOTICES at a time (the newest), each short.
  notify: (text) =>
    set((s) => {
      const words = text.length > MAX_NOTICE_CHARS ? `${text.slice(0, MAX_NOTICE_CHARS - 1)}…` : text
      if (s.notices.some((n) => n.text === words)) return {}
      return { notices: [...s.notices, { id: nextNoticeId++, text: words }].slice(-MAX_NOTICES) }
    }),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  focusSelection: () =>
    set((s) => ({ focusRequest: s.focusRequest + 1, focused: s.selectedMuscleId !== null })),
  frame: (what) => set((s) => ({ frameRequest: framePatch(what, s.frameRequest) })),
  requestCamera: () => set((s) => ({ cameraRequest: s.cameraRequest + 1, cameraMoved: false })),
  setCameraMoved: (cameraMoved) => set({ cameraMoved }),
  faceRegion: (key) => set((s) => ({ faceRegionRequest: { key, n: (s.faceRegionRequest?.n ?? 0) + 1 } })),
  facePattern: (regionIds) =>
    set((s) => ({
      facePatternRequest: { regionIds: [...regionIds], n: (s.facePatternRequest?.n ?? 0) + 1 },
    })),
})
