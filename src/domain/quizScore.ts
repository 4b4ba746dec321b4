/**
 * Scoring quiz answers (0..1 each) and the end-of-quiz summary. Pure functions.
 * Painted answers: essential regions earn a full point, spillover regions a partial point (LEVEL_WEIGHT) and
 * are never counted wrong, regions outside the pattern cost FALSE_POSITIVE_PENALTY; missing essential regions
 * lower the score.
 */
import type { QuizKind, QuizQuestion } from './quiz'
import { LEVEL_WEIGHT } from './referral'
import { parseRegionKey } from '@/data/regionKeys'

/** The learner's answer: a chosen muscle for the multiple-choice kinds, painted region keys for "where". */
export type QuizAnswer = { muscleId: string } | { regionKeys: readonly string[] }

/** Points lost per painted region outside the muscle's pattern. */
export const FALSE_POSITIVE_PENALTY = 0.5
/** A painted answer at or above this score counts as correct. */
export const PAINT_PASS_MARK = 0.7

/** A scored answer. For painted answers, which region ids were hit, missed or extra. */
export interface QuizResult {
  questionId: string
  kind: QuizKind
  /** The muscle the question was about. */
  muscleId: string
  /** 0..1. */
  score: number
  correct: boolean
  painted?: { essential: string[]; spillover: string[]; missed: string[]; extra: string[] }
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x))

/** Scores one answer. An answer of the wrong shape for the question scores 0. */
export function scoreAnswer(question: QuizQuestion, answer: QuizAnswer): QuizResult {
  const muscleId = question.kind === 'which-muscle' ? question.answer : question.muscleId
  const base = { questionId: question.id, kind: question.kind, muscleId }
  if (question.kind !== 'where-refer') {
    const right = 'muscleId' in answer && answer.muscleId === question.answer
    return { ...base, score: right ? 1 : 0, correct: right }
  }
  const keys = 'regionKeys' in answer ? answer.regionKeys : []
  const ids = [...new Set(keys.map((k) => parseRegionKey(k).regionId))]
  const essential = ids.filter((r) => question.essential.includes(r))
  const spillover = ids.filter((r) => question.spillover.includes(r))
  const extra = ids.filter((r) => !question.essential.includes(r) && !question.spillover.includes(r))
  const missed = question.essential.filter((r) => !ids.includes(r))
  const spill = spillover.length * LEVEL_WEIGHT.spillover
  const points = essential.length + spill - extra.length * FALSE_POSITIVE_PENALTY
  const score = clamp01(points / (question.essential.length + spill))
  return {
    ...base,
    score,
    correct: score >= PAINT_PASS_MARK,
    painted: { essential, spillover, missed, extra },
  }
}

/** End-of-quiz summary. */
export interface QuizSummary {
  questions: number
  correct: number
  /** Mean score, 0..100, rounded. */
  percent: number
  byKind: Record<QuizKind, { questions: number; percent: number }>
  /** Muscles whose questions were not fully right, to look at again (in question order, no repeats). */
  toReview: string[]
}

/** Sums up a list of results (an empty list gives 0 questions and 0%). */
export function summarize(results: readonly QuizResult[]): QuizSummary {
  const pct = (rs: readonly QuizResult[]) =>
    rs.length ? Math.round((100 * rs.reduce((s, r) => s + r.score, 0)) / rs.length) : 0
  const kindSummary = (kind: QuizKind) => {
    const rs = results.filter((r) => r.kind === kind)
    return { questions: rs.length, percent: pct(rs) }
  }
  const correct = results.filter((r) => r.correct).length
  const percent = pct(results)
  const toReview = [...new Set(results.filter((r) => r.score < 1).map((r) => r.muscleId))]
  return {
    questions: results.length,
    correct,
    percent,
    byKind: {
      'which-muscle': kindSummary('which-muscle'),
      'where-refer': kindSummary('where-refer'),
      'name-muscle': kindSummary('name-muscle'),
    },
    toReview,
  }
}
