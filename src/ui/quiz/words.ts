/** Quiz text built from the dataset: zones and muscles in words. Plain module (no React). */
import type { Dataset } from '@/data/dataset'
import { listInWords } from '@/domain/explain'
import { regionLabel } from '@/domain/lookups'

/** Region labels as a list ("Temple, Jaw"), or '' for none. */
export function zonesList(dataset: Dataset, regionIds: readonly string[]): string {
  return regionIds.map((id) => regionLabel(dataset, id)).join(', ')
}

const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s)

/** Region labels for a sentence: "temple, jaw and behind the eye" (in the given order), or '' for none. */
export function zonesInWords(dataset: Dataset, regionIds: readonly string[]): string {
  return listInWords(regionIds.map((id) => lower(regionLabel(dataset, id))))
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
