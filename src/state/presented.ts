/**
 * The presented view: what the body, the panels and the link show. It is the person's own view (the store's
 * top-level view fields), or while a tour plays or a quiz drives the body, that tour step's or question's view
 * (`staged`). Tours and quizzes never overwrite the person's own view, so ending them needs no restore. Pure.
 */
import type { AppState } from './types'
import type { ViewState } from './viewState'
import { LAYERS, VIEW_KEYS } from './viewState'

const cache = new WeakMap<object, AppState>()

/** The store's state with the view fields as presented (the staged view's while there is one). Memoised per state. */
export function presentedState(s: AppState): AppState {
  if (!s.staged) return s
  let out = cache.get(s)
  if (!out) {
    out = { ...s, ...s.staged.view }
    cache.set(s, out)
  }
  return out
}

/** The person's own view (what a tour or quiz leaves alone). */
export function ownView(s: ViewState): ViewState {
  return Object.fromEntries(VIEW_KEYS.map((k) => [k, s[k]])) as unknown as ViewState
}

/**
 * The store fields that change the view being edited: the staged view while there is one, else the person's own.
 * Every view edit goes through it, so an edit during a tour or quiz never reaches the view under it. Pure.
 */
export function patchView(s: AppState, patch: Partial<ViewState>): Partial<AppState> {
  if (s.staged) return { staged: { ...s.staged, view: { ...s.staged.view, ...patch } } }
  return patch
}

/** The shareable part of the presented state, for the URL (no muscle while a quiz question hides names). */
export function selectView(state: AppState): ViewState {
  const s = presentedState(state)
  return {
    selectedMuscleId: s.quizHidesNames ? null : s.selectedMuscleId,
    side: s.side,
    overlayMuscleIds: s.overlayMuscleIds,
    painRegionKeys: s.painRegionKeys,
    conditionId: s.conditionId,
    layers: Object.fromEntries(LAYERS.map((l) => [l, s.layers[l]])) as ViewState['layers'],
    xray: s.xray,
    camera: s.camera,
    focused: s.focused && !s.quizHidesNames && s.selectedMuscleId !== null,
    tab: s.tab,
    tour: s.tour ? { ...s.tour } : null,
  }
}
