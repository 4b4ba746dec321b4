/**
 * Referral patterns: muscle → regions, and the reverse lookup "it hurts here → which muscles?".
 * Pure functions over a Dataset.
 */
import type { Dataset } from '@/data/dataset'
import type { Muscle, Referral } from '@/data/schema'

/** How strongly a pattern covers a region. */
export type ReferralLevel = 'essential' | 'spillover'

/** Weight of each level in the ranking: essential (nearly always felt) counts more than spillover. */
export const LEVEL_WEIGHT: Record<ReferralLevel, number> = { essential: 1, spillover: 0.4 }

/** The referral pattern that applies to each trigger point (its own, else the muscle's). */
export function patternsOf(muscle: Muscle): { triggerPointId: string; referral: Referral }[] {
  return muscle.triggerPoints.flatMap((tp) => {
    const referral = tp.referral ?? muscle.referral
    return referral ? [{ triggerPointId: tp.id, referral }] : []
  })
}

/**
 * Union of a muscle's patterns: a region essential in any pattern is essential; the rest of spillover follows.
 * `bothSides`: the regions felt on both sides of the body whichever side the muscle is on (across the midline).
 */
export function referralRegionsOf(
  dataset: Dataset,
  muscleId: string,
): { essential: string[]; spillover: string[]; bothSides: string[] } {
  const muscle = dataset.musclesById.get(muscleId)
  if (!muscle) return { essential: [], spillover: [], bothSides: [] }
  const essential = new Set<string>()
  const spillover = new Set<string>()
  const bothSides = new Set<string>()
  for (const { referral } of patternsOf(muscle)) {
    referral.essential.forEach((r) => essential.add(r))
    referral.spillover.forEach((r) => spillover.add(r))
    referral.bothSides.forEach((r) => bothSides.add(r))
  }
  return {
    essential: [...essential],
    spillover: [...spillover].filter((r) => !essential.has(r)),
    bothSides: [...bothSides],
  }
}

/** The strongest level at which a muscle refers pain to a region, or null when it does not. */
export function levelAt(dataset: Dataset, muscleId: string, regionId: string): ReferralLevel | null {
  const { essential, spillover } = referralRegionsOf(dataset, muscleId)
  if (essential.includes(regionId)) return 'essential'
  return spillover.includes(regionId) ? 'spillover' : null
}

/** One painful region, with an optional weight (e.g. 2 for "worst" areas of a drawing). */
export interface PainfulRegion {
  regionId: string
  weight?: number
}

/** A candidate muscle for a set of painful regions, with what explains it. */
export interface MuscleMatch {
  muscleId: string
  /** Sum over painful regions of weight × level weight. */
  score: number
  /** Painful regions inside the muscle's essential zone, in the order given. */
  essential: string[]
  /** Painful regions inside its spillover zone only. */
  spillover: string[]
  /** Trigger points whose own pattern covers at least one painful region. */
  triggerPointIds: string[]
}

/**
 * Muscles ranked by how well their referral patterns explain the painful regions (best first).
 * Ties are broken by the number of regions explained, then by muscle name, so the order is stable.
 */
export function musclesReferringTo(
  dataset: Dataset,
  painful: readonly (string | PainfulRegion)[],
): MuscleMatch[] {
  const regions = painful.map((p) =>
    typeof p === 'string' ? { regionId: p, weight: 1 } : { weight: 1, ...p },
  )
  const matches: MuscleMatch[] = []
  for (const muscle of dataset.muscles) {
    const match: MuscleMatch = {
      muscleId: muscle.id,
      score: 0,
      essential: [],
      spillover: [],
      triggerPointIds: [],
    }
    const patterns = patternsOf(muscle)
    for (const { regionId, weight } of regions) {
      const level = levelAt(dataset, muscle.id, regionId)
      if (!level || match.essential.includes(regionId) || match.spillover.includes(regionId)) continue
      match[level].push(regionId)
      match.score += weight * LEVEL_WEIGHT[level]
      for (const p of patterns) {
        const covers = p.referral.essential.includes(regionId) || p.referral.spillover.includes(regionId)
        if (covers && !match.triggerPointIds.includes(p.triggerPointId))
          match.triggerPointIds.push(p.triggerPointId)
      }
    }
    if (match.score > 0) matches.push(match)
  }
  const nameOf = (id: string) => dataset.musclesById.get(id)?.name ?? id
  return matches.sort(
    (a, b) =>
      b.score - a.score ||
      b.essential.length + b.spillover.length - (a.essential.length + a.spillover.length) ||
      nameOf(a.muscleId).localeCompare(nameOf(b.muscleId)),
  )
}
