/**
 * The quiz: its settings, the questions of the current run, the answers and results, and what the 3D body
 * shows for each question. While a quiz drives the body (`quizPattern` is not null) the selection is locked
 * (clicks on the body do not select or clear), the drawn pattern is the quiz's own (the selected muscle's pattern
 * is not drawn), and, while a question is open, names are hidden everywhere (`quizHidesNames`: hover label,
 * selection bar, status, the 3D view's label and the link). Questions come from the pure engine (domain/quiz).
 */
import type { StateCreator } from 'zustand'
import type { Dataset } from '@/data/dataset'
import type { QuizFocus, QuizKind, QuizQuestion } from '@/domain/quiz'
import { QUIZ_KINDS, generateQuiz, quizPool } from '@/domain/quiz'
import type { QuizAnswer, QuizResult } from '@/domain/quizScore'
import { scoreAnswer } from '@/domain/quizScore'
import { seededRng } from '@/domain/rng'
import type { AppState } from './store'
import type { CameraPreset, Layer, LayerMode, Side } from './viewState'

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

/** The part of the view the quiz changes, kept to put back when the quiz lets go of the body. */
interface SavedView {
  selectedMuscleId: string | null
  side: Side
  overlayMuscleIds: string[]
  painRegionKeys: string[]
  layers: Record<Layer, LayerMode>
  camera: CameraPreset
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
  /** The view before the quiz took the body; null when it does not hold it. */
  quizSavedView: SavedView | null
  /** The muscle the quiz selected, so a selection someone made meanwhile is not undone. */
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

/** Kinds that can be asked: without the 3D body, "name the highlighted muscle" cannot be. */
export function playableKinds(kinds: readonly QuizKind[], has3d: boolean): QuizKind[] {
  const chosen = kinds.length ? kinds : [...QUIZ_KINDS]
  const ok = has3d ? [...chosen] : chosen.filter((k) => k !== 'name-muscle')
  return ok.length ? ok : QUIZ_KINDS.filter((k) => has3d || k !== 'name-muscle')
}

/** The current question, if a run has one. */
export function currentQuestion(s: Pick<QuizState, 'quiz'>): QuizQuestion | undefined {
  return s.quiz.phase === 'question' || s.quiz.phase === 'feedback'
    ? s.quiz.questions[s.quiz.index]
    : undefined
}

const randomSeed = () => Math.floor(Math.random() * 9000) + 1000

const IDLE_RUN: QuizRun = {
  phase: 'setup',
  seed: 0,
  questions: [],
  index: 0,
  results: [],
  answers: [],
  layers: {},
  draft: [],
}

export const DEFAULT_QUIZ_SETTINGS: QuizSettings = {
  kinds: [...QUIZ_KINDS],
  count: 5,
  focus: { kind: 'all' },
}

export const createQuizSlice: StateCreator<AppState, [], [], QuizSlice> = (set, get) => {
  /** Keeps the view to put back later (once per hold of the body). */
  const hold = () => {
    const s = get()
    if (s.quizSavedView) return
    set({
      quizSavedView: {
        selectedMuscleId: s.selectedMuscleId,
        side: s.side,
        overlayMuscleIds: [...s.overlayMuscleIds],
        painRegionKeys: [...s.painRegionKeys],
        layers: { ...s.layers },
        camera: s.camera,
      },
    })
  }

  /** Gives the body back: flags off, the saved view restored (a selection made meanwhile is kept). */
  const release = () => {
    const s = get()
    const saved = s.quizSavedView
    const flagsOff = { quizHidesNames: false, quizMarksRegions: false, quizPattern: null, quizSelected: null }
    if (!saved) return set(flagsOff)
    const selectionOurs = s.selectedMuscleId === s.quizSelected
    set({
      ...flagsOff,
      quizSavedView: null,
      overlayMuscleIds: saved.overlayMuscleIds,
      painRegionKeys: saved.painRegionKeys,
      layers: saved.layers,
      camera: saved.camera,
      ...(selectionOurs ? { selectedMuscleId: saved.selectedMuscleId, side: saved.side } : {}),
    })
    get().requestCamera()
  }

  const select = (muscleId: string) => {
    const layer = get().quiz.layers[muscleId]
    get().selectMuscle(muscleId, 'both', layer === 'superficial' ? 'superficial' : 'deep')
    set({ quizSelected: muscleId })
  }

  /** What the body shows while question `q` is open. */
  const showQuestion = (q: QuizQuestion) => {
    hold()
    const saved = get().quizSavedView
    const base = {
      quizHidesNames: true,
      overlayMuscleIds: [],
      previewMuscleId: null,
      hovered: null,
      ...(saved ? { layers: { ...saved.layers } } : {}),
    }
    if (q.kind === 'which-muscle') {
      set({
        ...base,
        selectedMuscleId: null,
        side: 'both',
        quizSelected: null,
        painRegionKeys: [],
        quizMarksRegions: false,
        quizPattern: { essential: [...q.essential], spillover: [...q.spillover] },
      })
      get().facePattern(q.essential)
    } else if (q.kind === 'where-refer') {
      const draft = get().quiz.draft
      set({
        ...base,
        painRegionKeys: [...draft],
        quizMarksRegions: true,
        quizPattern: { essential: [], spillover: [] },
      })
      select(q.muscleId)
    } else {
      set({
        ...base,
        painRegionKeys: [],
        quizMarksRegions: false,
        quizPattern: { essential: [], spillover: [] },
      })
      select(q.muscleId)
      // A deeper muscle is seen through see-through superficial muscles.
      if (get().quiz.layers[q.muscleId] !== 'superficial') get().setLayer('superficial', 'ghost')
      get().focusSelection()
    }
  }

  /** What the body shows after question `q` was answered with `answer`: the answer, named. */
  const showFeedback = (q: QuizQuestion, answer: QuizAnswer | undefined) => {
    hold()
    set({ quizHidesNames: false, quizMarksRegions: false, overlayMuscleIds: [], previewMuscleId: null })
    if (q.kind === 'which-muscle') {
      set({ painRegionKeys: [], quizPattern: { essential: [...q.essential], spillover: [...q.spillover] } })
      select(q.answer)
    } else if (q.kind === 'where-refer') {
      const marks = answer && 'regionKeys' in answer ? [...answer.regionKeys] : []
      set({
        painRegionKeys: marks,
        quizPattern: { essential: [...q.essential], spillover: [...q.spillover] },
      })
      select(q.muscleId)
      get().facePattern(q.essential)
    } else {
      set({ painRegionKeys: [], quizPattern: { essential: [], spillover: [] } })
      select(q.muscleId)
      if (get().quiz.layers[q.muscleId] !== 'superficial') get().setLayer('superficial', 'ghost')
    }
  }

  const setRun = (patch: Partial<QuizRun>) => set((s) => ({ quiz: { ...s.quiz, ...patch } }))

  return {
    quiz: IDLE_RUN,
    quizSettings: DEFAULT_QUIZ_SETTINGS,
    quizClassroom: false,
    quizHas3d: true,
    quizHidesNames: false,
    quizMarksRegions: false,
    quizPattern: null,
    quizSavedView: null,
    quizSelected: null,

    setQuizSettings: (patch) => set((s) => ({ quizSettings: { ...s.quizSettings, ...patch } })),
    setQuizClassroom: (quizClassroom) => set({ quizClassroom }),
    setQuizHas3d: (quizHas3d) => set({ quizHas3d }),

    startQuiz: (dataset, seed = randomSeed()) => {
      const { quizSettings: settings, quizHas3d } = get()
      const kinds = playableKinds(settings.kinds, quizHas3d)
      const questions = generateQuiz(dataset, seededRng(seed), {
        count: settings.count,
        kinds,
        pool: quizPool(dataset, settings.focus),
      })
      const layers = Object.fromEntries(
        questions.flatMap((q) => {
          const ids = q.kind === 'which-muscle' ? [q.answer] : [q.muscleId]
          return ids.map((id) => [id, dataset.musclesById.get(id)?.layer ?? 'superficial'])
        }),
      )
      set({
        quiz: {
          phase: questions.length ? 'question' : 'setup',
          seed,
          questions,
          index: 0,
          results: [],
          answers: [],
          layers,
          draft: [],
        },
      })
      const first = questions[0]
      if (first) showQuestion(first)
    },

    answerQuiz: (answer) => {
      const s = get()
      const q = currentQuestion(s)
      if (!q || s.quiz.phase !== 'question') return
      const result = scoreAnswer(q, answer)
      setRun({
        phase: 'feedback',
        results: [...s.quiz.results, result],
        answers: [...s.quiz.answers, answer],
        draft: [],
      })
      if (s.quizPattern) showFeedback(q, answer)
    },

    nextQuizQuestion: () => {
      const { quiz, quizPattern } = get()
      if (quiz.phase !== 'feedback') return
      const index = quiz.index + 1
      const q = quiz.questions[index]
      if (!q) {
        setRun({ phase: 'done' })
        release()
        return
      }
      setRun({ phase: 'question', index, draft: [] })
      if (quizPattern) showQuestion(q)
    },

    quitQuiz: () => {
      set({ quiz: IDLE_RUN })
      release()
    },

    pauseQuiz: () => {
      const s = get()
      const q = currentQuestion(s)
      if (s.quiz.phase === 'question' && q?.kind === 'where-refer' && s.quizPattern)
        setRun({ draft: [...s.painRegionKeys] })
      release()
    },

    resumeQuiz: () => {
      const s = get()
      const q = currentQuestion(s)
      if (!q || s.quizPattern) return
      if (s.quiz.phase === 'question') showQuestion(q)
      else showFeedback(q, s.quiz.answers[s.quiz.index])
    },
  }
}
