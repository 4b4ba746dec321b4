/**
 * Framing a small part of the body (a jaw muscle, the sole of the foot) with its surroundings, so a muscle chosen
 * from a list is not a few pixels in the whole-body view. Pure math on plain arrays.
 */
export type Vec3 = readonly [number, number, number]

/** Parts whose bounding box is at most this big (metres, largest side) count as small. */
export const SMALL_PART = 0.3
/** A small part is shown in a view at least this big (metres), centred on it: the head, the foot. */
export const SURROUNDINGS = 0.34

/** The box to frame around a small part, or null when the part is large enough to see in the whole body. */
export function surroundingsBox(
  min: Vec3,
  max: Vec3,
  { small = SMALL_PART, size = SURROUNDINGS }: { small?: number; size?: number } = {},
): { min: [number, number, number]; max: [number, number, number] } | null {
  const extent = [0, 1, 2].map((i) => max[i]! - min[i]!)
  if (extent.some((e) => !(e >= 0)) || Math.max(...extent) > small) return null
  const half = extent.map((e) => Math.max(e, size) / 2)
  const centre = [0, 1, 2].map((i) => (min[i]! + max[i]!) / 2)
  return {
    min: [centre[0]! - half[0]!, centre[1]! - half[1]!, centre[2]! - half[2]!],
    max: [centre[0]! + half[0]!, centre[1]! + half[1]!, centre[2]! + half[2]!],
  }
}
