/**
 * Comparing the referral patterns of two or more muscles in words: where each one reaches, and which areas more
 * than one of them covers (on the body such an area shows the colour of the first muscle only). Pure.
 */
import type { Dataset } from '@/data/dataset'
import type { ReferralLevel } from './referral'
import { referralRegionsOf } from './referral'

export interface PatternRow {
  muscleId: string
  essential: string[]
  spillover: string[]
}

/** An area covered by several of the compared patterns, with each muscle's level there. */
export interface SharedArea {
  regionId: string
  muscles: { muscleId: string; level: ReferralLevel }[]
}

export interface PatternComparison {
  rows: PatternRow[]
  shared: SharedArea[]
}

/** Rows in the order given (the order the colours are given in); shared areas, most shared first, then by name. */
export function comparePatterns(dataset: Dataset, muscleIds: readonly string[]): PatternComparison {
  const ids = [...new Set(muscleIds)].filter((id) => dataset.musclesById.has(id))
  const rows = ids.map((muscleId) => {
    const { essential, spillover } = referralRegionsOf(dataset, muscleId)
    return { muscleId, essential, spillover }
  })
  const byRegion = new Map<string, SharedArea['muscles']>()
  for (const row of rows) {
    for (const level of ['essential', 'spillover'] as const) {
      for (const regionId of row[level]) {
        const list = byRegion.get(regionId) ?? []
        list.push({ muscleId: row.muscleId, level })
        byRegion.set(regionId, list)
      }
    }
  }
  const label = (id: string) => dataset.regionsById.get(id)?.label ?? id
  const shared = [...byRegion]
    .filter(([, muscles]) => muscles.length > 1)
    .map(([regionId, muscles]) => ({ regionId, muscles }))
    .sort((a, b) => b.muscles.length - a.muscles.length || label(a.regionId).localeCompare(label(b.regionId)))
  return { rows, shared }
}
