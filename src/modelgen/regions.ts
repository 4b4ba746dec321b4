// Skin regions: each vertex gets the body segment of the skin group nearest to it, then the nearest region
// seed of that segment and side; clinically named spots (seeds with a radius) take priority.
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
  neck: 'neck',
  head: 'head',
  upperarm: 'upperarm',
  forearm: 'forearm',
  hand: 'hand',
  thigh: 'thigh',
  shank: 'shank',
  foot: 'foot',
}

export function assignRegions(
  positions: Float32Array,
  segmentOf: (p: Vec3) => string,
  seeds: SeedPoint[],
): Uint16Array {
  const out = new Uint16Array(positions.length / 3)
  const bySeg = new Map<string, SeedPoint[]>()
  for (const s of seeds) {
    const list = bySeg.get(s.segment) ?? []
    list.push(s)
    bySeg.set(s.segment, list)
  }
  const spots = seeds.filter((s) => s.spot > 0)
  for (let v = 0; v < out.length; v++) {
    const p: Vec3 = [positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!]
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
      const seg = segmentOf(p)
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
    out[v] = Math.max(best, 0)
  }
  return out
}

export type { BodySpec }
