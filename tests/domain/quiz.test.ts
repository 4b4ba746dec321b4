import { describe, expect, it } from 'vitest'
import { readDataDir } from '@/data/readDataFromDisk'
import { buildDataset } from '@/data/validate'
import {
  distractorsFor,
  focusChoices,
  generateQuiz,
  nameMuscleQuestion,
  quizPool,
  whereReferQuestion,
  whichMuscleQuestion,
} from '@/domain/quiz'
import { FALSE_POSITIVE_PENALTY, scoreAnswer, summarize } from '@/domain/quizScore'
import { referralRegionsOf } from '@/domain/referral'
import { seededRng, shuffled } from '@/domain/rng'
import { tinyDataset as ds } from '../fixtures/tinyDataset'

describe('seeded RNG', () => {
  it('replays the same sequence for the same seed', () => {
    const a = seededRng(7)
    const b = seededRng(7)
    const xs = Array.from({ length: 5 }, () => a())
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs)
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(shuffled(seededRng(1), [1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5])
  })
})

describe('"which muscle refers pain here?"', () => {
  const q = whichMuscleQuestion(ds, seededRng(1), 'supinator', 3)
  it('shows the pattern and offers the answer among distinct options', () => {
    expect(q).toMatchObject({ kind: 'which-muscle', answer: 'supinator', essential: ['lateral-epicondyle'] })
    expect(q.spillover).toEqual(['back-of-forearm', 'back-of-hand'])
    expect([...q.options].sort()).toEqual(['piriformis', 'supinator', 'upper-trapezius'])
  })
  it('scores a right answer 1 and a wrong one 0', () => {
    expect(scoreAnswer(q, { muscleId: 'supinator' })).toMatchObject({ score: 1, correct: true })
    expect(scoreAnswer(q, { muscleId: 'piriformis' })).toMatchObject({ score: 0, correct: false })
    expect(scoreAnswer(q, { regionKeys: ['temple.L'] }).score).toBe(0)
  })
})

describe('"where does this muscle refer?"', () => {
  const q = whereReferQuestion(ds, 'piriformis') // essential: sacroiliac, buttock; spillover: back-of-thigh, coccyx
  it('essential hits earn full credit, whichever side is painted', () => {
    expect(scoreAnswer(q, { regionKeys: ['sacroiliac.L', 'buttock.R'] })).toMatchObject({
      score: 1,
      correct: true,
    })
    const all = scoreAnswer(q, { regionKeys: ['sacroiliac.L', 'buttock.L', 'back-of-thigh.L', 'coccyx'] })
    expect(all.score).toBe(1)
    expect(all.painted).toEqual({
      essential: ['sacroiliac', 'buttock'],
      spillover: ['back-of-thigh', 'coccyx'],
      missed: [],
      extra: [],
    })
  })
  it('spillover alone earns partial credit; missing essentials lower the score', () => {
    const spill = scoreAnswer(q, { regionKeys: ['coccyx'] })
    expect(spill.score).toBeCloseTo(0.4 / 2.4)
    expect(spill.correct).toBe(false)
    expect(scoreAnswer(q, { regionKeys: ['buttock.L'] }).score).toBe(0.5)
  })
  it('false positives are penalised; a wrong answer scores 0', () => {
    const oneExtra = scoreAnswer(q, { regionKeys: ['sacroiliac.L', 'buttock.L', 'temple.L'] })
    expect(oneExtra.score).toBeCloseTo(1 - FALSE_POSITIVE_PENALTY / 2)
    expect(oneExtra.painted?.extra).toEqual(['temple'])
    expect(scoreAnswer(q, { regionKeys: ['temple.L', 'jaw.L'] })).toMatchObject({ score: 0, correct: false })
    expect(scoreAnswer(q, { regionKeys: [] }).score).toBe(0)
    expect(scoreAnswer(q, { muscleId: 'piriformis' }).score).toBe(0)
  })
})

describe('"name the highlighted muscle"', () => {
  const q = nameMuscleQuestion(ds, seededRng(3), 'upper-trapezius', 3)
  it('offers the highlighted muscle among the options and scores right and wrong', () => {
    expect(q.options).toContain('upper-trapezius')
    expect(new Set(q.options).size).toBe(3)
    expect(scoreAnswer(q, { muscleId: 'upper-trapezius' })).toMatchObject({ score: 1, correct: true })
    expect(scoreAnswer(q, { muscleId: 'supinator' })).toMatchObject({ score: 0, correct: false })
  })
})

describe('generateQuiz and summarize', () => {
  it('is deterministic for a seed, cycles kinds and never repeats a muscle', () => {
    const a = generateQuiz(ds, seededRng(42), { count: 3, optionCount: 3 })
    expect(generateQuiz(ds, seededRng(42), { count: 3, optionCount: 3 })).toEqual(a)
    expect(a.map((q) => q.kind)).toEqual(['which-muscle', 'where-refer', 'name-muscle'])
    expect(new Set(a.map((q) => q.id.split(':')[1])).size).toBe(3)
    expect(generateQuiz(ds, seededRng(1), { count: 10 })).toHaveLength(3)
    expect(generateQuiz(ds, seededRng(1), { pool: ['supinator', 'nope'] }).map((q) => q.id)).toEqual([
      'which-muscle:supinator',
    ])
  })

  it('summarizes scores, kinds and muscles to review', () => {
    const quiz = generateQuiz(ds, seededRng(42), { count: 3, optionCount: 3 })
    const results = quiz.map((q) =>
      q.kind === 'where-refer'
        ? scoreAnswer(q, { regionKeys: q.essential.slice(0, 1) })
        : scoreAnswer(q, { muscleId: q.answer }),
    )
    const summary = summarize(results)
    expect(summary).toMatchObject({ questions: 3, correct: 2 })
    expect(summary.byKind['which-muscle']).toEqual({ questions: 1, percent: 100 })
    expect(summary.toReview).toEqual([quiz[1]!.id.split(':')[1]])
    expect(summarize([])).toMatchObject({ questions: 0, correct: 0, percent: 0, toReview: [] })
  })
})

describe('distractors on the real data', () => {
  const real = buildDataset(readDataDir(process.cwd()))
  it('are plausible (overlapping pattern) but never an equally right answer', () => {
    for (let seed = 0; seed < 20; seed++) {
      const d = distractorsFor(real, seededRng(seed), 'anterior-scalene', 3, 'pattern')
      expect(d).toHaveLength(3)
      expect(d).not.toContain('middle-scalene') // same essential zone: would also be right
      expect(d).not.toContain('posterior-scalene')
    }
    const near = distractorsFor(real, seededRng(5), 'supinator', 3, 'pattern')
    const sharesRegion = (id: string) =>
      referralRegionsOf(real, id).essential.includes('lateral-epicondyle') ||
      referralRegionsOf(real, id).spillover.includes('lateral-epicondyle')
    expect(near.every(sharesRegion)).toBe(true)
    const area = distractorsFor(real, seededRng(5), 'soleus', 3, 'area')
    expect(
      area.every((id) => real.musclesById.get(id)?.bodyArea === real.musclesById.get('soleus')?.bodyArea),
    ).toBe(true)
  })
})

describe('quiz focus: a body area or a condition', () => {
  it('pools the muscles of an area or a condition, in dataset order', () => {
    expect(quizPool(ds, { kind: 'all' })).toEqual(ds.muscles.map((m) => m.id))
    expect(quizPool(ds, { kind: 'area', area: 'forearm' })).toEqual(['supinator'])
    expect(quizPool(ds, { kind: 'condition', conditionId: 'tennis-elbow' })).toEqual(['supinator'])
    expect(quizPool(ds, { kind: 'condition', conditionId: 'no-such-condition' })).toEqual([])
    const quiz = generateQuiz(ds, seededRng(2), {
      count: 5,
      pool: quizPool(ds, { kind: 'area', area: 'neck' }),
    })
    expect(quiz.map((q) => q.id)).toEqual(['which-muscle:upper-trapezius'])
  })
  it('offers only areas and conditions with enough muscles for a quiz', () => {
    expect(
      focusChoices(ds, 1)
        .areas.map((a) => a.area)
        .sort(),
    ).toEqual(['forearm', 'hip', 'neck'])
    expect(focusChoices(ds, 2)).toEqual({ areas: [], conditions: [] })
    const real = buildDataset(readDataDir(process.cwd()))
    const { areas, conditions } = focusChoices(real)
    expect(areas.length).toBeGreaterThan(3)
    expect(conditions.length).toBeGreaterThan(3)
    for (const a of areas) expect(quizPool(real, { kind: 'area', area: a.area })).toHaveLength(a.count)
  })
})
