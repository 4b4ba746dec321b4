/**
 * Which red flags (data/redFlags.json) apply to what a patient has marked, chosen or typed: painted or ticked
 * areas, conditions, a muscle's own list, or search words. Answers in groups by urgency, emergency first, so no
 * emergency is ever listed under a milder heading. Pure module.
 */
import type { Dataset } from '@/data/dataset'
import { keysOfRegionId, sidedKeys } from '@/data/regionKeys'
import type { RedFlag, Urgency } from '@/data/schema'
import type { SearchHit } from './search'

/** Most urgent first: the order in which groups are shown. */
export const URGENCY_ORDER: readonly Urgency[] = ['emergency', 'soon', 'mention']

/** The red flags of one urgency, in the data's order. */
export interface RedFlagGroup {
  urgency: Urgency
  flags: readonly RedFlag[]
}

/** What the patient has pointed at; every part is optional. */
export interface RedFlagQuery {
  /** Marked region keys ("chest.L", "sternum"). A two-sided region's bare id ("chest") stands for both sides. */
  regionKeys?: readonly string[]
  conditionIds?: readonly string[]
  /** Red flags named directly (a muscle's `redFlags`). */
  redFlagIds?: readonly string[]
  /** Words the patient typed ("pins and needles", "swollen calf"). */
  text?: string
}

/** Words that say nothing about which red flag is meant. */
const FILLER = new Set(
  'a an and at i in is it me my of on or the to with when pain hurts hurt sore ache aches feel feeling'.split(
    ' ',
  ),
)

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter((w) => w.length > 0 && !FILLER.has(w))

/** `typed` ("calf", "pins needles", "tinn") names a word of `known` when it equals it or starts it (3+ letters). */
const names = (typed: string, known: string) =>
  typed === known || (typed.length >= 3 && known.startsWith(typed))

/** Every meaningful typed word names a word of one of the flag's lay words, or a lay word is typed in full. */
function matchesText(flag: RedFlag, typed: readonly string[]): boolean {
  if (!typed.length) return false
  return flag.layWords.some((phrase) => {
    const known = words(phrase)
    if (!known.length) return false
    const typedCovered = typed.every((t) => known.some((k) => names(t, k)))
    const phraseTyped = known.every((k) => typed.includes(k))
    return typedCovered || phraseTyped
  })
}

/** The marked keys, with a bare two-sided id expanded to both sides. */
function markedKeys(dataset: Dataset, keys: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const key of keys) {
    out.add(key)
    if (dataset.regionsById.get(key)?.laterality === 'bilateral') for (const k of sidedKeys(key)) out.add(k)
  }
  return out
}

/** An area of a red flag ("chest" = either side, "chest.L", "sternum") is marked. */
function areaMarked(area: string, marked: ReadonlySet<string>): boolean {
  return keysOfRegionId(area).some((k) => marked.has(k))
}

function matchesAreas(flag: RedFlag, marked: ReadonlySet<string>): boolean {
  if (flag.regions.some((area) => areaMarked(area, marked))) return true
  return flag.together.some((combination) =>
    combination.every((entry) =>
      typeof entry === 'string' ? areaMarked(entry, marked) : entry.some((a) => areaMarked(a, marked)),
    ),
  )
}

/** The red flags that apply, grouped by urgency (emergency, soon, mention); groups without flags are left out. */
export function redFlagsFor(dataset: Dataset, query: RedFlagQuery): RedFlagGroup[] {
  const marked = markedKeys(dataset, query.regionKeys ?? [])
  const conditions = new Set(query.conditionIds ?? [])
  const named = new Set(query.redFlagIds ?? [])
  const typed = words(query.text ?? '')
  const applies = (flag: RedFlag) =>
    named.has(flag.id) ||
    flag.conditions.some((c) => conditions.has(c)) ||
    (marked.size > 0 && matchesAreas(flag, marked)) ||
    matchesText(flag, typed)
  const flags = dataset.redFlags.filter(applies)
  return URGENCY_ORDER.map((urgency) => ({
    urgency,
    flags: flags.filter((f) => f.urgency === urgency),
  })).filter((g) => g.flags.length > 0)
}

/**
 * What a search points at, for its red flags: the words typed, and the areas and conditions found, unless a muscle
 * is the best match (the patient looked for a muscle, not a symptom). Conditions count only above the first muscle,
 * where the search placed them as what was meant rather than as a muscle's relative.
 */
export function searchRedFlagQuery(
  hits: readonly Pick<SearchHit, 'kind' | 'id'>[],
  text: string,
): RedFlagQuery {
  const meant = hits[0]?.kind === 'muscle' ? [] : hits
  const firstMuscle = meant.findIndex((h) => h.kind === 'muscle')
  const aboveMuscles = firstMuscle < 0 ? meant : meant.slice(0, firstMuscle)
  return {
    text,
    regionKeys: meant.filter((h) => h.kind === 'region').map((h) => h.id),
    conditionIds: aboveMuscles.filter((h) => h.kind === 'condition').map((h) => h.id),
  }
}

/** The ids in each group, most urgent first: a compact form for tests and links. */
export function redFlagIds(groups: readonly RedFlagGroup[]): Record<Urgency, string[]> {
  const out: Record<Urgency, string[]> = { emergency: [], soon: [], mention: [] }
  for (const g of groups) out[g.urgency] = g.flags.map((f) => f.id)
  return out
}
