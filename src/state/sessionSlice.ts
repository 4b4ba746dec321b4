/** Transient state that never goes into the URL: hover, notices, the camera goal. */
import type { StateCreator } from 'zustand'
import { START_GOAL } from './cameraGoal'
import type { AppState, SessionActions, SessionState } from './types'

export type { Hover, Notice, SessionActions, SessionState } from './types'

/** At most this many notices show at once, the newest. */
export const MAX_NOTICES = 3
/** A notice is one or two sentences of the app's own words; anything longer is cut. */
export const MAX_NOTICE_CHARS = 400

let nextNoticeId = 1

export const createSessionSlice: StateCreator<AppState, [], [], SessionState & SessionActions> = (
  set,
  get,
) => ({
  hovered: null,
  previewMuscleId: null,
  notices: [],
  cameraGoal: START_GOAL,
  handAzimuth: null,
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
})
