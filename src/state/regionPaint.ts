/**
 * What to paint on each skin region: the look-up table the skin shader reads (one RGBA texel per region).
 * R = essential zone (pattern index + 1, 0 = none), G = spillover zone (pattern index + 1), B = 255 where the
 * patient marked pain, A = 255 for the region under the pointer. Pure: no three.js.
 */
import { sidedKeys } from '@/data/regionKeys'
import type { Side } from './viewState'

/** One muscle's referral pattern to paint, on one or both sides. */
export interface PaintPattern {
  essential: readonly string[]
  spillover: readonly string[]
  side: Side
  /** Regions of the pattern painted on both sides whatever `side` is: the pattern crosses the midline there. */
  bothSides?: readonly string[]
}

/** Region keys ("temple.L", "coccyx") that a side-less region id covers on the given side(s). */
export function keysFor(regionId: string, side: Side, keys: ReadonlySet<string>): string[] {
  if (keys.has(regionId)) return [regionId] // midline region
  return sidedKeys(regionId, side).filter((k) => keys.has(k))
}

/**
 * Builds the LUT bytes for `regionNames` (the skin's region index → key). Earlier patterns win where they
 * overlap, and an essential zone always wins over another pattern's spillover.
 */
export function buildRegionLut(
  regionNames: readonly string[],
  patterns: readonly PaintPattern[],
  painKeys: readonly string[],
  hoverKey: string | null = null,
  size = regionNames.length,
): Uint8Array {
  const lut = new Uint8Array(Math.max(size, regionNames.length) * 4)
  const index = new Map(regionNames.map((k, i) => [k, i]))
  const keys = new Set(regionNames)
  patterns.forEach((p, n) => {
    const sideOf = (id: string): Side => (p.bothSides?.includes(id) ? 'both' : p.side)
    for (const id of p.essential) {
      for (const k of keysFor(id, sideOf(id), keys)) {
        const i = index.get(k)!
        if (lut[i * 4] === 0) lut[i * 4] = n + 1
      }
    }
    for (const id of p.spillover) {
      for (const k of keysFor(id, sideOf(id), keys)) {
        const i = index.get(k)!
        if (lut[i * 4] === 0 && lut[i * 4 + 1] === 0) lut[i * 4 + 1] = n + 1
      }
    }
  })
  for (const key of painKeys) {
    const i = index.get(key)
    if (i !== undefined) lut[i * 4 + 2] = 255
  }
  const h = hoverKey === null ? undefined : index.get(hoverKey)
  if (h !== undefined) lut[h * 4 + 3] = 255
  return lut
}
