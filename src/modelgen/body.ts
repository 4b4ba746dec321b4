// Builds the skin distance field and the body frames from models/body.json.
import type { BodySpec, FrameSpec, PrimSpec } from './schema'
import type { Field, Group, Prim, Vec3 } from './sdf'
import {
  add,
  cross,
  dot,
  ellipsoid,
  makeField,
  normalize,
  rotMatrix,
  roundBox,
  roundCone,
  scale,
  sphere,
  sub,
  triPlate,
} from './sdf'

export const mirrorX = (p: Vec3): Vec3 => [-p[0], p[1], p[2]]

export function resolvePoint(body: BodySpec, p: Vec3 | string): Vec3 {
  if (typeof p !== 'string') return p
  const j = body.joints[p.slice(1)]
  if (!j) throw new Error(`unknown joint ${p}`)
  return j
}

/** Cross-section of the torso loft at height y: [half-width a, front depth bf, back depth bb, centre z]. */
export function loftSampler(
  rows: BodySpec['skin']['torsoLoft'],
): (y: number) => [number, number, number, number] {
  const n = rows.length
  const y0 = rows[0]!.y
  const y1 = rows[n - 1]!.y
  const keys = ['a', 'bf', 'bb', 'zc'] as const
  return (y: number): [number, number, number, number] => {
    const yy = Math.min(Math.max(y, y0), y1)
    let i = 0
    while (i < n - 2 && rows[i + 1]!.y < yy) i++
    const r0 = rows[Math.max(i - 1, 0)]!
    const r1 = rows[i]!
    const r2 = rows[i + 1]!
    const r3 = rows[Math.min(i + 2, n - 1)]!
    const t = (yy - r1.y) / (r2.y - r1.y)
    const t2 = t * t
    const t3 = t2 * t
    return keys.map((k) => {
      const p0 = r0[k]
      const p1 = r1[k]
      const p2 = r2[k]
      const p3 = r3[k]
      return (
        0.5 *
        (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3)
      )
    }) as [number, number, number, number]
  }
}

/** Torso loft: elliptical cross-sections with separate front/back depth, Catmull-Rom in y. */
export function torsoLoft(rows: BodySpec['skin']['torsoLoft']): Prim {
  const n = rows.length
  const y0 = rows[0]!.y
  const y1 = rows[n - 1]!.y
  const sample = loftSampler(rows)
  // tabulate for speed
  const step = 0.002
  const m = Math.ceil((y1 - y0) / step) + 1
  const tab = new Float64Array(m * 4)
  for (let i = 0; i < m; i++) tab.set(sample(y0 + i * step), i * 4)
  let amax = 0
  let bmax = 0
  for (const r of rows) {
    amax = Math.max(amax, r.a)
    bmax = Math.max(bmax, r.bf + Math.abs(r.zc), r.bb + Math.abs(r.zc))
  }
  const f = (x: number, y: number, z: number): number => {
    const fi = Math.min(Math.max((y - y0) / step, 0), m - 1.001)
    const i = Math.floor(fi)
    const t = fi - i
    const o = i * 4
    const a = tab[o]! * (1 - t) + tab[o + 4]! * t
    const bf = tab[o + 1]! * (1 - t) + tab[o + 5]! * t
    const bb = tab[o + 2]! * (1 - t) + tab[o + 6]! * t
    const zc = tab[o + 3]! * (1 - t) + tab[o + 7]! * t
    const dz = z - zc
    const b = dz > 0 ? bf : bb
    const k0 = Math.sqrt((x / a) ** 2 + (dz / b) ** 2)
    const k1 = Math.sqrt((x / (a * a)) ** 2 + (dz / (b * b)) ** 2)
    const d2 = k1 < 1e-9 ? -Math.min(a, b) : (k0 * (k0 - 1)) / k1
    return Math.max(d2, y0 - y, y - y1)
  }
  return { f, box: { min: [-amax, y0, -bmax], max: [amax, y1, bmax] } }
}

function mirrorRot(r: Vec3): Vec3 {
  return [r[0], -r[1], -r[2]]
}

export function primFromSpec(body: BodySpec, s: PrimSpec, mirror: boolean): Prim {
  const p = primShape(body, s, mirror)
  if (s.k !== undefined) p.k = s.k
  return p
}

function primShape(body: BodySpec, s: PrimSpec, mirror: boolean): Prim {
  const P = (p: Vec3 | string | undefined): Vec3 => {
    if (p === undefined) throw new Error(`prim ${s.label ?? s.t} misses a point`)
    const v = resolvePoint(body, p)
    return mirror ? mirrorX(v) : v
  }
  const r = s.r ?? [0.01]
  const rot: Vec3 = s.rot ? (mirror ? mirrorRot(s.rot) : s.rot) : [0, 0, 0]
  switch (s.t) {
    case 'sphere':
      return sphere(P(s.c), r[0]!)
    case 'cone':
      return roundCone(P(s.a), P(s.b), r[0]!, r[1] ?? r[0]!)
    case 'ell':
      return ellipsoid(P(s.c), r as Vec3, rot)
    case 'box':
      return roundBox(P(s.c), s.h!, r[0]!, rot)
    case 'tri':
      return triPlate(P(s.a), P(s.b), P(s.c), r[0]!)
    case 'loft':
      return torsoLoft(body.skin.torsoLoft)
  }
}

export function handPrims(body: BodySpec, mirror: boolean, bones = false): Prim[] {
  const H = body.skin.hand
  const W = body.joints['wrist']!
  const fr = body.frames['hand']!
  const tip = resolvePoint(body, fr.b as Vec3 | string)
  const a = normalize(sub(tip, W)) // along the hand
  const zf: Vec3 = [0, 0, 1]
  const l = normalize(cross(a, zf)) // lateral (thumb side)
  const lat: Vec3 = l[0] < 0 ? scale(l, -1) : l
  const at = (u: number, v: number, w: number): Vec3 =>
    add(add(add(W, scale(lat, u)), scale(a, v)), scale(zf, w))
  const prims: Prim[] = []
  const angZ = (Math.atan2(-a[0], -a[1]) * 180) / Math.PI
  const rs = bones ? 0.5 : 1
  if (bones) {
    prims.push(ellipsoid(at(0, 0.02, -0.002), [0.026, 0.014, 0.009], [0, 0, -angZ])) // carpals
    for (const fg of H.fingers)
      prims.push(roundCone(at(fg.x * 0.55, 0.03, -0.002), at(fg.x, H.knuckle - 0.004, 0), 0.005, 0.0055))
  } else {
    prims.push(roundBox(at(0, H.palmCentre, 0), H.palmHalf, 0.012, [0, 0, -angZ]))
    prims.push(ellipsoid(at(-0.026, H.palmCentre - 0.008, 0.006), [0.016, 0.036, 0.014], [0, 0, -angZ])) // hypothenar
  }
  for (const fg of H.fingers) {
    const sp = (fg.splay * Math.PI) / 180
    const dirIn = normalize(add(scale(a, Math.cos(sp)), scale(lat, Math.sin(sp))))
    let p = at(fg.x, H.knuckle, 0.002)
    let curl = 0
    for (let s = 0; s < 3; s++) {
      curl += (H.curlDeg[s]! * Math.PI) / 180
      const d = normalize(add(scale(dirIn, Math.cos(curl)), scale(zf, Math.sin(curl))))
      const q = add(p, scale(d, fg.len[s]!))
      const r0 = fg.r[s]! * rs
      const r1 = (s < 2 ? fg.r[s + 1]! : fg.r[s]! * 0.85) * rs
      if (bones) prims.push(roundCone(add(p, scale(d, 0.003)), sub(q, scale(d, 0.003)), r0, r1))
      else prims.push(roundCone(p, q, r0, r1))
      p = q
    }
    // knuckle
    if (!bones)
      prims.push(
        roundCone(at(fg.x * 0.8, H.knuckle - 0.03, 0.0), at(fg.x, H.knuckle, 0.001), 0.011, fg.r[0]! * 1.05),
      )
  }
  const T = H.thumb
  let p = at(T.base[0], T.base[1], T.base[2])
  const td = normalize(add(add(scale(lat, T.dir[0]), scale(a, T.dir[1])), scale(zf, T.dir[2])))
  for (let s = 0; s < 3; s++) {
    const bend = s * 0.18
    const d = normalize(add(td, scale(a, bend)))
    const q = add(p, scale(d, T.len[s]!))
    const tr = (s === 0 && bones ? 0.4 : 1) * rs
    prims.push(roundCone(p, q, T.r[s]! * tr, (s < 2 ? T.r[s + 1]! : T.r[s]! * 0.85) * rs))
    p = q
  }
  if (!mirror) return prims
  return prims.map((pr) => mirrorPrim(pr))
}

function mirrorPrim(p: Prim): Prim {
  const f = p.f
  return {
    f: (x, y, z) => f(-x, y, z),
    box: {
      min: [-p.box.max[0], p.box.min[1], p.box.min[2]],
      max: [-p.box.min[0], p.box.max[1], p.box.max[2]],
    },
  }
}

export function footBones(body: BodySpec, mirror: boolean): Prim[] {
  const prims: Prim[] = []
  for (const t of body.skin.foot.toes) {
    const base: Vec3 = [t.a[0] * 0.75 + 0.1 * 0.25, 0.038, 0.035]
    prims.push(roundCone(base, sub(t.a, [0, 0, 0.006]), t.r[0] * 0.45, t.r[0] * 0.5))
    prims.push(roundCone(add(t.a, [0, 0, 0.004]), sub(t.b, [0, 0, 0.004]), t.r[0] * 0.45, t.r[1] * 0.4))
  }
  return mirror ? prims.map(mirrorPrim) : prims
}

function footPrims(body: BodySpec, mirror: boolean): Prim[] {
  const F = body.skin.foot
  const prims = F.prims.map((s) => primFromSpec(body, s, false))
  for (const t of F.toes) {
    const toe = roundCone(t.a, t.b, t.r[0], t.r[1])
    if (t.k !== undefined) toe.k = t.k
    prims.push(toe)
  }
  return mirror ? prims.map(mirrorPrim) : prims
}

export interface SkinGroup {
  id: string
  side: 'L' | 'R' | 'M'
  group: Group
}
export function skinGroups(body: BodySpec): { groups: SkinGroup[]; subs: { prim: Prim; k: number }[] } {
  const groups: SkinGroup[] = []
  const subs: { prim: Prim; k: number }[] = []
  for (const g of body.skin.groups) {
    const sides = g.side ? [false, true] : [false]
    for (const m of sides) {
      const prims: Prim[] = []
      if (g.hand) prims.push(...handPrims(body, m))
      if (g.foot) prims.push(...footPrims(body, m))
      for (const s of g.prims) {
        prims.push(primFromSpec(body, s, m))
        if (s.mirror && !g.side) prims.push(primFromSpec(body, s, true))
      }
      groups.push({ id: g.id, side: g.side ? (m ? 'R' : 'L') : 'M', group: { k: g.k, prims } })
      for (const s of g.subtract ?? []) {
        subs.push({ prim: primFromSpec(body, s, m), k: s.k ?? 0.01 })
        if (s.mirror && !g.side) subs.push({ prim: primFromSpec(body, s, true), k: s.k ?? 0.01 })
      }
    }
  }
  return { groups, subs }
}

export function skinField(body: BodySpec): Field {
  const { groups, subs } = skinGroups(body)
  return makeField(
    groups.map((g) => g.group),
    body.skin.blend,
    subs,
    body.skin.clipBelowY,
  )
}

/** Body segment of a point near the skin: nearest skin group, arm and leg split at elbow and knee. */
export function segmentClassifier(body: BodySpec): (p: Vec3) => { seg: string; side: 'L' | 'R' | 'M' } {
  const { groups } = skinGroups(body)
  const fns = groups.map((g) => {
    const ps = g.group.prims.map((q) => q.f)
    return (x: number, y: number, z: number): number => {
      let d = Infinity
      for (const f of ps) d = Math.min(d, f(x, y, z))
      return d
    }
  })
  const J = body.joints
  const sh = J['shoulder']!
  const el = J['elbow']!
  const wr = J['wrist']!
  const hip = J['hip']!
  const kn = J['knee']!
  const an = J['ankle']!
  const armDir = normalize(sub(wr, sh))
  const legDir = normalize(sub(an, hip))
  return (p) => {
    let best = 0
    let bd = Infinity
    for (let i = 0; i < fns.length; i++) {
      const d = fns[i]!(p[0], p[1], p[2])
      if (d < bd) {
        bd = d
        best = i
      }
    }
    const g = groups[best]!
    const q: Vec3 = g.side === 'R' ? mirrorX(p) : p
    let seg = g.id
    if (seg === 'detail') seg = 'torso'
    if (seg === 'arm') seg = dot(sub(q, el), armDir) > 0 ? 'forearm' : 'upperarm'
    if (seg === 'leg') seg = dot(sub(q, kn), legDir) > 0 ? 'shank' : 'thigh'
    return { seg, side: g.side }
  }
}

export interface Frame {
  a: Vec3
  d: Vec3
  len: number
  ref: Vec3
  lat: Vec3
  maxRay: number
  mirror: boolean
}
export function makeFrame(body: BodySpec, spec: FrameSpec, mirror: boolean): Frame {
  let a = resolvePoint(body, spec.a as Vec3 | string)
  let b = resolvePoint(body, spec.b as Vec3 | string)
  if (mirror) {
    a = mirrorX(a)
    b = mirrorX(b)
  }
  const ab = sub(b, a)
  const len = Math.sqrt(dot(ab, ab))
  const d = scale(ab, 1 / len)
  const ref = normalize(sub(spec.ref, scale(d, dot(spec.ref, d))))
  let lat = normalize(cross(d, ref))
  // lateral points to the figure's left (+x) for the left side, to -x for the right
  // (for frames along x, such as the shoulder girdle, "lateral" is up instead)
  const want = mirror ? -1 : 1
  if (Math.abs(lat[0]) >= 0.5) {
    if (Math.sign(lat[0]) !== want) lat = scale(lat, -1)
  } else if (Math.abs(lat[0]) > 1e-6) {
    if (lat[1] < 0) lat = scale(lat, -1)
  } else if (Math.abs(lat[1]) > 0.5) {
    if (lat[1] < 0) lat = scale(lat, -1)
  } else if (want < 0) lat = scale(lat, -1)
  return { a, d, len, ref, lat, maxRay: spec.maxRay, mirror }
}
export function frameAxisPoint(fr: Frame, t: number): Vec3 {
  // the trunk/neck/head frames use absolute metres (len 1 for trunk); all frames use t as a fraction of a->b
  return add(fr.a, scale(fr.d, t * fr.len))
}
export function frameDir(fr: Frame, angDeg: number): Vec3 {
  const th = (angDeg * Math.PI) / 180
  return normalize(add(scale(fr.ref, Math.cos(th)), scale(fr.lat, Math.sin(th))))
}

/**
 * A field evaluated through per-cell culled copies (cells of `cell` metres, primitives within `band` of the cell):
 * exact near the surface, same sign everywhere, and many times cheaper for ray casts and projections.
 */
export function cachedField(
  field: Field,
  cell = 0.04,
  band = 0.06,
): (x: number, y: number, z: number) => number {
  const map = new Map<number, (x: number, y: number, z: number) => number>()
  return (x, y, z) => {
    const i = Math.floor(x / cell)
    const j = Math.floor(y / cell)
    const k = Math.floor(z / cell)
    const key = ((i + 128) * 512 + (j + 128)) * 512 + (k + 128)
    let f = map.get(key)
    if (!f) {
      f = field.cull(
        { min: [i * cell, j * cell, k * cell], max: [(i + 1) * cell, (j + 1) * cell, (k + 1) * cell] },
        band,
      ).f
      map.set(key, f)
    }
    return f(x, y, z)
  }
}

/** Cast a ray from the frame axis outward and return the first point where it leaves the body. */
export function castOut(
  f: (x: number, y: number, z: number) => number,
  o: Vec3,
  dir: Vec3,
  maxRay: number,
): Vec3 | null {
  let t = 0
  let prev = f(o[0], o[1], o[2])
  let wasInside = prev < 0
  const step = 0.002
  while (t < maxRay) {
    const tn = t + Math.min(0.02, Math.max(step, Math.abs(prev) * 0.8))
    const p = add(o, scale(dir, tn))
    const v = f(p[0], p[1], p[2])
    if (wasInside && v >= 0) {
      // bisection between t and tn
      let lo = t
      let hi = tn
      for (let i = 0; i < 24; i++) {
        const mid = (lo + hi) / 2
        const q = add(o, scale(dir, mid))
        if (f(q[0], q[1], q[2]) < 0) lo = mid
        else hi = mid
      }
      return add(o, scale(dir, (lo + hi) / 2))
    }
    if (v < 0) wasInside = true
    prev = v
    t = tn
  }
  return null
}

/** Newton projection onto the zero set. */
export function project(f: (x: number, y: number, z: number) => number, p: Vec3, iters = 4): Vec3 {
  let [x, y, z] = p
  const e = 0.0005
  for (let i = 0; i < iters; i++) {
    const d = f(x, y, z)
    const gx = (f(x + e, y, z) - f(x - e, y, z)) / (2 * e)
    const gy = (f(x, y + e, z) - f(x, y - e, z)) / (2 * e)
    const gz = (f(x, y, z + e) - f(x, y, z - e)) / (2 * e)
    const g2 = gx * gx + gy * gy + gz * gz || 1
    x -= (d * gx) / g2
    y -= (d * gy) / g2
    z -= (d * gz) / g2
  }
  return [x, y, z]
}
export function gradN(f: (x: number, y: number, z: number) => number, p: Vec3): Vec3 {
  const e = 0.001
  const [x, y, z] = p
  return normalize([
    f(x + e, y, z) - f(x - e, y, z),
    f(x, y + e, z) - f(x, y - e, z),
    f(x, y, z + e) - f(x, y, z - e),
  ])
}
export { rotMatrix }
