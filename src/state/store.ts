/** The one app store: slices combined here (and only here). Holds ids and flags, never three objects. */
import { create } from 'zustand'
import { subscribeWithSelector } from 'zustand/middleware'
import type { ChairsideActions, ChairsideState } from './chairsideSlice'
import { createChairsideSlice, visitAdditions } from './chairsideSlice'
import type { DrawingActions, DrawingState } from './drawingSlice'
import type { QuizSlice } from './quizSlice'
import { createQuizSlice } from './quizSlice'
import { createDrawingSlice } from './drawingSlice'
import type { SessionActions, SessionState } from './sessionSlice'
import { createSessionSlice } from './sessionSlice'
import type { TourActions, TourState } from './tourSlice'
import { createTourSlice } from './tourSlice'
import type { ViewActions } from './viewSlice'
import { createViewSlice } from './viewSlice'
import type { ViewState } from './viewState'
import { LAYERS } from './viewState'

export { selectPatternMuscleIds } from './patterns'

export type AppState = ViewState &
  ViewActions &
  SessionState &
  SessionActions &
  ChairsideState &
  ChairsideActions &
  DrawingState &
  DrawingActions &
  QuizSlice &
  TourState &
  TourActions

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

// Every muscle selected or overlaid joins the list of muscles discussed this visit (for the handout).
useAppStore.subscribe((s, prev) => {
  const added = visitAdditions(prev, s)
  if (added.length) s.recordVisit(added)
})

/** The shareable part of the state, for the URL (no muscle while a quiz question hides names). */
export function selectView(s: AppState): ViewState {
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
