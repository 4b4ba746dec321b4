/**
 * Region keys as painted on the skin: "temple.L" / "temple.R" for sided regions, the bare id ("coccyx") for
 * midline ones. Same rule as src/state/viewState.ts, kept here so domain code need not import the state layer.
 */
import type { Dataset } from '@/data/dataset'

/** Side of a region key, or null for a midline region. */
export type KeySide = 'left' | 'right' | null

/** "temple.L" → { regionId: "temple", side: "left" }; "coccyx" → { regionId: "coccyx", side: null }. */
export function splitRegionKey(key: string): { regionId: string; side: KeySide } {
  const m = /^(.*)\.(L|R)$/.exec(key)
  if (!m) return { regionId: key, side: null }
  return { regionId: m[1] ?? key, side: m[2] === 'L' ? 'left' : 'right' }
}

/** Every key that can be painted on the skin: both sides of bilateral regions, the bare id of midline ones. */
export function knownRegionKeys(dataset: Dataset): Set<string> {
  return new Set(
    dataset.regions.flatMap((r) => (r.laterality === 'midline' ? [r.id] : [`${r.id}.L`, `${r.id}.R`])),
  )
}
