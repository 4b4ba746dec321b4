/** Starting, moving through and ending a tour: shared by the caption bar, its keys and the panel outline. */
import type { Tour } from '@/data/schema'
import { viewNow } from '@/state/store'
import type { TourKeyAction } from '@/state/tourSteps'
import { stepAfter } from '@/state/tourSteps'

/** The tour that last ended, so the list can put focus back on it and say it was finished. */
export const lastTour: { id: string | null; finished: boolean } = { id: null, finished: false }

/** Shows a step; the 3D view frames its muscles and areas (from the step's view unless another shows far more). */
export function showStep(tour: Tour, step: number): void {
  viewNow().showTourStep(tour, step)
}

export function endTour(tourId: string | null, finished = false): void {
  lastTour.id = tourId
  lastTour.finished = finished
  viewNow().exitTour()
}

/** Applies a key or button action to the playing tour. */
export function moveTour(tour: Tour, action: TourKeyAction): void {
  const step = viewNow().tour?.step ?? 0
  const next = stepAfter(action, step, tour.steps.length)
  if (next === 'exit') endTour(tour.id, action === 'next')
  else if (next !== step) showStep(tour, next)
}
