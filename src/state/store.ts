/** The one app store: slices combined here (and only here). Holds ids and flags, never three objects. */
import { create } from 'zustand'
import { subscribeWithSelector } from 'zustand/middleware'
import { createChairsideSlice, visitAdditions } from './chairsideSlice'
import { createDrawingSlice } from './drawingSlice'
import { presentedState } from './presented'
import { createQuizSlice } from './quizSlice'
import { createSessionSlice } from './sessionSlice'
import { createTourSlice } from './tourSlice'
import type { AppState } from './types'
import { createViewSlice } from './viewSlice'

export type { AppState } from './types'

// subscribeWithSelector: the 3D view asks for a frame only when a field it draws changes (scene/renderedInputs.ts).
export const useAppStore = create<AppState>()(
  subscribeWithSelector((...a) => ({
    ...createViewSlice(...a),
    ...createSessionSlice(...a),
    ...createChairsideSlice(...a),
    ...createDrawingSlice(...a),
    ...createQuizSlice(...a),
    ...createTourSlice(...a),
  })),
)

/**
 * Reads the presented state (presented.ts): the view fields as shown, a tour step's or quiz question's while one
 * is staged. What the panels and the 3D view use to show the view.
 */
export function useView<T>(pick: (s: AppState) => T): T {
  return useAppStore((s) => pick(presentedState(s)))
}

/** The presented state now (outside React). */
export const viewNow = (): AppState => presentedState(useAppStore.getState())

// Every muscle selected or overlaid joins the list of muscles discussed this visit (for the handout).
useAppStore.subscribe((s, prev) => {
  const added = visitAdditions(presentedState(prev), presentedState(s))
  if (added.length) s.recordVisit(added)
})
