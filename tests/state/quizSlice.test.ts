import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { generateQuiz, quizPool } from '@/domain/quiz'
import { muscleStyle, patternsShown, skinStyle } from '@/state/appearance'
import { seededRng } from '@/domain/rng'
import { currentQuestion, playableKinds } from '@/state/quizSlice'
import { useAppStore } from '@/state/store'
import { presentedState, selectView } from '@/state/presented'
import { selectPatternMuscleIds } from '@/state/patterns'
import { tinyDataset as ds } from '../fixtures/tinyDataset'
import { withRealBody } from './realBody'

/** The store as presented: the quiz's staged view while it drives the body. */
const s = () => presentedState(useAppStore.getState())

beforeAll(withRealBody)
beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true))

describe('quiz slice: start → answer → score', () => {
  it('a seeded start gives the engine’s questions, and the same seed replays them', () => {
    s().setQuizSettings({ count: 3, kinds: ['which-muscle'] })
    s().startQuiz(ds, 42)
    const expected = generateQuiz(ds, seededRng(42), {
      count: 3,
      kinds: ['which-muscle'],
      pool: quizPool(ds, { kind: 'all' }),
    })
    expect(s().quiz.questions).toEqual(expected)
    expect(s().quiz).toMatchObject({ phase: 'question', index: 0, seed: 42, results: [] })
    const ids = s().quiz.questions.map((q) => q.id)
    s().quitQuiz()
    s().startQuiz(ds, 42)
    expect(s().quiz.questions.map((q) => q.id)).toEqual(ids)
  })

  it('scores right and wrong answers, then sums up at the end', () => {
    s().setQuizSettings({ count: 3, kinds: ['which-muscle'] })
    s().startQuiz(ds, 7)
    const q1 = currentQuestion(s())
    if (q1?.kind !== 'which-muscle') throw new Error('expected a which-muscle question')
    s().answerQuiz({ muscleId: q1.answer })
    expect(s().quiz.phase).toBe('feedback')
    expect(s().quiz.results[0]).toMatchObject({ correct: true, score: 1, muscleId: q1.answer })
    s().answerQuiz({ muscleId: 'nobody' }) // a second answer to the same question is ignored
    expect(s().quiz.results).toHaveLength(1)
    s().nextQuizQuestion()
    const q2 = currentQuestion(s())
    if (q2?.kind !== 'which-muscle') throw new Error('expected a which-muscle question')
    const wrong = q2.options.find((o) => o !== q2.answer)!
    s().answerQuiz({ muscleId: wrong })
    expect(s().quiz.results[1]).toMatchObject({ correct: false, score: 0 })
    s().nextQuizQuestion()
    s().answerQuiz({ muscleId: 'not-a-muscle' })
    s().nextQuizQuestion()
    expect(s().quiz.phase).toBe('done')
    expect(s().quiz.results.map((r) => r.correct)).toEqual([true, false, false])
  })

  it('"where" answers are scored by overlap with the pattern', () => {
    s().setQuizSettings({ count: 3, kinds: ['where-refer'], focus: { kind: 'area', area: 'hip' } })
    s().startQuiz(ds, 1)
    const q = currentQuestion(s())
    expect(q).toMatchObject({ kind: 'where-refer', muscleId: 'piriformis' })
    expect(s().quizMarksRegions).toBe(true)
    // The learner taps two areas on the body: the same marks the "Where does it hurt?" tab uses.
    s().togglePainRegion('buttock.L')
    s().togglePainRegion('sacroiliac.R')
    s().answerQuiz({ regionKeys: s().painRegionKeys })
    expect(s().quiz.results[0]).toMatchObject({ score: 1, correct: true })
    expect(s().quiz.results[0]?.painted?.missed).toEqual([])
  })
})

describe('quiz slice: what the body shows', () => {
  it('"which muscle": the pattern is drawn without selecting (or naming) the muscle', () => {
    s().selectMuscle('supinator')
    s().togglePainRegion('temple.L')
    s().setQuizSettings({ count: 1, kinds: ['which-muscle'], focus: { kind: 'area', area: 'hip' } })
    s().startQuiz(ds, 3)
    expect(s().selectedMuscleId).toBeNull()
    expect(s().quizPattern).toEqual({
      essential: ['sacroiliac', 'buttock'],
      spillover: ['back-of-thigh', 'coccyx'],
    })
    expect(s().quizHidesNames).toBe(true)
    expect(selectPatternMuscleIds(s())).toEqual([])
    // The camera is asked for the view that shows the pattern best (worked out from the way the skin faces).
    expect(s().cameraGoal.aim).toEqual({ kind: 'preset', preset: 'back' })
    expect(s().camera).toBe('back')
    // After the answer the muscle is named and shown.
    s().answerQuiz({ muscleId: 'piriformis' })
    expect(s().quizHidesNames).toBe(false)
    expect(s().selectedMuscleId).toBe('piriformis')
    // The end gives back the view from before the quiz.
    s().nextQuizQuestion()
    expect(s().quiz.phase).toBe('done')
    expect(s().quizPattern).toBeNull()
    expect(s().selectedMuscleId).toBe('supinator')
    expect(s().painRegionKeys).toEqual(['temple.L'])
  })

  it('"name the muscle": the muscle is selected and framed, but the link and names leave it out', () => {
    s().setQuizSettings({ count: 1, kinds: ['name-muscle'], focus: { kind: 'area', area: 'forearm' } })
    s().startQuiz(ds, 3)
    expect(s().selectedMuscleId).toBe('supinator')
    expect(s().cameraGoal.aim).toEqual({ kind: 'focus', muscleId: 'supinator', side: 'both' })
    expect(s().layers.superficial).toBe('ghost') // deep muscle: seen through the superficial ones
    expect(selectView(s()).selectedMuscleId).toBeNull()
    s().answerQuiz({ muscleId: 'supinator' })
    expect(selectView(s()).selectedMuscleId).toBe('supinator')
  })

  it('leaving the tab gives the body back and keeps the run and the marks made so far', () => {
    s().setQuizSettings({ count: 1, kinds: ['where-refer'], focus: { kind: 'area', area: 'hip' } })
    s().startQuiz(ds, 3)
    s().togglePainRegion('buttock.L')
    s().pauseQuiz()
    expect(s().quizHidesNames).toBe(false)
    expect(s().quizPattern).toBeNull()
    expect(s().selectedMuscleId).toBeNull()
    expect(s().painRegionKeys).toEqual([])
    expect(s().quiz.phase).toBe('question')
    s().resumeQuiz()
    expect(s().quizHidesNames).toBe(true)
    expect(s().selectedMuscleId).toBe('piriformis')
    expect(s().painRegionKeys).toEqual(['buttock.L'])
  })

  it('a selection made elsewhere while the quiz held the body is kept when it lets go', () => {
    s().setQuizSettings({ count: 1, kinds: ['name-muscle'], focus: { kind: 'area', area: 'forearm' } })
    s().startQuiz(ds, 3)
    s().selectMuscle('upper-trapezius') // e.g. opened from the search box
    s().pauseQuiz()
    expect(s().selectedMuscleId).toBe('upper-trapezius')
  })

  it('without the 3D body "name the muscle" is not asked', () => {
    expect(playableKinds(['name-muscle'], false)).toEqual(['which-muscle', 'where-refer'])
    expect(playableKinds(['which-muscle', 'name-muscle'], false)).toEqual(['which-muscle'])
    expect(playableKinds([], true)).toEqual(['which-muscle', 'where-refer', 'name-muscle'])
    s().setQuizHas3d(false)
    s().setQuizSettings({ count: 3, kinds: ['name-muscle'] })
    s().startQuiz(ds, 5)
    expect(s().quiz.questions.map((q) => q.kind)).not.toContain('name-muscle')
  })
})

describe('appearance while a quiz drives the body', () => {
  const part = (muscleId: string) => ({ muscleId, side: 'left' as const, layer: 'superficial' as const })
  it('"where": taps reach the skin (muscles take no clicks) and the named muscle is see-through', () => {
    s().setQuizSettings({ count: 1, kinds: ['where-refer'], focus: { kind: 'area', area: 'neck' } })
    s().startQuiz(ds, 1)
    expect(patternsShown(s())).toBe(true)
    expect(skinStyle(s())).toMatchObject({ visible: true, pickable: true })
    expect(muscleStyle(s(), part('upper-trapezius'))).toMatchObject({
      visible: true,
      opacity: 0.45,
      pickable: false,
    })
    expect(muscleStyle(s(), part('supinator')).visible).toBe(false)
  })
  it('"name it": the muscle is seen among the others, and none can be clicked', () => {
    s().setQuizSettings({ count: 1, kinds: ['name-muscle'], focus: { kind: 'area', area: 'neck' } })
    s().startQuiz(ds, 1)
    expect(patternsShown(s())).toBe(false)
    expect(muscleStyle(s(), part('upper-trapezius'))).toMatchObject({
      visible: true,
      opacity: 1,
      pickable: false,
    })
    expect(muscleStyle(s(), part('supinator'))).toMatchObject({ visible: true, pickable: false })
  })
})
