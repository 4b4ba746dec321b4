/**
 * Which way a part of the body faces, so the camera can turn to a muscle chosen from a list. Uses the skin
 * around the muscle: the direction from the local centre of the body segment (mean of nearby skin points at
 * the same height) to the muscle's centre. Pure math on plain arrays (no three.js objects needed).
 */

/** Horizontal direction (x, z) from the body segment's centre to `centre`, or null when it is undefined. */
export function outwardDirection(
  centre: readonly [number, number, number],
  skinPositions: ArrayLike<number>,
  options: { band?: number; radius?: number } = {},
): [number, number] | null {
  const band = options.band ?? 0.03
  const radius = options.radius ?? 0.14
  let sx = 0
  let sz = 0
  let n = 0
  for (let i = 0; i + 2 < skinPositions.length; i += 3) {
    const x = skinPositions[i]!
    const y = skinPositions[i + 1]!
    const z = skinPositions[i + 2]!
    if (Math.abs(y - centre[1]) > band) continue
    if (Math.hypot(x - centre[0], z - centre[2]) > radius) continue
    sx += x
    sz += z
    n++
  }
  if (n === 0) return null
  const dx = centre[0] - sx / n
  const dz = centre[2] - sz / n
  const len = Math.hypot(dx, dz)
  return len < 1e-4 ? null : [dx / len, dz / len]
}

/**
 * Which way a skin region faces: the mean of its vertices' normals, flattened to (x, z) and normalised; null when
 * the region is not on the skin or faces mostly up or down (or all round, so the normals cancel out).
 */
export function regionFacing(
  vertexRegion: ArrayLike<number>,
  normals: ArrayLike<number>,
  region: number,
): [number, number] | null {
  let sx = 0
  let sz = 0
  let n = 0
  for (let i = 0; i < vertexRegion.length; i++) {
    if (Math.round(vertexRegion[i]!) !== region) continue
    sx += normals[i * 3]!
    sz += normals[i * 3 + 2]!
    n++
  }
  if (n === 0) return null
  const len = Math.hypot(sx, sz)
  return len / n < 0.25 ? null : [sx / len, sz / len]
}

/**
 * Of the views (name, camera azimuth), the one that sees most of a set of skin areas: each area counts by how
 * squarely it faces that camera (areas facing away count nothing). A bilateral pattern such as the temple and the
 * side of the neck is then seen from the side, where one whole half of it shows; one on the buttocks from behind.
 * Areas of unknown facing are left out; with nothing to go on, the first view wins.
 */
export function bestView<V extends string>(
  facings: readonly (readonly [number, number] | null)[],
  views: readonly (readonly [V, number])[],
): V {
  let best = views[0]![0]
  let bestScore = 0
  for (const [name, azimuth] of views) {
    const dx = Math.sin(azimuth)
    const dz = Math.cos(azimuth)
    let score = 0
    for (const f of facings) if (f) score += Math.max(0, f[0] * dx + f[1] * dz)
    if (score > bestScore + 1e-9) {
      best = name
      bestScore = score
    }
  }
  return best
}

/** Camera azimuth (radians, 0 = in front of the body on +z, π/2 = on the figure's left, +x) facing `dir`. */
export const azimuthOf = (dir: readonly [number, number]): number => Math.atan2(dir[0], dir[1])

/** Smallest signed difference between two angles, in (-π, π]. */
export function angleBetween(a: number, b: number): number {
  let d = (a - b) % (2 * Math.PI)
  if (d > Math.PI) d -= 2 * Math.PI
  if (d <= -Math.PI) d += 2 * Math.PI
  return d
}
