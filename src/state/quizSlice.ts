/**
 * The quiz: its settings, the questions of the current run, the answers and results, and what the 3D body
 * shows for each question. While a quiz drives the body (`quizPattern` is not null) the selection is locked
 * (clicks on the body do not select or clear), the drawn pattern is the quiz's own (the selected muscle's pattern
 * is not drawn), and, while a question is open, names are hidden everywhere (`quizHidesNames`: hover label,
 * selection bar, status, the 3D view's label and the link). Questions come from the pure engine (domain/quiz).
 */
import type { StateCreator } from 'zustand'
import type { QuizKind, QuizQuestion } from '@/domain/quiz'
import { QUIZ_KINDS, generateQuiz, quizPool } from '@/domain/quiz'
import type { QuizAnswer } from '@/domain/quizScore'
import { scoreAnswer } from '@/domain/quizScore'
import { seededRng } from '@/domain/rng'
import { cameraIntents } from './camera'
import { ownView, patchView, presentedState } from './presented'
import type { AppState, QuizRun, QuizSettings, QuizSlice, QuizState } from './types'
import type { ViewState } from './viewState'

export type {
  QuizActions,
  QuizPattern,
  QuizPhase,
  QuizRun,
  QuizSettings,
  QuizSlice,
  QuizState,
} from './types'

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
  const camera = cameraIntents({ getState: get, setState: set })

  /** Takes the body: a copy of what is shown becomes the quiz's staged view (once per hold). */
  const hold = () => {
    const s = get()
    if (s.staged?.by === 'quiz') return
    set({ staged: { by: 'quiz', view: { ...ownView(presentedState(s)), tour: null } } })
  }

  /** Gives the body back: flags off, the staged view dropped (a selection made meanwhile is kept). */
  const release = () => {
    const s = get()
    const flagsOff = { quizHidesNames: false, quizMarksRegions: false, quizPattern: null, quizSelected: null }
    if (s.staged?.by !== 'quiz') return set(flagsOff)
    const { selectedMuscleId, side } = s.staged.view
    const kept = selectedMuscleId !== s.quizSelected ? { selectedMuscleId, side } : {}
    set({ ...flagsOff, staged: null, ...kept })
    camera.showPresentedPreset()
  }

  /** Sets the quiz's flags and edits its staged view. */
  const show = (flags: Partial<AppState>, view: Partial<ViewState>) =>
    set((s) => ({ ...flags, ...patchView(s, view) }))

  const select = (muscleId: string) => {
    get().selectMuscle(muscleId, 'both', get().quiz.layers[muscleId])
    set({ quizSelected: muscleId })
    camera.faceMuscle(muscleId, 'both')
  }

  /** What the body shows while question `q` is open. */
  const showQuestion = (q: QuizQuestion) => {
    hold()
    const flags = { quizHidesNames: true, previewMuscleId: null, hovered: null }
    const view = { overlayMuscleIds: [], layers: { ...ownView(get()).layers } }
    if (q.kind === 'which-muscle') {
      show(
        {
          ...flags,
          quizSelected: null,
          quizMarksRegions: false,
          quizPattern: { essential: [...q.essential], spillover: [...q.spillover] },
        },
        { ...view, selectedMuscleId: null, side: 'both', painRegionKeys: [] },
      )
      camera.facePattern(q.essential)
    } else if (q.kind === 'where-refer') {
      show(
        { ...flags, quizMarksRegions: true, quizPattern: { essential: [], spillover: [] } },
        { ...view, painRegionKeys: [...get().quiz.draft] },
      )
      select(q.muscleId)
    } else {
      show(
        { ...flags, quizMarksRegions: false, quizPattern: { essential: [], spillover: [] } },
        { ...view, painRegionKeys: [] },
      )
      select(q.muscleId)
      // A deeper muscle is seen through see-through superficial muscles.
      if (get().quiz.layers[q.muscleId] !== 'superficial') get().setLayer('superficial', 'ghost')
      camera.focusSelection()
    }
  }

  /** What the body shows after question `q` was answered with `answer`: the answer, named. */
  const showFeedback = (q: QuizQuestion, answer: QuizAnswer | undefined) => {
    hold()
    const flags = { quizHidesNames: false, quizMarksRegions: false, previewMuscleId: null }
    if (q.kind === 'which-muscle') {
      show(
        { ...flags, quizPattern: { essential: [...q.essential], spillover: [...q.spillover] } },
        { overlayMuscleIds: [], painRegionKeys: [] },
      )
      select(q.answer)
    } else if (q.kind === 'where-refer') {
      const marks = answer && 'regionKeys' in answer ? [...answer.regionKeys] : []
      show(
        { ...flags, quizPattern: { essential: [...q.essential], spillover: [...q.spillover] } },
        { overlayMuscleIds: [], painRegionKeys: marks },
      )
      select(q.muscleId)
      camera.facePattern(q.essential)
    } else {
      show(
        { ...flags, quizPattern: { essential: [], spillover: [] } },
        { overlayMuscleIds: [], painRegionKeys: [] },
      )
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
        setRun({ draft: [...presentedState(s).painRegionKeys] })
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
