import { describe, expect, it } from 'vitest'
import { meshField, openEdges, signedVolume } from '@/modelgen/mesher'
import { assignRegions, smoothRegionBorders, weldByPosition } from '@/modelgen/regions'
import { makeField, sphere } from '@/modelgen/sdf'
import type { Vec3 } from '@/modelgen/sdf'

// a sphere split into three regions by the nearest of three seeds (borders are great-circle arcs), plus a
// small round spot
const r = 0.1
const field = makeField([{ k: 0.02, prims: [sphere([0, 0, 0], r)] }], 0.02)
const mesh = meshField(field, { min: [-0.15, -0.15, -0.15], max: [0.15, 0.15, 0.15] }, 0.012)
const seeds: Vec3[] = [
  [r, 0, 0],
  [-r / 2, r * 0.8, 0.1 * r],
  [-r / 2, -r * 0.8, -0.1 * r],
]
const spot: Vec3 = [0, 0, r]
const spotR = 0.03
const d2 = (p: Vec3, q: Vec3): number => (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 + (p[2] - q[2]) ** 2
const regionAt = (p: Vec3): number => {
  if (d2(p, spot) < spotR ** 2) return 3
  let best = 0
  for (let i = 1; i < 3; i++) if (d2(p, seeds[i]!) < d2(p, seeds[best]!)) best = i
  return best
}
const region = assignRegions(mesh.positions, regionAt)
const out = smoothRegionBorders({ ...mesh, region }, regionAt)

describe('smooth region borders', () => {
  it('splits every triangle across a border so that each triangle lies in one region', () => {
    expect(out.indices.length).toBeGreaterThan(mesh.indices.length)
    for (let t = 0; t < out.indices.length; t += 3) {
      const a = out.region[out.indices[t]!]
      expect(out.region[out.indices[t + 1]!]).toBe(a)
      expect(out.region[out.indices[t + 2]!]).toBe(a)
    }
    expect(new Set(out.region)).toEqual(new Set([0, 1, 2, 3]))
  })

  it('keeps the surface closed, outward and of the same volume', () => {
    expect(openEdges(out.indices)).toBeGreaterThan(0) // border vertices are duplicated per region
    expect(openEdges(weldByPosition(out.positions, out.indices))).toBe(0)
    expect(signedVolume(out.positions, out.indices)).toBeCloseTo(
      signedVolume(mesh.positions, mesh.indices),
      8,
    )
  })

  it('puts border vertices on the true boundary (not on a triangle staircase)', () => {
    const h = 0.012
    const P = out.positions
    const count = new Map<string, Set<number>>()
    for (let v = 0; v < out.region.length; v++) {
      const k = `${P[v * 3]},${P[v * 3 + 1]},${P[v * 3 + 2]}`
      const s = count.get(k) ?? new Set<number>()
      s.add(out.region[v]!)
      count.set(k, s)
    }
    let border = 0
    let worst = 0
    for (const [k, regs] of count) {
      if (regs.size !== 2) continue
      const p = k.split(',').map(Number) as Vec3
      const [a, b] = [...regs]
      // distance to the nearest boundary of a or b (a bisector plane or the spot's sphere); where a third
      // region squeezes in between along an edge, the split lands on that region's border
      const dist = (i: number, j: number): number => {
        if (i === 3 || j === 3) return Math.abs(Math.sqrt(d2(p, spot)) - spotR)
        const si = seeds[i]!
        const sj = seeds[j]!
        return Math.abs((d2(p, si) - d2(p, sj)) / (2 * Math.sqrt(d2(si, sj))))
      }
      let err = Infinity
      for (const i of [a!, b!]) for (let j = 0; j < 4; j++) if (j !== i) err = Math.min(err, dist(i, j))
      worst = Math.max(worst, err)
      border++
    }
    expect(border).toBeGreaterThan(50)
    // per-vertex labels alone put the border up to a whole edge (about h) off; the split is within h/20
    expect(worst).toBeLessThan(h / 20)
  })
})
