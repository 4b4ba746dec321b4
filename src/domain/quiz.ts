/**
 * Quiz questions over the dataset, generated with a seeded RNG so a quiz can be replayed:
 * "which muscle refers pain here?", "where does this muscle refer?" (the learner paints), and
 * "name the highlighted muscle". Scoring is in quizScore.ts. Pure functions.
 */
import type { Dataset } from '@/data/dataset'
import { musclesReferringTo, referralRegionsOf } from './referral'
import type { Rng } from './rng'
import { shuffled } from './rng'

/** The pattern is shown on the body; choose the muscle it belongs to. */
export interface WhichMuscleQuestion {
  kind: 'which-muscle'
  id: string
  /** Region ids to paint as the essential and spillover zones. */
  essential: string[]
  spillover: string[]
  /** Muscle ids, shuffled; exactly one is the answer. */
  options: string[]
  answer: string
}

/** A muscle is named and shown; the learner paints where it sends pain (region keys). */
export interface WhereReferQuestion {
  kind: 'where-refer'
  id: string
  muscleId: string
  essential: string[]
  spillover: string[]
}

/** A muscle is highlighted on the body; choose its name. */
export interface NameMuscleQuestion {
  kind: 'name-muscle'
  id: string
  /** The highlighted muscle (also the answer). */
  muscleId: string
  options: string[]
  answer: string
}

/** Any quiz question; `kind` tells which. */
export type QuizQuestion = WhichMuscleQuestion | WhereReferQuestion | NameMuscleQuestion
/** The three kinds of question. */
export type QuizKind = QuizQuestion['kind']
/** Every kind, in the order a mixed quiz cycles through them. */
export const QUIZ_KINDS: readonly QuizKind[] = ['which-muscle', 'where-refer', 'name-muscle']

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x))

/**
 * Distractors that look plausible but are not also right: muscles whose patterns overlap the answer's
 * (for "which muscle") or that sit in the same body area (for "name it"), excluding any muscle with the same
 * essential zone as the answer. Topped up at random from the rest of the dataset when too few.
 */
export function distractorsFor(
  dataset: Dataset,
  rng: Rng,
  muscleId: string,
  count: number,
  by: 'pattern' | 'area',
): string[] {
  const essential = referralRegionsOf(dataset, muscleId).essential
  const area = dataset.musclesById.get(muscleId)?.bodyArea
  const eligible = (id: string) =>
    id !== muscleId && !sameSet(referralRegionsOf(dataset, id).essential, essential)
  const near =
    by === 'pattern'
      ? musclesReferringTo(dataset, essential).map((m) => m.muscleId)
      : dataset.muscles.filter((m) => m.bodyArea === area).map((m) => m.id)
  const first = shuffled(rng, near.filter(eligible).slice(0, count * 2)).slice(0, count)
  const rest = shuffled(
    rng,
    dataset.muscles.map((m) => m.id).filter((id) => eligible(id) && !first.includes(id)),
  )
  return [...first, ...rest].slice(0, count)
}

/** "Which muscle refers pain here?" for a muscle, with `optionCount` options (answer included). */
export function whichMuscleQuestion(
  dataset: Dataset,
  rng: Rng,
  muscleId: string,
  optionCount = 4,
): WhichMuscleQuestion {
  const { essential, spillover } = referralRegionsOf(dataset, muscleId)
  const options = shuffled(rng, [
    muscleId,
    ...distractorsFor(dataset, rng, muscleId, optionCount - 1, 'pattern'),
  ])
  const id = `which-muscle:${muscleId}`
  return {
    kind: 'which-muscle',
    id,
    essential,
    spillover,
    options,
    answer: muscleId,
  }
}

/** "Where does this muscle refer?": the learner paints region keys. */
export function whereReferQuestion(dataset: Dataset, muscleId: string): WhereReferQuestion {
  const { essential, spillover } = referralRegionsOf(dataset, muscleId)
  return { kind: 'where-refer', id: `where-refer:${muscleId}`, muscleId, essential, spillover }
}

/** "Name the highlighted muscle", with distractors from the same body area. */
export function nameMuscleQuestion(
  dataset: Dataset,
  rng: Rng,
  muscleId: string,
  optionCount = 4,
): NameMuscleQuestion {
  const options = shuffled(rng, [
    muscleId,
    ...distractorsFor(dataset, rng, muscleId, optionCount - 1, 'area'),
  ])
  const id = `name-muscle:${muscleId}`
  return { kind: 'name-muscle', id, muscleId, options, answer: muscleId }
}

/** Options for a whole quiz. */
export interface QuizOptions {
  /** Number of questions (default 10; fewer when the pool is smaller). */
  count?: number
  /** Question kinds, used in turn (default all three). */
  kinds?: readonly QuizKind[]
  /** Muscle ids to ask about (default every muscle), e.g. one body area for a class. */
  pool?: readonly string[]
  /** Options per multiple-choice question (default 4). */
  optionCount?: number
}

/** A quiz: the same seed (`seededRng(seed)`) and dataset always give the same questions; no muscle is asked twice. */
export function generateQuiz(dataset: Dataset, rng: Rng, options: QuizOptions = {}): QuizQuestion[] {
  const { count = 10, optionCount = 4 } = options
  const kinds = options.kinds?.length ? options.kinds : QUIZ_KINDS
  const pool = (options.pool ?? dataset.muscles.map((m) => m.id)).filter((id) => dataset.musclesById.has(id))
  const muscles = shuffled(rng, pool).slice(0, count)
  return muscles.map((muscleId, i) => {
    const kind = kinds[i % kinds.length] ?? 'which-muscle'
    if (kind === 'where-refer') return whereReferQuestion(dataset, muscleId)
    if (kind === 'name-muscle') return nameMuscleQuestion(dataset, rng, muscleId, optionCount)
    return whichMuscleQuestion(dataset, rng, muscleId, optionCount)
  })
}

/** What a quiz is about: every muscle, the muscles of one body area, or those tied to one condition. */
export type QuizFocus =
  { kind: 'all' } | { kind: 'area'; area: string } | { kind: 'condition'; conditionId: string }

/** The muscle ids a focus asks about, in dataset order (an unknown area or condition gives none). */
export function quizPool(dataset: Dataset, focus: QuizFocus): string[] {
  if (focus.kind === 'area') return dataset.muscles.filter((m) => m.bodyArea === focus.area).map((m) => m.id)
  if (focus.kind === 'condition') return [...(dataset.musclesByCondition.get(focus.conditionId) ?? [])]
  return dataset.muscles.map((m) => m.id)
}

/** Body areas and conditions with at least `min` muscles (enough for a quiz with real choices), with counts. */
export function focusChoices(
  dataset: Dataset,
  min = 4,
): { areas: { area: string; count: number }[]; conditions: { conditionId: string; count: number }[] } {
  const areaCounts = new Map<string, number>()
  for (const m of dataset.muscles) areaCounts.set(m.bodyArea, (areaCounts.get(m.bodyArea) ?? 0) + 1)
  return {
    areas: [...areaCounts].filter(([, n]) => n >= min).map(([area, count]) => ({ area, count })),
    conditions: dataset.conditions
      .map((c) => ({ conditionId: c.id, count: dataset.musclesByCondition.get(c.id)?.length ?? 0 }))
      .filter((c) => c.count >= min),
  }
}
