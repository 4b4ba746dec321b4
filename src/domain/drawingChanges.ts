/**
 * What changed between two pain drawings of the same person (an earlier and a later one): areas that are new,
 * areas that are gone, and areas that got better or worse (intensity, or clearly more or less of the area
 * painted). Pure: works on the drawings' marks only.
 */
import type { Drawing, DrawingMark } from '@/data/drawingFile'

/** A change in painted share smaller than this is not called better or worse. */
export const COVERAGE_STEP = 0.2

export interface DrawingChanges {
  /** Region keys painted only in the later drawing. */
  added: string[]
  /** Region keys painted only in the earlier drawing. */
  gone: string[]
  /** Region keys in both, less intense or clearly smaller later. */
  better: string[]
  /** Region keys in both, more intense or clearly larger later. */
  worse: string[]
  /** Region keys in both, about the same. */
  same: string[]
}

const painted = (m: DrawingMark | undefined) => m !== undefined && m.coverage > 0

/** Compares an earlier drawing with a later one. Lists are sorted by key. */
export function compareDrawings(
  earlier: Pick<Drawing, 'marks'>,
  later: Pick<Drawing, 'marks'>,
): DrawingChanges {
  const out: DrawingChanges = { added: [], gone: [], better: [], worse: [], same: [] }
  const keys = [...new Set([...Object.keys(earlier.marks), ...Object.keys(later.marks)])].sort()
  for (const key of keys) {
    const a = earlier.marks[key]
    const b = later.marks[key]
    if (!painted(a) && !painted(b)) continue
    if (!painted(a)) out.added.push(key)
    else if (!painted(b)) out.gone.push(key)
    else if (b!.intensity > a!.intensity) out.worse.push(key)
    else if (b!.intensity < a!.intensity) out.better.push(key)
    else if (b!.coverage - a!.coverage >= COVERAGE_STEP) out.worse.push(key)
    else if (a!.coverage - b!.coverage >= COVERAGE_STEP) out.better.push(key)
    else out.same.push(key)
  }
  return out
}
