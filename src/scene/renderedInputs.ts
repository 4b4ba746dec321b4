/**
 * The store fields the 3D view draws from, in ONE list: the canvas renders on demand (frameloop 'demand'), and a
 * change of any of these asks for a frame (onRenderedChange, zustand's subscribeWithSelector); a change of any
 * other field draws nothing. To extend: a scene component that starts drawing from another store field (a camera
 * goal, a new highlight) adds it here, and its changes are drawn. A field the scene only turns into a camera move
 * need not be listed: the camera controls' change events ask for those frames (drei's CameraControls).
 */
import { shallow } from 'zustand/shallow'
import { presentedState } from '@/state/presented'
import type { AppState } from '@/state/store'
import { useAppStore, viewNow } from '@/state/store'

export const RENDERED_FIELDS = [
  // how each part is styled (state/appearance.ts, applyAppearance.ts) and the patterns painted on the skin
  'layers',
  'xray',
  'tab',
  'selectedMuscleId',
  'side',
  'hovered',
  'overlayMuscleIds',
  'previewMuscleId',
  'conditionId',
  'quizPattern',
  'quizMarksRegions',
  'painRegionKeys',
  // the pain drawing on the skin and the brush ring (PaintLayer.tsx)
  'paint',
  'drawMode',
  'brushSize',
] as const satisfies readonly (keyof AppState)[]

/**
 * The rendered fields' values as presented (a tour step's or quiz question's staged view included), in the list's
 * order (compared element by element: a change of one is a change).
 */
export function selectRendered(s: AppState): unknown[] {
  const shown = presentedState(s)
  return RENDERED_FIELDS.map((k) => shown[k])
}

/** Calls `listener` after each change of a rendered field (not at once); returns the unsubscribe. */
export function onRenderedChange(listener: (s: AppState) => void): () => void {
  return useAppStore.subscribe(selectRendered, () => listener(viewNow()), {
    equalityFn: shallow,
  })
}
