// Muscle shapes: skin-conforming sheets and tapered bellies, with fibre-frame coordinates.
import type { Frame } from './body'
import { castOut, frameAxisPoint, frameDir, gradN, project } from './body'
import type { MuscleSpec } from './schema'
import type { Fn, Vec3 } from './sdf'
import { signedVolume } from './mesher'
import { add, cross, dot, length, normalize, scale, sub } from './sdf'

export interface PartMesh {
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
  uv?: Float32Array
  frame?: Float32Array
  outer?: Float32Array
}

const LIFT = 0.0015

/** Skin point for a frame coordinate (t along the axis, angle in degrees). */
export function skinPoint(skin: Fn, fr: Frame, t: number, ang: number): { p: Vec3; n: Vec3 } {
  const o = frameAxisPoint(fr, t)
  const dir = frameDir(fr, ang)
  let p = castOut(skin, o, dir, fr.maxRay)
  if (!p) p = project(skin, add(o, scale(dir, fr.maxRay * 0.5)), 8)
  return { p, n: gradN(skin, p) }
}

function catmull(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const t2 = t * t
  const t3 = t2 * t
  return (
    0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3)
  )
}
function interpRows(rows: number[][], v: number): number[] {
  const n = rows.length
  if (n === 1) return rows[0]!
  const f = v * (n - 1)
  const i = Math.min(Math.floor(f), n - 2)
  const t = f - i
  const r0 = rows[Math.max(i - 1, 0)]!
  const r1 = rows[i]!
  const r2 = rows[i + 1]!
  const r3 = rows[Math.min(i + 2, n - 1)]!
  return r1.map((_, k) => catmull(r0[k]!, r1[k]!, r2[k]!, r3[k]!, t))
}

/** Plateau profile: 0 at the border, 1 in the middle; edge is the fraction over which it rises. */
export function profile(s: number, edge: number): number {
  const x = Math.min(1, Math.max(0, s) / edge)
  return Math.pow(Math.sin((Math.PI / 2) * x), 0.7)
}

export function vertexNormals(pos: Float32Array, idx: Uint32Array): Float32Array {
  const n = new Float32Array(pos.length)
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t]! * 3
    const b = idx[t + 1]! * 3
    const c = idx[t + 2]! * 3
    const e1: Vec3 = [pos[b]! - pos[a]!, pos[b + 1]! - pos[a + 1]!, pos[b + 2]! - pos[a + 2]!]
    const e2: Vec3 = [pos[c]! - pos[a]!, pos[c + 1]! - pos[a + 1]!, pos[c + 2]! - pos[a + 2]!]
    const fn = cross(e1, e2)
    for (const v of [a, b, c]) {
      n[v] = n[v]! + fn[0]
      n[v + 1] = n[v + 1]! + fn[1]
      n[v + 2] = n[v + 2]! + fn[2]
    }
  }
  for (let v = 0; v < n.length; v += 3) {
    const l = Math.hypot(n[v]!, n[v + 1]!, n[v + 2]!) || 1
    n[v] = n[v]! / l
    n[v + 1] = n[v + 1]! / l
    n[v + 2] = n[v + 2]! / l
  }
  return n
}

/** Point on a row polyline [t0, a0, t1, a1, ...] at parameter u (uniform per segment). */
function rowAt(r: number[], u: number): [number, number] {
  const n = r.length / 2
  const f = Math.min(Math.max(u, 0), 1) * (n - 1)
  const i = Math.min(Math.floor(f), n - 2)
  const t = f - i
  return [r[i * 2]! + (r[i * 2 + 2]! - r[i * 2]!) * t, r[i * 2 + 1]! + (r[i * 2 + 3]! - r[i * 2 + 1]!) * t]
}

/** Cast from inside the body along n through p and return the exit point (the skin near p). */
export function castThrough(skin: Fn, p: Vec3, n: Vec3): { p: Vec3; n: Vec3 } {
  const o = sub(p, scale(n, 0.035))
  let q = castOut(skin, o, n, 0.09)
  if (!q) q = project(skin, p, 8)
  return { p: q, n: gradN(skin, q) }
}

export type FrameOf = (name: string) => Frame

/** A sheet traced in a frame, conforming to the skin (or to the skin offset inward by `depth`). */
export function buildSheet(
  spec: MuscleSpec,
  fr: Frame,
  skin: Fn,
  spacing: number,
  frameOf?: FrameOf,
): PartMesh {
  const rows = (spec.rows ?? []).map((r) => (r.length === 3 ? [r[0]!, r[1]!, r[0]!, r[2]!] : [...r]))
  const pts = spec.points
  if ((pts ?? rows).length < 2) throw new Error(`${spec.id}: a sheet needs at least two rows`)
  const depth = spec.depth ?? 0
  const bulge = spec.bulge ?? 0.006
  const thick = spec.thick ?? 0.01
  const rf = spec.rowFrames
  const mixed = !!rf && rf.some((x) => x !== null && x !== spec.frame)
  const rowFrame = (i: number): Frame => {
    const name = rf?.[i]
    return name && frameOf ? frameOf(name) : fr
  }
  // mixed frames: sample each row on the skin, blend rows in 3D and cast back onto the skin
  const rowCache = new Map<string, { p: Vec3; n: Vec3 }>()
  const rowPoint = (i: number, u: number): { p: Vec3; n: Vec3 } => {
    const key = `${i}/${u}`
    let hit = rowCache.get(key)
    if (!hit) {
      const [t, a] = rowAt(rows[i]!, u)
      hit = skinPoint(skin, rowFrame(i), t, a)
      rowCache.set(key, hit)
    }
    return hit
  }
  const onPoints = pts ? pointSheet(pts, fr.mirror, spec.outward ?? [0, 1, 0]) : null
  /** skin point, its normal, and the depth of the sheet's base below it */
  const sp = (u: number, v: number): { p: Vec3; n: Vec3; d: number } => {
    if (onPoints) return { ...onPoints(u, v), d: 0 }
    if (!mixed) {
      const r = interpRows(
        rows.map((row) => [...rowAt(row, u)]),
        v,
      )
      return { ...skinPoint(skin, fr, r[0]!, r[1]!), d: depth }
    }
    const hits = rows.map((_, i) => rowPoint(i, u))
    const P = interpRows(
      hits.map((h) => [...h.p, ...h.n]),
      v,
    )
    return { ...castThrough(skin, [P[0]!, P[1]!, P[2]!], normalize([P[3]!, P[4]!, P[5]!])), d: depth }
  }
  const base = (u: number, v: number): Vec3 => {
    const h = sp(u, v)
    return sub(h.p, scale(h.n, h.d))
  }
  let maxW = 0
  for (const v of [0, 0.5, 1]) maxW = Math.max(maxW, length(sub(base(0, v), base(1, v))))
  let len = 0
  let prev = base(0.5, 0)
  for (let i = 1; i <= 8; i++) {
    const q = base(0.5, i / 8)
    len += length(sub(q, prev))
    prev = q
  }
  const nu = Math.min(40, Math.max(8, Math.round(maxW / spacing))) + 1
  const nv = Math.min(60, Math.max(10, Math.round(len / spacing))) + 1
  const S: Vec3[] = []
  const N: Vec3[] = []
  for (let j = 0; j < nv; j++)
    for (let i = 0; i < nu; i++) {
      const { p, n, d } = sp(i / (nu - 1), j / (nv - 1))
      // the sheet's base: the skin point moved in by its depth (positions below are offsets from it)
      S.push(sub(p, scale(n, d)))
      N.push(n)
    }
  const nTop = nu * nv
  const positions: number[] = []
  const frame: number[] = []
  const outer: number[] = []
  const uv: number[] = []
  const sign = spec.flipAcross ? -1 : 1
  // across arc length per row (for texture coordinates in metres)
  const acrossM: number[] = new Array(nTop).fill(0)
  for (let j = 0; j < nv; j++) {
    const cum: number[] = [0]
    for (let i = 1; i < nu; i++) cum.push(cum[i - 1]! + length(sub(S[j * nu + i]!, S[j * nu + i - 1]!)))
    const mid = cum[nu - 1]! / 2
    for (let i = 0; i < nu; i++) acrossM[j * nu + i] = cum[i]! - mid
  }
  let widthSum = 0
  for (let j = 0; j < nv; j++) widthSum += 2 * Math.abs(acrossM[j * nu]!)
  const halfWidth = Math.min(0.45, widthSum / nv / 2)
  const alongM: number[] = new Array(nTop).fill(0)
  for (let i = 0; i < nu; i++)
    for (let j = 1; j < nv; j++)
      alongM[j * nu + i] = alongM[(j - 1) * nu + i]! + length(sub(S[j * nu + i]!, S[(j - 1) * nu + i]!))
  const prof: number[] = []
  for (let j = 0; j < nv; j++)
    for (let i = 0; i < nu; i++) {
      const u = i / (nu - 1)
      const v = j / (nv - 1)
      const pu = profile(1 - Math.abs(2 * u - 1), 0.45)
      const pv = profile(1 - Math.abs(2 * v - 1), 0.35)
      prof.push(pu * pv)
    }
  for (let surf = 0; surf < 2; surf++)
    for (let j = 0; j < nv; j++)
      for (let i = 0; i < nu; i++) {
        const k = j * nu + i
        const s = S[k]!
        const n = N[k]!
        const pr = prof[k]!
        let off = surf === 0 ? LIFT + bulge * pr : LIFT - thick * pr
        // muscles under the superficial layer stay below its lowest edge (no poke-through)
        if (spec.layer !== 'superficial') off = Math.min(off, LIFT * 0.4)
        positions.push(s[0] + n[0] * off, s[1] + n[1] * off, s[2] + n[2] * off)
        frame.push(sign * (2 * (i / (nu - 1)) - 1), j / (nv - 1))
        outer.push(surf === 0 ? 1 : 0)
        // fibres run along lines of constant u: stripes follow them at the muscle's mean width
        uv.push(0.5 + sign * (2 * (i / (nu - 1)) - 1) * halfWidth, Math.min(1, alongM[k]!))
      }
  // bottom boundary vertices are replaced by the top ones
  const vid = (surf: number, i: number, j: number): number => {
    const border = i === 0 || j === 0 || i === nu - 1 || j === nv - 1
    return surf === 1 && border ? j * nu + i : surf * nTop + j * nu + i
  }
  const idx: number[] = []
  for (let j = 0; j < nv - 1; j++)
    for (let i = 0; i < nu - 1; i++) {
      const a = vid(0, i, j)
      const b = vid(0, i + 1, j)
      const c = vid(0, i + 1, j + 1)
      const d = vid(0, i, j + 1)
      idx.push(a, b, c, a, c, d)
      const a2 = vid(1, i, j)
      const b2 = vid(1, i + 1, j)
      const c2 = vid(1, i + 1, j + 1)
      const d2 = vid(1, i, j + 1)
      idx.push(a2, c2, b2, a2, d2, c2)
    }
  return finish(positions, idx, uv, frame, outer)
}

/** Point on a polyline of body-space points [x, y, z, ...] at parameter u (uniform per segment). */
function polyAt(r: number[], u: number): Vec3 {
  const n = r.length / 3
  const f = Math.min(Math.max(u, 0), 1) * (n - 1)
  const i = Math.min(Math.floor(f), n - 2)
  const t = f - i
  const at = (k: number): number => r[i * 3 + k]! + (r[i * 3 + 3 + k]! - r[i * 3 + k]!) * t
  return [at(0), at(1), at(2)]
}

/**
 * A sheet through rows of body-space points (Catmull-Rom between rows, like skin rows), mirrored in x for the
 * right side; the normal is the surface normal turned towards `outward`.
 */
export function pointSheet(
  rows: number[][],
  mirror: boolean,
  outward: Vec3,
): (u: number, v: number) => { p: Vec3; n: Vec3 } {
  const sx = mirror ? -1 : 1
  const at = (u: number, v: number): Vec3 => {
    const q = interpRows(
      rows.map((r) => polyAt(r, u)),
      Math.min(Math.max(v, 0), 1),
    )
    return [q[0]! * sx, q[1]!, q[2]!]
  }
  const out: Vec3 = [outward[0] * sx, outward[1], outward[2]]
  const e = 1e-3
  return (u, v) => {
    const p = at(u, v)
    const du = sub(at(u + e, v), at(u - e, v))
    const dv = sub(at(u, v + e), at(u, v - e))
    let n = normalize(cross(du, dv))
    if (dot(n, out) < 0) n = scale(n, -1)
    return { p, n }
  }
}

/** Drop unused vertices, orient so the top surface faces along the skin normal, compute normals. */
function finish(
  positions: number[],
  idx: number[],
  uv: number[],
  frame: number[],
  outer: number[],
): PartMesh {
  const used = new Int32Array(positions.length / 3).fill(-1)
  const order: number[] = []
  for (const v of idx) if (used[v] === -1) used[v] = order.push(v) - 1
  const P = new Float32Array(order.length * 3)
  const F = new Float32Array(order.length * 2)
  const U = new Float32Array(order.length * 2)
  const O = new Float32Array(order.length)
  order.forEach((v, i) => {
    P.set([positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!], i * 3)
    F.set([frame[v * 2]!, frame[v * 2 + 1]!], i * 2)
    U.set([uv[v * 2]!, uv[v * 2 + 1]!], i * 2)
    O[i] = outer[v]!
  })
  let I = Uint32Array.from(idx.map((v) => used[v]!))
  let Nn = vertexNormals(P, I)
  // orientation: the shells are closed, so a negative signed volume means inward-facing triangles
  if (signedVolume(P, I) < 0) {
    for (let t = 0; t < I.length; t += 3) {
      const b = I[t + 1]!
      I[t + 1] = I[t + 2]!
      I[t + 2] = b
    }
    I = new Uint32Array(I)
    Nn = vertexNormals(P, I)
  }
  return { positions: P, normals: Nn, indices: I, uv: U, frame: F, outer: O }
}

/** A tapered belly along a path of frame points [t, angle, depth, width, height]. */
export function buildBelly(spec: MuscleSpec, fr: Frame, skin: Fn, spacing: number): PartMesh {
  const path = spec.path ?? []
  if (path.length < 2) throw new Error(`${spec.id}: a belly needs at least two path points`)
  const pts = path.map(([t, a, d, w, h]) => {
    const { p, n } = skinPoint(skin, fr, t, a)
    const c = sub(p, scale(n, d))
    return [c[0], c[1], c[2], n[0], n[1], n[2], w, h]
  })
  let len = 0
  for (let i = 1; i < pts.length; i++)
    len += Math.hypot(
      pts[i]![0]! - pts[i - 1]![0]!,
      pts[i]![1]! - pts[i - 1]![1]!,
      pts[i]![2]! - pts[i - 1]![2]!,
    )
  const nv = Math.min(48, Math.max(10, Math.round(len / spacing))) + 1
  // segments round the belly: fewer for thin muscles (the hand, the foot, the gemelli), where 20 are not seen
  const girth = Math.max(...path.map((q) => Math.max(q[3], q[4])))
  const na = girth <= 0.006 ? 12 : girth <= 0.01 ? 16 : 20
  const keep = spec.layer === 'superficial' ? 0 : 0.002
  const positions: number[] = []
  const frame: number[] = []
  const outer: number[] = []
  const uv: number[] = []
  const sign = spec.flipAcross ? -1 : 1
  const C: number[][] = []
  for (let j = 0; j < nv; j++) C.push(interpRows(pts, j / (nv - 1)))
  let along = 0
  for (let j = 0; j < nv; j++) {
    const r = C[j]!
    const c: Vec3 = [r[0]!, r[1]!, r[2]!]
    const prevC = C[Math.max(j - 1, 0)]!
    const nextC = C[Math.min(j + 1, nv - 1)]!
    const T = normalize([nextC[0]! - prevC[0]!, nextC[1]! - prevC[1]!, nextC[2]! - prevC[2]!])
    if (j > 0) along += Math.hypot(r[0]! - prevC[0]!, r[1]! - prevC[1]!, r[2]! - prevC[2]!)
    const nOut: Vec3 = [r[3]!, r[4]!, r[5]!]
    const O = normalize(sub(nOut, scale(T, dot(nOut, T))))
    const Sd = cross(T, O)
    const v = j / (nv - 1)
    const taper = 0.12 + 0.88 * profile(1 - Math.abs(2 * v - 1), 0.6)
    const w = r[6]! * taper
    const h = r[7]! * taper
    for (let i = 0; i < na; i++) {
      const phi = -Math.PI + (2 * Math.PI * i) / na
      let p = add(add(c, scale(O, h * Math.cos(phi))), scale(Sd, w * Math.sin(phi)))
      if (keep > 0) {
        const d = skin(p[0], p[1], p[2])
        if (d > -keep) {
          const g = gradN(skin, p)
          p = sub(p, scale(g, d + keep))
        }
      }
      positions.push(...p)
      const acr = Math.max(-1, Math.min(1, phi / (Math.PI / 2)))
      frame.push(sign * acr, v)
      outer.push(Math.abs(phi) <= Math.PI / 2 + 1e-6 ? 1 : 0)
      uv.push(0.5 + (sign * (phi / Math.PI) * (w + h) * Math.PI) / 2, Math.min(1, along))
    }
  }
  const idx: number[] = []
  for (let j = 0; j < nv - 1; j++)
    for (let i = 0; i < na; i++) {
      const a = j * na + i
      const b = j * na + ((i + 1) % na)
      const c = (j + 1) * na + ((i + 1) % na)
      const d = (j + 1) * na + i
      idx.push(a, b, c, a, c, d)
    }
  // caps
  for (const [j, end] of [
    [0, 0],
    [nv - 1, 1],
  ] as const) {
    const r = C[j]!
    const ci = positions.length / 3
    positions.push(r[0]!, r[1]!, r[2]!)
    frame.push(0, end)
    outer.push(1)
    uv.push(0.5, end === 0 ? 0 : Math.min(1, along))
    for (let i = 0; i < na; i++) {
      const a = j * na + i
      const b = j * na + ((i + 1) % na)
      if (end === 0) idx.push(ci, b, a)
      else idx.push(ci, a, b)
    }
  }
  return finish(positions, idx, uv, frame, outer)
}

export function buildMuscle(
  spec: MuscleSpec,
  fr: Frame,
  skin: Fn,
  spacing: number,
  frameOf?: FrameOf,
): PartMesh {
  return spec.shape === 'sheet'
    ? buildSheet(spec, fr, skin, spacing, frameOf)
    : buildBelly(spec, fr, skin, spacing)
}
export { project }
