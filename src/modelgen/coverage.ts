// Coverage of the trunk and limb skin by muscles, seen from the front and from the back (orthographic z-buffer).

export interface CoverageMesh {
  positions: ArrayLike<number>
  indices: ArrayLike<number>
}
export interface CoverageResult {
  front: number
  back: number
  pixels: { front: number; back: number }
}

const EXCLUDED = new Set([
  'forehead',
  'temple',
  'vertex',
  'occiput',
  'behind-eye',
  'cheek',
  'eyebrow',
  'upper-teeth',
  'lower-teeth',
  'mouth',
  'jaw',
  'tmj',
  'ear',
  'mastoid',
  'back-of-neck',
  'posterolateral-neck',
  'front-of-neck',
  'throat',
  'back-of-hand',
  'palm',
  'thumb',
  'fingers',
  'thumb-web',
  'index-finger',
  'little-finger',
  'palm-side-of-fingers',
  'little-finger-side',
  'heel',
  'sole',
  'arch',
  'ball-of-foot',
  'instep',
  'big-toe',
  'toes',
])

/** True when a region key ("temple.L", "sacrum") belongs to the trunk or the limbs. */
export function isTrunkOrLimb(regionKey: string): boolean {
  return !EXCLUDED.has(regionKey.replace(/\.(L|R)$/, ''))
}

function raster(
  m: CoverageMesh,
  sign: 1 | -1,
  px: number,
  x0: number,
  y0: number,
  w: number,
  h: number,
  zbuf: Float32Array,
  idbuf: Int32Array | null,
  vertexId: ArrayLike<number> | null,
): void {
  const P = m.positions
  const I = m.indices
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t]! * 3
    const b = I[t + 1]! * 3
    const c = I[t + 2]! * 3
    const ax = (P[a]! - x0) / px
    const ay = (P[a + 1]! - y0) / px
    const bx = (P[b]! - x0) / px
    const by = (P[b + 1]! - y0) / px
    const cx = (P[c]! - x0) / px
    const cy = (P[c + 1]! - y0) / px
    const az = sign * P[a + 2]!
    const bz = sign * P[b + 2]!
    const cz = sign * P[c + 2]!
    const det = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    if (Math.abs(det) < 1e-12) continue
    const i0 = Math.max(0, Math.ceil(Math.min(ax, bx, cx) - 0.5))
    const i1 = Math.min(w - 1, Math.floor(Math.max(ax, bx, cx) - 0.5))
    const j0 = Math.max(0, Math.ceil(Math.min(ay, by, cy) - 0.5))
    const j1 = Math.min(h - 1, Math.floor(Math.max(ay, by, cy) - 0.5))
    for (let j = j0; j <= j1; j++)
      for (let i = i0; i <= i1; i++) {
        const x = i + 0.5
        const y = j + 0.5
        const l1 = ((x - ax) * (cy - ay) - (y - ay) * (cx - ax)) / det
        const l2 = ((bx - ax) * (y - ay) - (by - ay) * (x - ax)) / det
        const l0 = 1 - l1 - l2
        if (l0 < 0 || l1 < 0 || l2 < 0) continue
        const z = l0 * az + l1 * bz + l2 * cz
        const k = i + j * w
        if (z > zbuf[k]!) {
          zbuf[k] = z
          if (idbuf && vertexId) {
            const best = l0 >= l1 && l0 >= l2 ? I[t]! : l1 >= l2 ? I[t + 1]! : I[t + 2]!
            idbuf[k] = vertexId[best]!
          }
        }
      }
  }
}

/**
 * Fraction of trunk and limb skin pixels (front and back orthographic views, `px` metres per pixel) where a
 * muscle is in front of the skin (or within `tolerance` behind it).
 */
export function muscleCoverage(
  skin: CoverageMesh & { region: ArrayLike<number>; regionNames: string[] },
  muscles: CoverageMesh[],
  px = 0.004,
  tolerance = 0.0005,
): CoverageResult {
  const x0 = -0.55
  const y0 = -0.01
  const w = Math.ceil(1.1 / px)
  const h = Math.ceil(1.8 / px)
  const count = (sign: 1 | -1): [number, number] => {
    const zs = new Float32Array(w * h).fill(-Infinity)
    const ids = new Int32Array(w * h).fill(-1)
    raster(skin, sign, px, x0, y0, w, h, zs, ids, skin.region)
    const zm = new Float32Array(w * h).fill(-Infinity)
    for (const m of muscles) raster(m, sign, px, x0, y0, w, h, zm, null, null)
    let total = 0
    let covered = 0
    for (let k = 0; k < w * h; k++) {
      if (ids[k]! < 0) continue
      const name = skin.regionNames[ids[k]!]
      if (!name || !isTrunkOrLimb(name)) continue
      total++
      if (zm[k]! >= zs[k]! - tolerance) covered++
    }
    return [covered, total]
  }
  const [cf, tf] = count(1)
  const [cb, tb] = count(-1)
  return { front: cf / tf, back: cb / tb, pixels: { front: tf, back: tb } }
}
