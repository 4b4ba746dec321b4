/**
 * Lay words first: the everyday name of a muscle and lay-first region labels ("Tailbone (coccyx)" rather than
 * "Coccyx (tailbone)"), for presentation mode and the patient handout. Pure.
 */
import type { Muscle, Region } from '@/data/schema'

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** Lay phrases that describe a complaint rather than name the muscle ("heel pain", "frozen shoulder"). */
const COMPLAINT =
  /\b(pain|ache|aches|headache|click|clicking|frozen|can't|cannot|stiff|strain|tension|tight|crick|stitch|knot|wry|when|burning|numb|tingling)\b/i

/**
 * The everyday name people use for a muscle ("Calf", "Top of the shoulder"): its first lay phrase that names a
 * place or a muscle rather than a complaint, capitalized, "my" read as "the"; null when it has none.
 */
export function layName(muscle: Pick<Muscle, 'layWords' | 'name'>): string | null {
  const word = muscle.layWords.find(
    (w) => !COMPLAINT.test(w) && w.toLowerCase() !== muscle.name.toLowerCase(),
  )
  return word ? capitalize(word.replace(/\bmy\b/g, 'the')) : null
}

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
