/**
 * The region key codec: how a painted skin area is named. A two-sided region has one key per side, its id with
 * ".L" or ".R" ("temple.L", "temple.R"); a midline region is its bare id ("coccyx"). The only place that spells
 * this rule; every layer above (the model, the domain, the state, the scene and the panels) uses these functions.
 */
/** Side of a region key, or null for a midline region. */
export type KeySide = 'left' | 'right' | null

const SIDED = /^(.*)\.(L|R)$/

/** What a region key looks like: a kebab-case region id, with ".L" or ".R" for a side. */
export const REGION_KEY_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*(\.(L|R))?$/

/** "temple.L" → { regionId: "temple", side: "left" }; "coccyx" → { regionId: "coccyx", side: null }. */
export function parseRegionKey(key: string): { regionId: string; side: KeySide } {
  const m = SIDED.exec(key)
  if (!m) return { regionId: key, side: null }
  return { regionId: m[1] ?? key, side: m[2] === 'L' ? 'left' : 'right' }
}

/** Inverse of parseRegionKey: ("temple", "left") → "temple.L"; ("coccyx", null) → "coccyx". */
export function regionKey(regionId: string, side: KeySide): string {
  return side ? `${regionId}.${side === 'left' ? 'L' : 'R'}` : regionId
}

/** The region id of a key, without its side ("temple.L" → "temple"). */
export const regionIdOfKey = (key: string): string => parseRegionKey(key).regionId

/** The side a key names ("temple.L" → "left"), null for a midline key or a bare id. */
export const sideOfKey = (key: string): KeySide => parseRegionKey(key).side

/** The same area on the other side ("temple.L" → "temple.R"), or null for a midline area. */
export function otherSideKey(key: string): string | null {
  const { regionId, side } = parseRegionKey(key)
  return side ? regionKey(regionId, side === 'left' ? 'right' : 'left') : null
}

/** The sided keys of a two-sided region id on one side or both ("temple", "both" → "temple.L", "temple.R"). */
export function sidedKeys(regionId: string, side: 'left' | 'right' | 'both' = 'both'): string[] {
  return side === 'both'
    ? [regionKey(regionId, 'left'), regionKey(regionId, 'right')]
    : [regionKey(regionId, side)]
}

/**
 * The keys a side-less region id may be painted under, whatever its laterality: the bare id (a midline region)
 * and its sided keys ("temple" → "temple", "temple.L", "temple.R"). For matching against keys actually painted.
 */
export const keysOfRegionId = (regionId: string, side: 'left' | 'right' | 'both' = 'both'): string[] => [
  regionId,
  ...sidedKeys(regionId, side),
]

/** Every key that can be painted on the skin: both sides of bilateral regions, the bare id of midline ones. */
export function knownRegionKeys(dataset: {
  regions: readonly { id: string; laterality: string }[]
}): Set<string> {
  return new Set(dataset.regions.flatMap((r) => (r.laterality === 'midline' ? [r.id] : sidedKeys(r.id))))
}
