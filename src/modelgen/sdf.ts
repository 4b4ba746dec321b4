// Signed-distance primitives and blending (I. Quilez formulations). All units metres.
export type Vec3 = [number, number, number]
export interface Aabb {
  min: Vec3
  max: Vec3
}
export type Fn = (x: number, y: number, z: number) => number
export interface Prim {
  f: Fn
  box: Aabb
  /** blend radius with the primitives before it in its group (default: the group's) */
  k?: number
}

const len3 = (x: number, y: number, z: number): number => Math.sqrt(x * x + y * y + z * z)

/** Quadratic polynomial smooth minimum with compact support k (equals min when |a-b| >= k). */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b)
  const h = Math.max(k - Math.abs(a - b), 0) / k
  return Math.min(a, b) - (h * h * k) / 4
}
/** Smooth subtraction of b from a. */
export function ssub(a: number, b: number, k: number): number {
  return -smin(-a, b, k)
}

export function sphere(c: Vec3, r: number): Prim {
  const [cx, cy, cz] = c
  return {
    f: (x, y, z) => len3(x - cx, y - cy, z - cz) - r,
    box: { min: [cx - r, cy - r, cz - r], max: [cx + r, cy + r, cz + r] },
  }
}

/** Round cone between a (radius ra) and b (radius rb): exact distance. */
export function roundCone(a: Vec3, b: Vec3, ra: number, rb: number): Prim {
  const [ax, ay, az] = a
  const bax = b[0] - ax
  const bay = b[1] - ay
  const baz = b[2] - az
  const l2 = bax * bax + bay * bay + baz * baz
  const rr = ra - rb
  const a2 = l2 - rr * rr
  const il2 = 1 / Math.max(l2, 1e-12)
  const r = Math.max(ra, rb)
  const f: Fn = (x, y, z) => {
    const px = x - ax
    const py = y - ay
    const pz = z - az
    const yv = px * bax + py * bay + pz * baz
    const zv = yv - l2
    const qx = px * l2 - bax * yv
    const qy = py * l2 - bay * yv
    const qz = pz * l2 - baz * yv
    const x2 = qx * qx + qy * qy + qz * qz
    const y2 = yv * yv * l2
    const z2 = zv * zv * l2
    const k = Math.sign(rr) * rr * rr * x2
    if (Math.sign(zv) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - rb
    if (Math.sign(yv) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - ra
    return (Math.sqrt(x2 * a2 * il2) + yv * rr) * il2 - ra
  }
  return {
    f,
    box: {
      min: [Math.min(ax, b[0]) - r, Math.min(ay, b[1]) - r, Math.min(az, b[2]) - r],
      max: [Math.max(ax, b[0]) + r, Math.max(ay, b[1]) + r, Math.max(az, b[2]) + r],
    },
  }
}

export function capsule(a: Vec3, b: Vec3, r: number): Prim {
  return roundCone(a, b, r, r)
}

/** Rotation as a 3x3 matrix from Euler angles in degrees (applied X, then Y, then Z). */
export function rotMatrix(deg: Vec3): number[] {
  const [rx, ry, rz] = deg.map((d) => (d * Math.PI) / 180) as Vec3
  const cx = Math.cos(rx)
  const sx = Math.sin(rx)
  const cy = Math.cos(ry)
  const sy = Math.sin(ry)
  const cz = Math.cos(rz)
  const sz = Math.sin(rz)
  // R = Rz * Ry * Rx (row-major)
  return [
    cz * cy,
    cz * sy * sx - sz * cx,
    cz * sy * cx + sz * sx,
    sz * cy,
    sz * sy * sx + cz * cx,
    sz * sy * cx - cz * sx,
    -sy,
    cy * sx,
    cy * cx,
  ]
}

/** Ellipsoid with radii r, rotated by rot (degrees). Bound distance (iq), good near the surface. */
export function ellipsoid(c: Vec3, r: Vec3, rot: Vec3 = [0, 0, 0]): Prim {
  const [cx, cy, cz] = c
  const [rx, ry, rz] = r
  const m = rotMatrix(rot)
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8] = m as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const f: Fn = (x, y, z) => {
    const dx = x - cx
    const dy = y - cy
    const dz = z - cz
    // local = R^T * d
    const lx = m0 * dx + m3 * dy + m6 * dz
    const ly = m1 * dx + m4 * dy + m7 * dz
    const lz = m2 * dx + m5 * dy + m8 * dz
    const k0 = len3(lx / rx, ly / ry, lz / rz)
    const k1 = len3(lx / (rx * rx), ly / (ry * ry), lz / (rz * rz))
    if (k1 < 1e-12) return -Math.min(rx, ry, rz)
    return (k0 * (k0 - 1)) / k1
  }
  const rm = Math.max(rx, ry, rz)
  return { f, box: { min: [cx - rm, cy - rm, cz - rm], max: [cx + rm, cy + rm, cz + rm] } }
}

/** Rounded box centred at c with half-extents h, corner radius rr, rotated. */
export function roundBox(c: Vec3, h: Vec3, rr: number, rot: Vec3 = [0, 0, 0]): Prim {
  const [cx, cy, cz] = c
  const m = rotMatrix(rot)
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8] = m as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const bx = h[0] - rr
  const by = h[1] - rr
  const bz = h[2] - rr
  const f: Fn = (x, y, z) => {
    const dx = x - cx
    const dy = y - cy
    const dz = z - cz
    const qx = Math.abs(m0 * dx + m3 * dy + m6 * dz) - bx
    const qy = Math.abs(m1 * dx + m4 * dy + m7 * dz) - by
    const qz = Math.abs(m2 * dx + m5 * dy + m8 * dz) - bz
    return len3(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0)) + Math.min(Math.max(qx, qy, qz), 0) - rr
  }
  const rm = len3(h[0], h[1], h[2])
  return { f, box: { min: [cx - rm, cy - rm, cz - rm], max: [cx + rm, cy + rm, cz + rm] } }
}

/** Unsigned distance to a triangle minus a radius (a thick plate). */
export function triPlate(a: Vec3, b: Vec3, c: Vec3, r: number): Prim {
  const ba = sub(b, a)
  const cb = sub(c, b)
  const ac = sub(a, c)
  const nor = cross(ba, ac)
  const f: Fn = (x, y, z) => {
    const p: Vec3 = [x, y, z]
    const pa = sub(p, a)
    const pb = sub(p, b)
    const pc = sub(p, c)
    const s =
      Math.sign(dot(cross(ba, nor), pa)) +
      Math.sign(dot(cross(cb, nor), pb)) +
      Math.sign(dot(cross(ac, nor), pc))
    let d2: number
    if (s < 2) {
      const e1 = segD2(ba, pa)
      const e2 = segD2(cb, pb)
      const e3 = segD2(ac, pc)
      d2 = Math.min(e1, e2, e3)
    } else {
      const dn = dot(nor, pa)
      d2 = (dn * dn) / dot(nor, nor)
    }
    return Math.sqrt(d2) - r
  }
  const min: Vec3 = [0, 1, 2].map((i) => Math.min(a[i]!, b[i]!, c[i]!) - r) as Vec3
  const max: Vec3 = [0, 1, 2].map((i) => Math.max(a[i]!, b[i]!, c[i]!) + r) as Vec3
  return { f, box: { min, max } }
}
function segD2(e: Vec3, p: Vec3): number {
  const t = Math.min(Math.max(dot(e, p) / dot(e, e), 0), 1)
  const d = [e[0] * t - p[0], e[1] * t - p[1], e[2] * t - p[2]] as Vec3
  return dot(d, d)
}

export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
export const length = (a: Vec3): number => Math.sqrt(dot(a, a))
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a) || 1
  return [a[0] / l, a[1] / l, a[2] / l]
}
export const lerp3 = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]

/** Distance from a point to an AABB (0 inside). */
export function boxDist(b: Aabb, x: number, y: number, z: number): number {
  const dx = Math.max(b.min[0] - x, 0, x - b.max[0])
  const dy = Math.max(b.min[1] - y, 0, y - b.max[1])
  const dz = Math.max(b.min[2] - z, 0, z - b.max[2])
  return len3(dx, dy, dz)
}
export function boxBoxDist(a: Aabb, b: Aabb): number {
  const dx = Math.max(a.min[0] - b.max[0], 0, b.min[0] - a.max[0])
  const dy = Math.max(a.min[1] - b.max[1], 0, b.min[1] - a.max[1])
  const dz = Math.max(a.min[2] - b.max[2], 0, b.min[2] - a.max[2])
  return len3(dx, dy, dz)
}

/**
 * A field made of groups: each group is a smooth union (blend k) of primitives; groups are smoothly
 * united with a global blend; subtractive primitives are removed smoothly at the end. cull(box) returns
 * an equivalent field for points inside box, dropping primitives that cannot reach the narrow band.
 */
export interface Group {
  k: number
  prims: Prim[]
}
export interface Field {
  f: Fn
  cull: (box: Aabb, band: number) => Field
}
export function makeField(
  groups: Group[],
  globalK: number,
  subtract: { prim: Prim; k: number }[] = [],
  clipBelowY: number | null = null,
): Field {
  const build = (gs: Group[], subs: { prim: Prim; k: number }[]): Field => {
    const gfs = gs.map((g) => {
      const ps = g.prims.map((p) => p.f)
      const ks = g.prims.map((p) => p.k ?? g.k)
      const n = ps.length
      return (x: number, y: number, z: number): number => {
        let d = ps[0]!(x, y, z)
        for (let i = 1; i < n; i++) d = smin(d, ps[i]!(x, y, z), ks[i]!)
        return d
      }
    })
    const ng = gfs.length
    const sf = subs.map((s) => s.prim.f)
    const sk = subs.map((s) => s.k)
    const f: Fn = (x, y, z) => {
      let d = ng > 0 ? gfs[0]!(x, y, z) : 1
      for (let i = 1; i < ng; i++) d = smin(d, gfs[i]!(x, y, z), globalK)
      for (let i = 0; i < sf.length; i++) d = ssub(d, sf[i]!(x, y, z), sk[i]!)
      if (clipBelowY !== null) d = Math.max(d, clipBelowY - y)
      return d
    }
    const cull = (box: Aabb, band: number): Field => {
      const ng2: Group[] = []
      for (const g of gs) {
        const gk = Math.max(g.k, ...g.prims.map((p) => p.k ?? 0))
        const lim = band + gk + globalK
        const prims = g.prims.filter((p) => boxBoxDist(p.box, box) <= lim)
        if (prims.length) ng2.push({ k: g.k, prims })
      }
      const ns = subs.filter((s) => boxBoxDist(s.prim.box, box) <= band + s.k)
      if (ng2.length === 0) return { f: () => 1, cull: () => ({ f: () => 1, cull: () => null as never }) }
      return build(ng2, ns)
    }
    return { f, cull }
  }
  return build(groups, subtract)
}

export function gradient(f: Fn, x: number, y: number, z: number, e: number): Vec3 {
  return [
    (f(x + e, y, z) - f(x - e, y, z)) / (2 * e),
    (f(x, y + e, z) - f(x, y - e, z)) / (2 * e),
    (f(x, y, z + e) - f(x, y, z - e)) / (2 * e),
  ]
}
