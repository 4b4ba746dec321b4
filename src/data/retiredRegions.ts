/**
 * Regions that were split or renamed (data/retiredRegions.json: old id → the ids that replace it). An old link
 * or a saved drawing that names a retired region reads as all of its replacements, on the same side, so nothing
 * it marked is lost. Applied where region keys come from outside: link decoding, drawing files and saved drawings.
 * Pure module.
 */
import retired from '../../data/retiredRegions.json'
import { parseRegionKey, regionKey } from './regionKeys'

/** Old region id → the region ids that replace it. */
export type RetiredRegions = Readonly<Record<string, readonly string[]>>

/** The table of data/retiredRegions.json (checked against data/regions.json by the data validator). */
export const RETIRED_REGIONS: RetiredRegions = retired

/** "teeth.L" → ["upper-teeth.L", "lower-teeth.L"]; a key of a current region comes back alone. */
export function replaceRetiredKey(key: string, table: RetiredRegions = RETIRED_REGIONS): string[] {
  const { regionId, side } = parseRegionKey(key)
  const into = Object.hasOwn(table, regionId) ? table[regionId] : undefined
  return into ? into.map((r) => regionKey(r, side)) : [key]
}

/** Every key with retired ones replaced, in order, without repeats. */
export function replaceRetiredKeys(
  keys: readonly string[],
  table: RetiredRegions = RETIRED_REGIONS,
): string[] {
  return [...new Set(keys.flatMap((k) => replaceRetiredKey(k, table)))]
}

/**
 * A record keyed by region key (a drawing's marks) with retired keys replaced: each replacement gets the old
 * value; where a key is met twice, `merge` keeps both (the stronger mark).
 */
export function replaceRetiredInRecord<T>(
  record: Readonly<Record<string, T>>,
  merge: (a: T, b: T) => T,
  table: RetiredRegions = RETIRED_REGIONS,
): Record<string, T> {
  const out: Record<string, T> = {}
  for (const [key, value] of Object.entries(record)) {
    for (const k of replaceRetiredKey(key, table)) {
      const v = Object.hasOwn(out, k) ? merge(out[k]!, value) : value
      // defined, not assigned: a key such as "__proto__" from a file stays a key (and is refused as unknown)
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true })
    }
  }
  return out
}
