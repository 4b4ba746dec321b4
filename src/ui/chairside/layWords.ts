/**
 * Lay words first: the everyday name of a muscle, for presentation mode and the patient handout (a region's lay
 * words first: regionKeyLabel's `lay` option, src/i18n/regionLabel.ts). Pure.
 */
import type { Muscle } from '@/data/schema'

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
