/**
 * How the tour list is arranged: condition tours (a kind of pain, walked through muscle by muscle) and everyday
 * stories (a person patients recognise, such as the hair stylist or the runner). Pure.
 */
import type { Tour } from '@/data/schema'

export type TourKind = 'condition' | 'story'

/**
 * The everyday stories of issue #6. Tours carry no field for this yet: a `kind` field in tourSchema would let
 * authors say it in the data, and this list could go.
 */
const STORY_IDS: ReadonlySet<string> = new Set([
  'hair-stylist',
  'weightlifter-overhead',
  'runner-calves',
  'boot-camp',
])

export function tourKind(tour: Pick<Tour, 'id'>): TourKind {
  return STORY_IDS.has(tour.id) ? 'story' : 'condition'
}

/** Tours grouped by kind (condition tours first), each group sorted by title. */
export function groupTours<T extends Pick<Tour, 'id' | 'title'>>(
  tours: readonly T[],
): { kind: TourKind; tours: T[] }[] {
  const kinds: TourKind[] = ['condition', 'story']
  return kinds
    .map((kind) => ({
      kind,
      tours: tours.filter((t) => tourKind(t) === kind).sort((a, b) => a.title.localeCompare(b.title)),
    }))
    .filter((g) => g.tours.length > 0)
}
