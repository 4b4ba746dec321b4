/**
 * Pain drawing ranking: which muscles' referral patterns explain what a patient painted.
 * A mark weighs intensity (1 aches, 2 worst) × coverage (share of the region painted); a muscle scores the sum of
 * the weights it covers × LEVEL_WEIGHT of the zone (essential counts more than spillover). Pure functions.
 */
import type { Dataset } from '@/data/dataset'
import type { Drawing, DrawingMark } from '@/data/drawingFile'
import { LEVEL_WEIGHT, patternsOf, referralRegionsOf } from './referral'
import { parseRegionKey } from '@/data/regionKeys'

/** A candidate muscle for a drawing. */
export interface DrawingMatch {
  muscleId: string
  /** Σ over covered regions of mark weight × level weight. Only comparable within one drawing. */
  score: number
  /** 0..1: share of the drawing's total weight inside the muscle's pattern (essential or spillover). */
  explained: number
  /** Painted region ids in its essential zone, heaviest first. */
  essential: string[]
  /** Painted region ids in its spillover zone only, heaviest first. */
  spillover: string[]
  /** Painted region ids marked as worst (intensity 2) that its pattern covers. */
  worst: string[]
  /** Trigger points (data order) whose own pattern covers at least one painted region. */
  triggerPointIds: string[]
  /**
   * Sides of the muscle that explain the drawing (for choosing which side to show): the painted sides, or both where
   * the zone crosses the midline; empty when only midline areas.
   */
  sides: ('left' | 'right')[]
}

/** Weight of one mark: intensity × coverage (0..2). */
export const markWeight = (mark: DrawingMark): number => mark.intensity * mark.coverage

interface PaintedRegion {
  weight: number
  worst: boolean
  sides: Set<'left' | 'right'>
}

/** Marks grouped by side-less region id (left and right add up); unknown regions and empty marks are left out. */
export function paintedRegions(dataset: Dataset, drawing: Drawing): Map<string, PaintedRegion> {
  const painted = new Map<string, PaintedRegion>()
  for (const [key, mark] of Object.entries(drawing.marks)) {
    const { regionId, side } = parseRegionKey(key)
    if (!dataset.regionsById.has(regionId) || markWeight(mark) <= 0) continue
    const p = painted.get(regionId) ?? { weight: 0, worst: false, sides: new Set() }
    p.weight += markWeight(mark)
    p.worst ||= mark.intensity === 2
    if (side) p.sides.add(side)
    painted.set(regionId, p)
  }
  return painted
}

/**
 * Muscles ranked by how much of the drawing their patterns explain, best first. Order is deterministic: score,
 * then explained share, then essential regions covered, then muscle name and id. Muscles covering nothing are
 * left out; an empty drawing gives [].
 */
export function rankDrawing(dataset: Dataset, drawing: Drawing): DrawingMatch[] {
  const painted = paintedRegions(dataset, drawing)
  const total = [...painted.values()].reduce((sum, p) => sum + p.weight, 0)
  if (total <= 0) return []
  const heaviest = [...painted.entries()]
    .sort(([a, pa], [b, pb]) => pb.weight - pa.weight || a.localeCompare(b))
    .map(([id]) => id)
  const matches = dataset.muscles.flatMap((muscle) => {
    const zones = referralRegionsOf(dataset, muscle.id)
    const essential = heaviest.filter((r) => zones.essential.includes(r))
    const spillover = heaviest.filter((r) => zones.spillover.includes(r))
    if (essential.length + spillover.length === 0) return []
    const weightOf = (r: string) => painted.get(r)?.weight ?? 0
    const sumOf = (ids: string[]) => ids.reduce((s, r) => s + weightOf(r), 0)
    const covered = [...essential, ...spillover]
    const score = sumOf(essential) * LEVEL_WEIGHT.essential + sumOf(spillover) * LEVEL_WEIGHT.spillover
    const triggerPointIds = patternsOf(muscle)
      .filter(({ referral }) =>
        covered.some((r) => [...referral.essential, ...referral.spillover].includes(r)),
      )
      .map((p) => p.triggerPointId)
    // A zone that crosses the midline explains pain on either side from a muscle on either side.
    const sides = (['left', 'right'] as const).filter((s) =>
      covered.some(
        (r) => painted.get(r)?.sides.size && (zones.bothSides.includes(r) || painted.get(r)?.sides.has(s)),
      ),
    )
    const worst = covered.filter((r) => painted.get(r)?.worst)
    const base = { muscleId: muscle.id, score, explained: Math.min(1, sumOf(covered) / total) }
    return [{ ...base, essential, spillover, worst, triggerPointIds, sides: [...sides] }]
  })
  const nameOf = (id: string) => dataset.musclesById.get(id)?.name ?? id
  return matches.sort(
    (a, b) =>
      b.score - a.score ||
      b.explained - a.explained ||
      b.essential.length - a.essential.length ||
      nameOf(a.muscleId).localeCompare(nameOf(b.muscleId)) ||
      a.muscleId.localeCompare(b.muscleId),
  )
}
