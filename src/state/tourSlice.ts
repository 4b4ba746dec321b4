/**
 * Playing a guided tour: which step is shown lives in the view (`tour`, so it is in the link and in the browser
 * history); this slice keeps the view from before the tour, to put back on Exit.
 */
import type { StateCreator } from 'zustand'
import type { Tour } from '@/data/schema'
import { framePatch } from './sessionSlice'
import type { AppState } from './store'
import { selectView } from './store'
import { TOUR_EXIT_DEFAULT, tourStepView } from './tourSteps'
import type { ViewState } from './viewState'
import { DEFAULT_VIEW } from './viewState'

export interface TourState {
  /** The view to restore when the tour ends, or null when no tour plays. */
  tourReturn: ViewState | null
}

export interface TourActions {
  /** Shows step `step` (0-based, clamped) of `tour`; when no tour was playing, remembers the view to return to. */
  showTourStep: (tour: Tour, step: number) => void
  /** Ends the tour and puts back the view from before it (the tour list when it was opened from a link). */
  exitTour: () => void
  /**
   * Opens a view from a link or from back/forward. A view with a tour shows that tour step (looked up in `tours`);
   * any other view ends a playing tour and is shown as it is.
   */
  openLinkedView: (view: ViewState, tours?: ReadonlyMap<string, Tour>) => void
}

const sameView = (a: ViewState, b: ViewState) => JSON.stringify(a) === JSON.stringify(b)

export const createTourSlice: StateCreator<AppState, [], [], TourState & TourActions> = (set, get) => ({
  tourReturn: null,
  showTourStep: (tour, step) => {
    const s = get()
    let tourReturn = s.tour ? s.tourReturn : selectView(s)
    // Opened straight from a link (nothing else on screen yet): Exit leads to the list of tours.
    if (!tourReturn || sameView(tourReturn, DEFAULT_VIEW)) tourReturn = TOUR_EXIT_DEFAULT
    const view = tourStepView(tour, step)
    set({
      ...view,
      tourReturn,
      previewMuscleId: null,
      hovered: null,
      cameraRequest: s.cameraRequest + 1,
      // The step's muscles and painful areas, framed (not the whole body, where a muscle is a smudge).
      frameRequest: framePatch(
        {
          muscleIds: view.selectedMuscleId ? [view.selectedMuscleId, ...view.overlayMuscleIds] : [],
          side: view.side,
          regionKeys: view.painRegionKeys,
          prefer: view.camera,
        },
        s.frameRequest,
      ),
    })
  },
  exitTour: () => {
    const s = get()
    if (!s.tour && !s.tourReturn) return
    set({
      ...structuredClone(s.tourReturn ?? TOUR_EXIT_DEFAULT),
      tour: null,
      tourReturn: null,
      previewMuscleId: null,
      cameraRequest: s.cameraRequest + 1,
    })
  },
  openLinkedView: (view, tours) => {
    const tour = view.tour ? tours?.get(view.tour.id) : undefined
    if (view.tour && tour) {
      get().showTourStep(tour, view.tour.step)
      return
    }
    // Leaving a close-up ("Focus on selection") by back/forward or a link: the camera returns to the view's preset.
    const s = get()
    const leavesCloseUp = s.focused && !view.focused
    set({
      ...structuredClone(view),
      tour: null,
      tourReturn: null,
      ...(leavesCloseUp ? { cameraRequest: s.cameraRequest + 1 } : {}),
    })
  },
})
