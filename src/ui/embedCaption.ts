/** The one line under an embedded view (and the title of its <iframe>): what the view is about, in plain words. */
import type { Dataset } from '@/data/dataset'
import { strings } from '@/i18n'

export function embedCaption(
  dataset: Pick<Dataset, 'musclesById' | 'conditionsById'>,
  muscleId: string | null,
  conditionId: string | null,
): string {
  const e = strings.embed
  const muscle = muscleId ? dataset.musclesById.get(muscleId) : undefined
  if (muscle) return e.captionMuscle(muscle.name)
  const condition = conditionId ? dataset.conditionsById.get(conditionId) : undefined
  return condition ? e.captionCondition(condition.name) : e.captionBody
}
