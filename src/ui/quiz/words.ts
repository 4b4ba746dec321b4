/** Quiz text built from the dataset: questions, zones and muscles in words. Plain module (no React). */
import type { Dataset } from '@/data/dataset'
import type { QuizQuestion } from '@/domain/quiz'
import { strings } from '@/i18n'
import { regionKeyLabel, regionKeysInWords } from '@/i18n/regionLabel'

/** Region labels as a list ("Temple, Jaw"), or '' for none. */
export function zonesList(dataset: Dataset, regionIds: readonly string[]): string {
  return regionIds.map((id) => regionKeyLabel(dataset, id)).join(', ')
}

/** Region labels for a sentence: "temple, jaw and behind the eye" (in the given order), or '' for none. */
export function zonesInWords(dataset: Dataset, regionIds: readonly string[]): string {
  return regionKeysInWords(dataset, regionIds, { midSentence: true })
}

/** A muscle's display name (its id when unknown). */
export function muscleName(dataset: Dataset, muscleId: string): string {
  return dataset.musclesById.get(muscleId)?.name ?? muscleId
}

/** The first sentence of a muscle's summary: where it lies, in plain words. */
export function whereItLies(dataset: Dataset, muscleId: string): string {
  const summary = dataset.musclesById.get(muscleId)?.summary ?? ''
  const m = /^.*?[.!?](\s|$)/.exec(summary)
  return (m ? m[0] : summary).trim()
}

/** The question itself, as the learner reads it ("Where does Supinator send pain? Mark the areas."). */
export function questionPrompt(dataset: Dataset, q: QuizQuestion): string {
  const t = strings.quiz
  if (q.kind === 'which-muscle') return t.whichMuscle
  if (q.kind === 'where-refer') return t.whereRefer(muscleName(dataset, q.muscleId))
  return t.nameMuscle
}
