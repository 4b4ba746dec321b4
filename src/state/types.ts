/**
 * The store's shape: every slice's state and actions, and AppState, their union. Types only, importing no slice,
 * so the slices (which need AppState for zustand's `get`) and the store form no import cycle: store.ts → slices →
 * types.ts.
 */
import type { Drawing } from '@/data/drawingFile'
import type { Dataset } from '@/data/dataset'
import type { Tour } from '@/data/schema'
import type { SkinLayout } from '@/domain/paintMarks'
import type { QuizFocus, QuizKind, QuizQuestion } from '@/domain/quiz'
import type { QuizAnswer, QuizResult } from '@/domain/quizScore'
import type { CameraGoal } from './cameraGoal'
import type { Layer, LayerMode, Side, Tab, ViewState } from './viewState'

// ---- the view ---------------------------------------------------------------------------------------------------

/**
 * A view shown instead of the person's own while a tour plays or a quiz drives the body. Edits made meanwhile go
 * to it; ending the tour or quiz drops it, and the person's own view is there as they left it.
 */
export interface Staged {
  by: 'tour' | 'quiz'
  view: ViewState
}

export interface ViewSliceState {
  /** The tour step's or the quiz's view, shown instead of the person's own (the top-level view fields). */
  staged: Staged | null
}

export interface ViewActions {
  /** Selects a muscle (null clears), showing the layer it is drawn in (the deep layer for deep and intermediate). */
  selectMuscle: (
    muscleId: string | null,
    side?: Side,
    layer?: 'superficial' | 'intermediate' | 'deep',
  ) => void
  clearSelection: () => void
  setSide: (side: Side) => void
  toggleOverlay: (muscleId: string) => void
  clearOverlays: () => void
  togglePainRegion: (regionKey: string) => void
  clearPain: () => void
  selectCondition: (conditionId: string | null) => void
  setLayer: (layer: Layer, mode: LayerMode) => void
  setXray: (on: boolean) => void
  setTab: (tab: Tab) => void
  /** Replaces the person's own view (from a link or back/forward), ending a staged view. */
  applyView: (view: ViewState) => void
}

// ---- session: hover, notices, the camera goal ---------------------------------------------------------------------

export interface Hover {
  muscleId: string
  side: 'left' | 'right'
}

export interface Notice {
  id: number
  text: string
}

export interface SessionState {
  hovered: Hover | null
  /** Muscle whose pattern is previewed (hover in a ranked list), drawn on the body. */
  previewMuscleId: string | null
  notices: Notice[]
  /** Where the camera is asked to go (state/cameraGoal.ts): written by intents only, read by the 3D view. */
  cameraGoal: CameraGoal
  /**
   * The camera's azimuth (radians, 0 = in front) after the person turned or moved the view by hand, or null while
   * it shows what it was last asked to (then no view button is the current one while it is a number).
   */
  handAzimuth: number | null
}

export interface SessionActions {
  hoverMuscle: (hover: Hover | null) => void
  previewMuscle: (muscleId: string | null) => void
  notify: (text: string) => void
  dismissNotice: (id: number) => void
}

// ---- chairside, drawing -------------------------------------------------------------------------------------------

/** The chairside dialogs: the patient handout and the dry needling explainer. */
export type ChairsideDialog = 'handout' | 'explainer'

export interface ChairsideState {
  /** Large type, lay words first, clinical detail folded away. */
  presentation: boolean
  /** Muscles selected or overlaid during this visit, in the order first shown. */
  visitMuscleIds: string[]
  chairsideDialog: ChairsideDialog | null
}

export interface ChairsideActions {
  setPresentation: (on: boolean) => void
  togglePresentation: () => void
  /** Adds muscles to the visit list (already listed ones keep their place). */
  recordVisit: (muscleIds: readonly string[]) => void
  /** Leaves a muscle out of the visit list (e.g. shown by mistake). */
  removeVisitMuscle: (muscleId: string) => void
  clearVisit: () => void
  openChairsideDialog: (dialog: ChairsideDialog) => void
  closeChairsideDialog: () => void
}

export type BrushKind = 'aches' | 'sharp' | 'erase'
export type BrushSize = 'small' | 'large'

export interface UndoEntry {
  paint: Uint8Array | null
  painRegionKeys: string[]
  pendingDrawing: Drawing | null
  openedDrawingId: string | null
}

export interface DrawingState {
  /** Drag on the skin paints (instead of turning the body). */
  drawMode: boolean
  brush: BrushKind
  brushSize: BrushSize
  /** The skin as the loaded model has it; null until the 3D model is loaded (or without 3D). */
  skinLayout: SkinLayout | null
  /** Committed per-vertex paint, or null when nothing was painted. */
  paint: Uint8Array | null
  undoStack: UndoEntry[]
  /** A drawing opened before the skin was there (no 3D yet): its marks count until it can be painted. */
  pendingDrawing: Drawing | null
  /** Saved drawing currently open, if any (its id on this device). */
  openedDrawingId: string | null
}

export interface DrawingActions {
  setDrawMode: (on: boolean) => void
  setBrush: (brush: BrushKind) => void
  setBrushSize: (size: BrushSize) => void
  registerSkin: (layout: SkinLayout | null) => void
  /** A finished stroke: the new paint replaces the old one, which can be undone. */
  commitPaint: (paint: Uint8Array) => void
  undo: () => void
  /** Clears the paint and ticked areas (can be undone). */
  clearPaint: () => void
  /** Forgets the current drawing entirely (paint, ticked areas, undo, opened drawing): for the next patient. */
  clearDrawing: () => void
  /**
   * Puts a saved or imported drawing on the body. What was on the body becomes an undo step, so nothing is lost.
   * Returns whether its paint came back exactly, and whether an earlier drawing was kept for Undo.
   */
  openDrawing: (drawing: Drawing, id?: string | null) => { exact: boolean; kept: boolean }
}

// ---- quiz ---------------------------------------------------------------------------------------------------------

export type QuizPhase = 'setup' | 'question' | 'feedback' | 'done'

/** How a quiz is set up in the launcher. */
export interface QuizSettings {
  /** Kinds asked, in turn; every kind for a mixed quiz. */
  kinds: QuizKind[]
  count: number
  focus: QuizFocus
}

/** One run of a quiz. */
export interface QuizRun {
  phase: QuizPhase
  /** The seed the questions came from: the same seed and settings give the same questions. */
  seed: number
  questions: QuizQuestion[]
  /** The question on screen (or just answered). */
  index: number
  /** One per answered question, in order. */
  results: QuizResult[]
  answers: QuizAnswer[]
  /** Muscle id → its layer, to reveal the muscle when it is shown. */
  layers: Record<string, 'superficial' | 'intermediate' | 'deep'>
  /** A "where" question's marks kept while the quiz is paused (another tab open). */
  draft: string[]
}

/** A pattern the quiz draws on the skin (region ids). */
export interface QuizPattern {
  essential: string[]
  spillover: string[]
}

export interface QuizState {
  quiz: QuizRun
  quizSettings: QuizSettings
  /** Big type and large buttons for a projector. */
  quizClassroom: boolean
  /** Whether the 3D body is shown (set once by the app); without it questions use words only. */
  quizHas3d: boolean
  /** A question is open: nothing may name the muscle it is about. */
  quizHidesNames: boolean
  /** Taps on the skin mark areas (painRegionKeys), as in "Where does it hurt?". */
  quizMarksRegions: boolean
  /** Non-null while the quiz drives the body: the pattern drawn instead of the selected muscle's. */
  quizPattern: QuizPattern | null
  /** The muscle the quiz selected, so a selection someone made meanwhile is kept when the quiz lets go. */
  quizSelected: string | null
}

export interface QuizActions {
  setQuizSettings: (patch: Partial<QuizSettings>) => void
  setQuizClassroom: (on: boolean) => void
  setQuizHas3d: (on: boolean) => void
  /** Generates the questions (a random seed unless one is given) and opens the first. */
  startQuiz: (dataset: Dataset, seed?: number) => void
  /** Scores the open question and shows the feedback. Ignored when no question is open. */
  answerQuiz: (answer: QuizAnswer) => void
  /** The next question, or the summary after the last. */
  nextQuizQuestion: () => void
  /** Back to the launcher; the body goes back to how it was. */
  quitQuiz: () => void
  /** The quiz screen closed (another tab): give the body back, keep the run. */
  pauseQuiz: () => void
  /** The quiz screen opened again: show the open question or feedback on the body. */
  resumeQuiz: () => void
}

export type QuizSlice = QuizState & QuizActions

// ---- tours --------------------------------------------------------------------------------------------------------

export interface TourActions {
  /** Shows step `step` (0-based, clamped) of `tour` as the staged view; the person's own view waits under it. */
  showTourStep: (tour: Tour, step: number) => void
  /** Ends the tour: the person's own view shows again (the tour list when the tour was opened from a link). */
  exitTour: () => void
  /**
   * Opens a view from a link or from back/forward. A view with a tour shows that tour step (looked up in `tours`);
   * any other view ends a playing tour and is shown as it is.
   */
  openLinkedView: (view: ViewState, tours?: ReadonlyMap<string, Tour>) => void
}

// ---- the whole store ----------------------------------------------------------------------------------------------

export type AppState = ViewState &
  ViewSliceState &
  ViewActions &
  SessionState &
  SessionActions &
  ChairsideState &
  ChairsideActions &
  DrawingState &
  DrawingActions &
  QuizSlice &
  TourActions
