/**
 * User intents that span several store fields ("open this muscle": select it and show the Explore tab).
 * Module-level actions over the one store (zustand's "no store actions" practice), shared by the search box,
 * the lists and the 3D view so every path does the same thing.
 */
import type { Muscle, Region } from '@/data/schema'
import { cameraIntents } from './camera'
import { patchView } from './presented'
import type { AppState } from './types'
import { useAppStore, viewNow } from './store'
import { startNewVisit, visitState } from './urlSync'
import { parseRegionKey, regionKey } from '@/data/regionKeys'
import { DEFAULT_VIEW } from './viewState'

/** The camera intents over the app's store (state/camera.ts): the only writers of the camera goal. */
export const camera = cameraIntents(useAppStore)

/**
 * Selects a muscle (revealing its layer) and shows its details in the Explore tab. The camera turns to it and
 * frames it together with its referral pattern, from the side that shows most of the pattern.
 */
export function openMuscle(muscleId: string, layer?: Muscle['layer']): void {
  const s = useAppStore.getState()
  s.selectMuscle(muscleId, 'both', layer)
  s.setTab('explore')
  camera.frame({ muscleIds: [muscleId], side: 'both', regionKeys: [] })
}

/** What a tap (a click without a drag) on the body landed on. */
export type BodyTap =
  | { kind: 'muscle'; muscleId: string; side: 'left' | 'right'; layer?: Muscle['layer'] }
  /** The skin, with the area under the finger when taps mark areas (else null). */
  | { kind: 'skin'; regionKey: string | null }

/**
 * A tap on the body. A muscle is selected (a second tap on the selected side widens to both sides; a tap on the
 * other side switches), its details shown, and the camera turns to it if it faces away. The skin marks the area in
 * "Where does it hurt?" and in a quiz's "where" question (not in draw mode, where a tap paints); elsewhere it
 * clears the selection, except a quiz's.
 */
export function tapBody(tap: BodyTap): void {
  const s = viewNow()
  if (tap.kind === 'muscle') {
    const side = s.selectedMuscleId === tap.muscleId && s.side === tap.side ? 'both' : tap.side
    s.selectMuscle(tap.muscleId, side, tap.layer)
    if (s.tab !== 'explore') s.setTab('explore')
    camera.faceMuscle(tap.muscleId, side)
  } else {
    if (s.tab === 'pain' && s.drawMode) return
    if (tap.regionKey && (s.tab === 'pain' || s.quizMarksRegions)) s.togglePainRegion(tap.regionKey)
    else if (!s.quizPattern) s.clearSelection()
  }
}

/** The region keys of a region: both sides for a bilateral one, the bare id for a midline one. */
export function regionKeysOf(regionId: string, laterality: Region['laterality']): string[] {
  return laterality === 'midline' ? [regionId] : [regionKey(regionId, 'left'), regionKey(regionId, 'right')]
}

/**
 * Ticks or unticks a painful area from a list. A newly ticked area the body turns away from (the back of the
 * forearm seen from the front) makes the camera turn to it, so the patient sees what they marked.
 */
export function togglePainFromList(key: string): void {
  const s = useAppStore.getState()
  const adding = !viewNow().painRegionKeys.includes(key)
  s.togglePainRegion(key)
  if (adding) camera.faceRegion(key)
}

/**
 * Marks a region as painful and opens "Where does it hurt?": one side (the right, unless `side` says otherwise;
 * 'both' when the person chooses both), or the bare id of a midline region. Already marked keys stay. The camera
 * turns to the area and frames it with its surroundings (the sole from below).
 */
export function openRegion(
  regionId: string,
  laterality: Region['laterality'],
  side: 'left' | 'right' | 'both' = 'right',
): void {
  const keys =
    laterality === 'midline' || side === 'both'
      ? regionKeysOf(regionId, laterality)
      : [regionKey(regionId, side)]
  useAppStore.setState((s) => {
    const marked = viewNow().painRegionKeys
    return patchView(s, {
      painRegionKeys: [...marked, ...keys.filter((k) => !marked.includes(k))],
      tab: 'pain',
    })
  })
  camera.frame({ muscleIds: [], side: 'both', regionKeys: keys })
}

/** Opens a condition in the Conditions tab. */
export function openCondition(conditionId: string): void {
  const s = useAppStore.getState()
  s.selectCondition(conditionId)
  s.setTab('conditions')
}

/** Distinct side-less region ids of the marked painful areas, in the order first marked. */
export function painRegionIds(painRegionKeys: readonly string[]): string[] {
  return [...new Set(painRegionKeys.map((k) => parseRegionKey(k).regionId))]
}

/** The store fields a reset for the next patient sets: the default view (camera to the front), nothing open. Pure. */
export function nextPatientPatch(): Partial<AppState> {
  return {
    ...structuredClone(DEFAULT_VIEW),
    staged: null,
    hovered: null,
    previewMuscleId: null,
    notices: [],
    visitMuscleIds: [],
    chairsideDialog: null,
  }
}

/** What the store held before a reset, so "Undo" can put the visit back for a few seconds. */
export type VisitSnapshot = Partial<AppState>

/**
 * "Reset for the next patient": clears selection, overlays, condition, painful areas, the pain drawing, the list
 * of muscles discussed and open dialogs, turns the camera to the front, and replaces the link so it no longer
 * holds the previous patient's view. Presentation mode stays as it is. Returns a snapshot for `undoReset`.
 */
export function resetForNextPatient(
  win: Pick<Window, 'history' | 'location'> & Partial<Pick<Window, 'sessionStorage'>> = window,
): VisitSnapshot {
  const before = useAppStore.getState()
  const snapshot: VisitSnapshot = Object.fromEntries(
    Object.entries(before).filter(
      ([k, v]) => typeof v !== 'function' && k !== 'presentation' && k !== 'cameraGoal',
    ),
  )
  // The link first, so the history entry the view sync adds next is not preceded by the patient's view; and a new
  // visit, so Back never returns to an entry of this patient's (urlSync.ts).
  startNewVisit(win)
  win.history.replaceState(visitState(), '', win.location.pathname + win.location.search)
  // A tour or quiz in progress ends first (each puts back the view it started from; the reset then clears it).
  before.exitTour()
  if (before.quiz.phase !== 'setup') before.quitQuiz()
  useAppStore.setState(nextPatientPatch())
  useAppStore.getState().clearDrawing()
  camera.showPreset('front')
  return snapshot
}

/** Puts back what `resetForNextPatient` cleared (the view sync then restores the link). */
export function undoReset(snapshot: VisitSnapshot): void {
  useAppStore.setState({ ...snapshot, chairsideDialog: null })
  camera.showPresentedPreset()
}
