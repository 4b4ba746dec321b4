/** Groups records by body area, in head-to-toe order, sorted by name inside each group. Pure helper. */
import type { BodyArea } from '@/data/schema'
import { BODY_AREAS } from '@/data/bodyAreas'

export interface AreaGroup<T> {
  area: BodyArea
  items: T[]
}

/** Head-to-toe groups of `items`; empty areas are left out. */
export function groupByArea<T>(
  items: readonly T[],
  areaOf: (item: T) => BodyArea,
  nameOf: (item: T) => string,
): AreaGroup<T>[] {
  return BODY_AREAS.map((area) => ({
    area,
    items: items.filter((item) => areaOf(item) === area).sort((a, b) => nameOf(a).localeCompare(nameOf(b))),
  })).filter((g) => g.items.length > 0)
}
