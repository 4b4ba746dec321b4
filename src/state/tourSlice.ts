/**
 * Playing a guided tour: the step's view is staged over the person's own view (presented.ts), so the link and the
 * body show the step while the person's own view waits untouched under it; Exit drops the staged view.
 */
import type { StateCreator } from 'zustand'
import { cameraIntents } from './camera'
import { ownView, presentedState } from './presented'
import { TOUR_EXIT_DEFAULT, tourStepView } from './tourSteps'
import type { AppState, TourActions } from './types'
import type { ViewState } from './viewState'
import { DEFAULT_VIEW } from './viewState'

export type { TourActions } from './types'

const sameView = (a: ViewState, b: ViewState) => JSON.stringify(a) === JSON.stringify(b)

export const createTourSlice: StateCreator<AppState, [], [], TourActions> = (set, get) => {
  const camera = cameraIntents({ getState: get, setState: set })
  return {
    showTourStep: (tour, step) => {
      const view = tourStepView(tour, step)
      set({ staged: { by: 'tour', view }, previewMuscleId: null, hovered: null })
      // The step's muscles and painful areas, framed (not the whole body, where a muscle is a smudge).
      const muscleIds = view.selectedMuscleId ? [view.selectedMuscleId, ...view.overlayMuscleIds] : []
      if (muscleIds.length || view.painRegionKeys.length)
        camera.frame({ muscleIds, side: view.side, regionKeys: view.painRegionKeys, prefer: view.camera })
      else camera.showPreset(view.camera)
    },
    exitTour: () => {
      const s = get()
      if (s.staged?.by !== 'tour') return
      // Opened straight from a link (nothing else was on screen): Exit leads to the list of tours.
      const fromLink = sameView(ownView(s), DEFAULT_VIEW)
      set({ staged: null, previewMuscleId: null, ...(fromLink ? structuredClone(TOUR_EXIT_DEFAULT) : {}) })
      camera.showPresentedPreset()
    },
    openLinkedView: (view, tours) => {
      const tour = view.tour ? tours?.get(view.tour.id) : undefined
      if (view.tour && tour) {
        get().showTourStep(tour, view.tour.step)
        return
      }
      const before = presentedState(get())
      const quiz = before.staged?.by === 'quiz' ? before.staged : null
      set({ ...structuredClone(view), tour: null, staged: quiz })
      const after = presentedState(get())
      // A view that opens framed on its muscle (a link, a bookmark, back/forward) is framed at once; leaving a
      // close-up or another preset turns the camera to the view's preset.
      if (after.focused && after.selectedMuscleId) {
        if (!before.focused || before.selectedMuscleId !== after.selectedMuscleId)
          camera.focusSelection(false)
      } else if (after.camera !== before.camera || before.focused || before.staged?.by === 'tour')
        camera.showPreset(after.camera)
    },
  }
}
