/** The order the dry needling explainer reads the education sections in, to go through aloud with a patient. */
import type { Education } from '@/data/schema'

type Section = Education['sections'][number]

const ORDER: readonly Section['kind'][] = [
  'overview',
  'mechanism',
  'session',
  'aftercare',
  'side-effects',
  'safety',
  'contraindications',
  'comparison',
]

/** Sections sorted into reading-aloud order (what it is → how it works → a session → after → safety → who should not); ties keep the data order. Pure. */
export function readingOrder(sections: readonly Section[]): Section[] {
  const rank = (s: Section) => {
    const i = ORDER.indexOf(s.kind)
    return i < 0 ? ORDER.length : i
  }
  return sections
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s)
}
