/**
 * The one way a body area is named on screen, from a region key ("temple.L", "coccyx") or a region id ("temple"):
 * the dataset's label, lay words first on request, with its side in one of three forms. The key codec itself is
 * src/data/regionKeys.ts; the words around the side come from the catalogue.
 */
import type { Dataset } from '@/data/dataset'
import type { Region } from '@/data/schema'
import { parseRegionKey } from '@/data/regionKeys'
import { strings } from './index'

export interface RegionLabelOptions {
  /**
   * How the side reads: 'text' (default) in lists and sentences, "Temple, left"; 'name' for a control such as a
   * toggle or a chip, "Temple, Left", "Coccyx, Middle"; 'tip' for the label that follows the pointer,
   * "Temple (left)". An id without a side reads as the area alone, except in the 'name' form of a midline area.
   */
  side?: 'text' | 'name' | 'tip'
  /** Plain words first ("Tailbone (coccyx)" rather than "Coccyx (tailbone)"), for patients. */
  lay?: boolean
  /** Inside a sentence: "temple" rather than "Temple" (an abbreviation such as "TMJ" stays as it is). */
  midSentence?: boolean
}

export function regionKeyLabel(dataset: Dataset, key: string, options: RegionLabelOptions = {}): string {
  const { regionId, side } = parseRegionKey(key)
  const region = dataset.regionsById.get(regionId)
  let label = region ? (options.lay ? layFirstLabel(region) : region.label) : regionId
  if (options.midSentence && /^[A-Z][a-z]/.test(label)) label = label.charAt(0).toLowerCase() + label.slice(1)
  const t = strings.region
  const form = options.side ?? 'text'
  if (form === 'name' && (side || region?.laterality === 'midline'))
    return t.name(label, t.sideNames[side ?? 'middle'])
  if (!side) return label
  return form === 'tip' ? t.tip(label, t.sides[side]) : t.text(label, t.sides[side])
}

/** Several areas in running text: "Temple, left and Coccyx". */
export const regionKeysInWords = (
  dataset: Dataset,
  keys: readonly string[],
  options?: RegionLabelOptions,
): string => strings.list(keys.map((k) => regionKeyLabel(dataset, k, options)))

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/\bmy\b/g, 'the')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * A region's label with its plain words first: "Coccyx (tailbone)" → "Tailbone (coccyx)". Labels whose first
 * part is already a lay word ("Collarbone (clavicle)", "Temple (side of the head)") and labels without a
 * bracket are returned as they are.
 */
export function layFirstLabel(region: Pick<Region, 'label' | 'layWords'>): string {
  const m = /^(.+?) \((.+)\)$/.exec(region.label)
  if (!m) return region.label
  const [, clinical = '', plain = ''] = m
  const lay = new Set(region.layWords.map(normalize))
  if (lay.has(normalize(clinical))) return region.label
  return `${capitalize(plain)} (${clinical.charAt(0).toLowerCase()}${clinical.slice(1)})`
}
