/**
 * Guided tours as views: what the map shows at each step of a tour, and which keys (keyboard or presenter
 * clicker) move through it. Pure: no zustand, no React, so the URL sync, the store and the tests share it.
 */
import type { Tour, TourStep } from '@/data/schema'
import type { ViewState } from './viewState'
import { DEFAULT_VIEW } from './viewState'

/** Every tour starts from this clean view (the panel shows the tour), so a step looks the same on every device. */
export const TOUR_BASE: ViewState = { ...DEFAULT_VIEW, tab: 'teach' }

/** Where "Exit" lands when the tour was opened from a link (there was no view before it): the tour list. */
export const TOUR_EXIT_DEFAULT: ViewState = { ...DEFAULT_VIEW, tab: 'teach' }

/**
 * One step applied to a view. Muscles: the first is selected (both sides), the others are overlaid for comparison;
 * [] clears them and a step without `muscles` keeps the previous ones. Painful areas and layers work the same way
 * (layers one by one). The condition belongs to its step only: a step without one shows none. The hovered
 * preview, x-ray and side are reset to the clean tour view.
 */
export function applyTourStep(view: ViewState, step: TourStep): ViewState {
  const next: ViewState = { ...view, layers: { ...view.layers }, side: 'both', xray: false }
  if (step.camera) next.camera = step.camera
  if (step.muscles) {
    next.selectedMuscleId = step.muscles[0] ?? null
    next.overlayMuscleIds = [...new Set(step.muscles.slice(1))].filter((id) => id !== next.selectedMuscleId)
  }
  if (step.painRegionKeys) next.painRegionKeys = [...new Set(step.painRegionKeys)]
  if (step.layers) {
    for (const [layer, mode] of Object.entries(step.layers) as [keyof ViewState['layers'], string][]) {
      if (mode) next.layers[layer] = mode as ViewState['layers'][typeof layer]
    }
  }
  next.conditionId = step.conditionId ?? null
  return next
}

/** The step index kept inside the tour (0 … steps − 1). */
export function clampStep(tour: Pick<Tour, 'steps'>, step: number): number {
  if (!Number.isFinite(step)) return 0
  return Math.min(Math.max(0, Math.trunc(step)), tour.steps.length - 1)
}

/**
 * The whole view at step `index` (0-based, clamped): the steps up to it applied in order to the clean tour view,
 * so stepping back, jumping and opening a link all show exactly the same thing.
 */
export function tourStepView(tour: Tour, index: number, base: ViewState = TOUR_BASE): ViewState {
  const at = clampStep(tour, index)
  let view: ViewState = structuredClone({ ...base, tour: null })
  for (let i = 0; i <= at; i++) view = applyTourStep(view, tour.steps[i]!)
  return { ...view, tab: 'teach', tour: { id: tour.id, step: at } }
}

/** What a key does while a tour plays. */
export type TourKeyAction = 'next' | 'previous' | 'first' | 'last' | 'exit'

/**
 * Keys of a keyboard and of presenter clickers (which send PageDown/PageUp, sometimes arrows): → PageDown Space
 * Enter go on, ← PageUp Backspace go back, Home/End jump, Escape leaves the tour.
 */
const KEY_ACTIONS: Record<string, TourKeyAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
}

export function tourKeyAction(key: string): TourKeyAction | null {
  return Object.hasOwn(KEY_ACTIONS, key) ? KEY_ACTIONS[key]! : null
}

/** The step a key action leads to, or 'exit' (Next on the last step ends the tour). */
export function stepAfter(action: TourKeyAction, step: number, count: number): number | 'exit' {
  switch (action) {
    case 'next':
      return step + 1 >= count ? 'exit' : step + 1
    case 'previous':
      return Math.max(0, step - 1)
    case 'first':
      return 0
    case 'last':
      return count - 1
    case 'exit':
      return 'exit'
  }
}
