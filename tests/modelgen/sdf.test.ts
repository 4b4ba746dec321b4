import { describe, expect, it } from 'vitest'
import {
  boxDist,
  capsule,
  ellipsoid,
  makeField,
  roundBox,
  roundCone,
  smin,
  sphere,
  triPlate,
} from '@/modelgen/sdf'

describe('distance-field primitives', () => {
  it('sphere is exact', () => {
    const s = sphere([1, 2, 3], 0.5)
    expect(s.f(1, 2, 3)).toBeCloseTo(-0.5, 9)
    expect(s.f(2, 2, 3)).toBeCloseTo(0.5, 9)
    expect(s.f(1, 2, 3.5)).toBeCloseTo(0, 9)
  })
  it('capsule and round cone', () => {
    const c = capsule([0, 0, 0], [0, 1, 0], 0.1)
    expect(c.f(0.3, 0.5, 0)).toBeCloseTo(0.2, 9)
    expect(c.f(0, 1.3, 0)).toBeCloseTo(0.2, 9)
    expect(c.f(0, -0.1, 0)).toBeCloseTo(0, 9)
    const rc = roundCone([0, 0, 0], [0, 1, 0], 0.2, 0.1)
    expect(rc.f(0, -0.2, 0)).toBeCloseTo(0, 6)
    expect(rc.f(0, 1.1, 0)).toBeCloseTo(0, 6)
    expect(rc.f(0, 0.5, 0)).toBeLessThan(-0.1)
    // the side is tangent to both spheres: distance of a point far out on the side grows 1:1
    const d1 = rc.f(1, 0.5, 0)
    const d2 = rc.f(2, 0.5, 0)
    expect(d2 - d1).toBeGreaterThan(0.9)
    expect(d2 - d1).toBeLessThanOrEqual(1 + 1e-9)
  })
  it('ellipsoid is zero on its surface and a bound elsewhere', () => {
    const e = ellipsoid([0, 0, 0], [0.3, 0.1, 0.2])
    expect(e.f(0.3, 0, 0)).toBeCloseTo(0, 6)
    expect(e.f(0, 0.1, 0)).toBeCloseTo(0, 6)
    expect(e.f(0, 0, 0.2)).toBeCloseTo(0, 6)
    expect(e.f(0.5, 0, 0)).toBeCloseTo(0.2, 2)
    expect(e.f(0, 0, 0)).toBeLessThan(0)
    const r = ellipsoid([0, 0, 0], [0.3, 0.1, 0.1], [0, 0, 90])
    expect(r.f(0, 0.3, 0)).toBeCloseTo(0, 6)
  })
  it('rounded box', () => {
    const b = roundBox([0, 0, 0], [0.5, 0.3, 0.2], 0.05)
    expect(b.f(0.5, 0, 0)).toBeCloseTo(0, 9)
    expect(b.f(0.7, 0, 0)).toBeCloseTo(0.2, 9)
    expect(b.f(0, 0, 0)).toBeCloseTo(-0.2, 9)
  })
  it('triangle plate', () => {
    const t = triPlate([0, 0, 0], [1, 0, 0], [0, 1, 0], 0.01)
    expect(t.f(0.2, 0.2, 0.5)).toBeCloseTo(0.49, 9)
    expect(t.f(-1, 0, 0)).toBeCloseTo(0.99, 9)
    expect(t.f(0.2, 0.2, 0)).toBeCloseTo(-0.01, 9)
  })
  it('quadratic smooth minimum has compact support', () => {
    expect(smin(0, 1, 0.5)).toBe(0)
    expect(smin(0.2, 0.2, 0.4)).toBeCloseTo(0.2 - 0.1, 9)
    expect(smin(0.1, 0.2, 0.4)).toBeLessThan(0.1)
  })
  it('box distance and culling keep the field exact near the surface', () => {
    expect(boxDist({ min: [0, 0, 0], max: [1, 1, 1] }, 2, 0.5, 0.5)).toBeCloseTo(1, 9)
    const field = makeField(
      [
        { k: 0.05, prims: [sphere([0, 0, 0], 0.2), sphere([0.3, 0, 0], 0.2)] },
        { k: 0.05, prims: [sphere([3, 0, 0], 0.2)] },
      ],
      0.05,
    )
    const box = {
      min: [0.1, -0.3, -0.3] as [number, number, number],
      max: [0.4, 0.3, 0.3] as [number, number, number],
    }
    const local = field.cull(box, 0.05)
    const pts: [number, number, number][] = [
      [0.15, 0.19, 0],
      [0.3, 0.2, 0.05],
      [0.4, 0.1, 0.1],
    ]
    for (const [x, y, z] of pts) expect(local.f(x, y, z)).toBeCloseTo(field.f(x, y, z), 9)
  })
})
