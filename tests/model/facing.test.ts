import { describe, expect, it } from 'vitest'
import { angleBetween, azimuthOf, bestView, outwardDirection, regionFacing } from '@/model/facing'

/** Points on a horizontal ring (a limb's cross-section) of radius r around (cx, cz) at height y. */
function ring(cx: number, cz: number, r: number, y: number): number[] {
  const out: number[] = []
  for (let i = 0; i < 36; i++) {
    const a = (i / 36) * 2 * Math.PI
    out.push(cx + r * Math.sin(a), y, cz + r * Math.cos(a))
  }
  return out
}

describe('outwardDirection', () => {
  const thigh = ring(0.1, 0, 0.08, 0.6)

  it('a muscle on the front of a limb faces forward; on the back, backward', () => {
    const front = outwardDirection([0.1, 0.6, 0.07], thigh)!
    expect(front[1]).toBeGreaterThan(0.99)
    const back = outwardDirection([0.1, 0.6, -0.07], thigh)!
    expect(back[1]).toBeLessThan(-0.99)
  })

  it('a muscle on the outer side faces sideways', () => {
    const side = outwardDirection([0.17, 0.6, 0], thigh)!
    expect(side[0]).toBeGreaterThan(0.99)
  })

  it('ignores skin at other heights and returns null when no skin is near', () => {
    expect(outwardDirection([0.1, 1.2, 0.07], thigh)).toBeNull()
    expect(outwardDirection([0.1, 0.6, 0], thigh)).toBeNull() // at the centre: no direction
  })
})

describe('azimuth helpers', () => {
  it('front is 0, the figure’s left (+x) is π/2, back is ±π', () => {
    expect(azimuthOf([0, 1])).toBeCloseTo(0)
    expect(azimuthOf([1, 0])).toBeCloseTo(Math.PI / 2)
    expect(Math.abs(azimuthOf([0, -1]))).toBeCloseTo(Math.PI)
  })
  it('angleBetween wraps around', () => {
    expect(angleBetween(Math.PI - 0.1, -Math.PI + 0.1)).toBeCloseTo(-0.2)
    expect(angleBetween(0.5, 0.2)).toBeCloseTo(0.3)
  })
})

describe('regionFacing', () => {
  // Region 1 on a limb's outer (+x) side, region 2 all round (its normals cancel), region 3 facing up.
  const normals = [1, 0, 0, 0.8, 0.6, 0, 0, 0, 1, 0, 0, -1, 0, 1, 0, 0.1, 0.99, 0]
  const vertexRegion = [1, 1, 2, 2, 2, 3]

  it('gives the flattened mean normal of the region', () => {
    const d = regionFacing(vertexRegion, normals, 1)!
    expect(d[0]).toBeCloseTo(1)
    expect(d[1]).toBeCloseTo(0)
    expect(azimuthOf(d)).toBeCloseTo(Math.PI / 2) // the figure's left side faces +x
  })

  it('is null for a region that faces all round, straight up, or is not on the skin', () => {
    expect(regionFacing(vertexRegion, normals, 2)).toBeNull()
    expect(regionFacing(vertexRegion, normals, 3)).toBeNull()
    expect(regionFacing(vertexRegion, normals, 9)).toBeNull()
  })
})

describe('bestView', () => {
  const views = [
    ['front', 0],
    ['left', Math.PI / 2],
    ['back', Math.PI],
    ['right', -Math.PI / 2],
  ] as const
  const s = Math.SQRT1_2

  it('sees the buttocks and sacroiliac joints from behind', () => {
    const facings = [
      [0.3, -0.95],
      [-0.3, -0.95],
      [0.1, -1],
      [-0.1, -1],
    ] as const
    expect(bestView(facings, views)).toBe('back')
  })

  it('sees a bilateral pattern on the temple and the side of the neck from one side', () => {
    // temple L and R face straight out to the sides, the back-and-side of the neck faces back and out
    const facings = [
      [1, 0],
      [-1, 0],
      [s, -s],
      [-s, -s],
    ] as const
    expect(['left', 'right']).toContain(bestView(facings, views))
  })

  it('sees the shins and the front of the thighs from the front', () => {
    expect(
      bestView(
        [
          [0.2, 0.98],
          [-0.2, 0.98],
          [0, 1],
        ],
        views,
      ),
    ).toBe('front')
  })

  it('falls back to the first view when nothing is known', () => {
    expect(bestView([null, null], views)).toBe('front')
    expect(bestView([], views)).toBe('front')
  })
})
