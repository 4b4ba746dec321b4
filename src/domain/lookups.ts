/** Simple id lookups between muscles and conditions. Pure functions over a Dataset. */
import type { Dataset } from '@/data/dataset'
import type { Condition, Muscle } from '@/data/schema'

/** Muscles whose patterns commonly produce a condition, most common first (the data's order). Unknown id → []. */
export function musclesForCondition(dataset: Dataset, conditionId: string): Muscle[] {
  const ids = dataset.musclesByCondition.get(conditionId) ?? []
  return ids.map((id) => dataset.musclesById.get(id)).filter((m): m is Muscle => m !== undefined)
}

/** Conditions a muscle is tied to, in the muscle record's order. Unknown id → []. */
export function conditionsOf(dataset: Dataset, muscleId: string): Condition[] {
  const muscle = dataset.musclesById.get(muscleId)
  if (!muscle) return []
  return muscle.conditions
    .map((id) => dataset.conditionsById.get(id))
    .filter((c): c is Condition => c !== undefined)
}
