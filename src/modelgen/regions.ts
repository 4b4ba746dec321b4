// Skin regions: each vertex gets the body segment of the skin group nearest to it, then the nearest region
// seed of that segment and side; clinically named spots (seeds with a radius) take priority. Triangles across
// a border are split along it, so borders are smooth curves (see smoothRegionBorders).
import type { BodySpec, RegionsSpec } from './schema'
import type { Vec3 } from './sdf'

export interface SeedPoint {
  region: number
  side: 'L' | 'R' | 'M'
  segment: string
  p: Vec3
  spot: number
}

export function regionNames(spec: RegionsSpec): string[] {
  const names: string[] = []
  for (const r of spec.regions) {
    if (r.midline) names.push(r.id)
    else names.push(`${r.id}.L`, `${r.id}.R`)
  }
  return names
}

export const frameSegment: Record<string, string> = {
  trunk: 'torso',
  // a frame across the pelvis: its rays reach down to the skin between the legs
  perineum: 'torso',
  neck: 'neck',
  head: 'head',
  upperarm: 'upperarm',
  forearm: 'forearm',
  hand: 'hand',
  // the digits' own frames (models/body.json) seed the finger regions; their skin is the hand's
  thumb: 'hand',
  index: 'hand',
  middle: 'hand',
  ring: 'hand',
  little: 'hand',
  thigh: 'thigh',
  shank: 'shank',
  foot: 'foot',
}

/** Region of a point on the skin: a named spot (seed with a radius) it lies in, else the nearest seed of its
 * body segment (`seg` when the caller knows it, else `segmentOf(p)`) and side (else the nearest seed of its
 * side). */
export function regionClassifier(
  segmentOf: (p: Vec3) => string,
  seeds: SeedPoint[],
): (p: Vec3, seg?: string) => number {
  const bySeg = new Map<string, SeedPoint[]>()
  for (const s of seeds) {
    const list = bySeg.get(s.segment) ?? []
    list.push(s)
    bySeg.set(s.segment, list)
  }
  const spots = seeds.filter((s) => s.spot > 0)
  return (p, knownSeg) => {
    const side = p[0] >= 0 ? 'L' : 'R'
    let best = -1
    let bd = Infinity
    for (const s of spots) {
      if (s.side !== side && s.side !== 'M') continue
      const d = Math.hypot(p[0] - s.p[0], p[1] - s.p[1], p[2] - s.p[2]) / s.spot
      if (d < 1 && d < bd) {
        bd = d
        best = s.region
      }
    }
    if (best < 0) {
      const seg = knownSeg ?? segmentOf(p)
      const list = bySeg.get(seg) ?? seeds
      for (const s of list) {
        if (s.spot > 0) continue
        if (s.side !== side && s.side !== 'M') continue
        const d = (p[0] - s.p[0]) ** 2 + (p[1] - s.p[1]) ** 2 + (p[2] - s.p[2]) ** 2
        if (d < bd) {
          bd = d
          best = s.region
        }
      }
    }
    if (best < 0) {
      // no seed for this segment: nearest seed anywhere on this side
      for (const s of seeds) {
        if (s.side !== side && s.side !== 'M') continue
        const d = (p[0] - s.p[0]) ** 2 + (p[1] - s.p[1]) ** 2 + (p[2] - s.p[2]) ** 2
        if (d < bd) {
          bd = d
          best = s.region
        }
      }
    }
    return Math.max(best, 0)
  }
}

/** Region of every vertex. */
export function assignRegions(
  positions: Float32Array,
  regionAt: (p: Vec3, v: number) => number,
): Uint16Array {
  const out = new Uint16Array(positions.length / 3)
  for (let v = 0; v < out.length; v++)
    out[v] = regionAt([positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!], v)
  return out
}

export type { BodySpec }

export interface LabelledMesh {
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
  region: Uint16Array
}

/**
 * Smooth region borders. Per-vertex labels drawn with flat shading show every triangle edge along a border
 * (a saw-tooth), and the border of a per-vertex labelling can only run along triangle edges. Here every
 * triangle whose corners lie in different regions is split where the region function `regionAt(p, lo, hi)`
 * (p on the edge between vertices lo and hi) changes along its edges (found by bisection, so the border follows the true geometric boundary: a bisector
 * between seeds, a segment boundary or the circle of a named spot). Border vertices are duplicated (one copy
 * per region, same position and normal), so every output triangle lies in one region: the flat-shaded
 * paint and a pick by `face.a` agree, and borders are smooth curves instead of triangle staircases.
 */
export function smoothRegionBorders(
  mesh: LabelledMesh,
  regionAt: (p: Vec3, lo: number, hi: number) => number,
  opts: { steps?: number } = {},
): LabelledMesh {
  const steps = opts.steps ?? 7
  const { positions: P, normals: N, indices: I, region: label } = mesh
  const outP: number[] = []
  const outN: number[] = []
  const outR: number[] = []
  const outI: number[] = []
  const copyOf = new Map<string, number>()
  const emit = (x: number, y: number, z: number, nx: number, ny: number, nz: number, l: number): number => {
    const nl = Math.hypot(nx, ny, nz) || 1
    outP.push(x, y, z)
    outN.push(nx / nl, ny / nl, nz / nl)
    outR.push(l)
    return outR.length - 1
  }
  const vert = (v: number, l: number): number => {
    const key = `v${v}`
    let i = copyOf.get(key)
    if (i === undefined) {
      i = emit(P[v * 3]!, P[v * 3 + 1]!, P[v * 3 + 2]!, N[v * 3]!, N[v * 3 + 1]!, N[v * 3 + 2]!, l)
      copyOf.set(key, i)
    }
    return i
  }
  const at = (lo: number, hi: number, t: number, A: Float32Array): Vec3 => [
    A[lo * 3]! + (A[hi * 3]! - A[lo * 3]!) * t,
    A[lo * 3 + 1]! + (A[hi * 3 + 1]! - A[lo * 3 + 1]!) * t,
    A[lo * 3 + 2]! + (A[hi * 3 + 2]! - A[lo * 3 + 2]!) * t,
  ]
  const crossT = (lo: number, hi: number): number => {
    const la = label[lo]!
    let t0 = 0
    let t1 = 1
    for (let i = 0; i < steps; i++) {
      const m = (t0 + t1) / 2
      if (regionAt(at(lo, hi, m, P), lo, hi) === la) t0 = m
      else t1 = m
    }
    return Math.min(Math.max((t0 + t1) / 2, 0.02), 0.98)
  }
  /** the point where the border crosses edge a-b, as a vertex of region l */
  const edgePoint = (a: number, b: number, l: number): number => {
    const lo = Math.min(a, b)
    const hi = Math.max(a, b)
    const key = `e${lo},${hi}/${l}`
    let i = copyOf.get(key)
    if (i === undefined) {
      const tk = `t${lo},${hi}`
      let t = copyOf.get(tk)
      if (t === undefined) {
        t = crossT(lo, hi)
        copyOf.set(tk, t)
      }
      const p = at(lo, hi, t, P)
      const n = at(lo, hi, t, N)
      i = emit(p[0], p[1], p[2], n[0], n[1], n[2], l)
      copyOf.set(key, i)
    }
    return i
  }
  const poly = (vs: number[]): void => {
    for (let k = 1; k + 1 < vs.length; k++) outI.push(vs[0]!, vs[k]!, vs[k + 1]!)
  }
  for (let t = 0; t < I.length; t += 3) {
    let a = I[t]!
    let b = I[t + 1]!
    let c = I[t + 2]!
    let la = label[a]!
    let lb = label[b]!
    let lc = label[c]!
    if (la === lb && lb === lc) {
      outI.push(vert(a, la), vert(b, la), vert(c, la))
      continue
    }
    if (la !== lb && lb !== lc && la !== lc) {
      const xab = [edgePoint(a, b, la), edgePoint(a, b, lb)] as const
      const xbc = [edgePoint(b, c, lb), edgePoint(b, c, lc)] as const
      const xca = [edgePoint(c, a, lc), edgePoint(c, a, la)] as const
      const g = (k: number, A: number[]): number =>
        (A[xab[0] * 3 + k]! + A[xbc[0] * 3 + k]! + A[xca[0] * 3 + k]!) / 3
      const centre = (l: number): number =>
        emit(g(0, outP), g(1, outP), g(2, outP), g(0, outN), g(1, outN), g(2, outN), l)
      poly([vert(a, la), xab[0], centre(la), xca[1]])
      poly([vert(b, lb), xbc[0], centre(lb), xab[1]])
      poly([vert(c, lc), xca[0], centre(lc), xbc[1]])
      continue
    }
    // two regions: rotate so that c is the odd corner
    while (la !== lb) {
      ;[a, b, c] = [b, c, a]
      ;[la, lb, lc] = [lb, lc, la]
    }
    poly([vert(a, la), vert(b, la), edgePoint(b, c, la), edgePoint(c, a, la)])
    poly([vert(c, lc), edgePoint(c, a, lc), edgePoint(b, c, lc)])
  }
  return {
    positions: Float32Array.from(outP),
    normals: Float32Array.from(outN),
    indices: Uint32Array.from(outI),
    region: Uint16Array.from(outR),
  }
}

/** Index buffer with vertices at identical positions merged (to check that a split mesh is still closed). */
export function weldByPosition(positions: ArrayLike<number>, indices: ArrayLike<number>): Uint32Array {
  const first = new Map<string, number>()
  const remap = new Uint32Array(positions.length / 3)
  for (let v = 0; v < remap.length; v++) {
    const key = `${positions[v * 3]},${positions[v * 3 + 1]},${positions[v * 3 + 2]}`
    const f = first.get(key)
    if (f === undefined) first.set(key, v)
    remap[v] = f ?? v
  }
  return Uint32Array.from(indices, (i) => remap[i]!)
}
