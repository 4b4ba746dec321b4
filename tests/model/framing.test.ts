import { describe, expect, it } from 'vitest'
import type { Vec3 } from '@/model/framing'
import {
  FRAMING_VIEWS,
  fitView,
  insetsFrom,
  pointsFacing,
  projectPoint,
  showsAll,
  sideToFrame,
  viewAspect,
  viewSeeingMost,
} from '@/model/framing'

/** Normalised device coordinates of point p seen from a pose. */
function project(p: readonly number[], pose: { position: Vec3; target: Vec3 }, fov: number, aspect: number) {
  return projectPoint(p, pose, fov, aspect)!
}

/** A grid of points on a vertical plane z = z0 (x from x0 to x1, y from y0 to y1). */
function plane(x0: number, x1: number, y0: number, y1: number, z0 = 0): number[] {
  const out: number[] = []
  for (let i = 0; i <= 4; i++)
    for (let j = 0; j <= 4; j++) out.push(x0 + ((x1 - x0) * i) / 4, y0 + ((y1 - y0) * j) / 4, z0)
  return out
}

describe('fitView', () => {
  const lens = { fov: 35, aspect: 0.6 }

  it('fits the points as big as they go, inside the margin, centred', () => {
    const pts = plane(-0.1, 0.1, 1.0, 1.8)
    const pose = fitView(pts, [0, 0, 1], { ...lens, margin: 0.05 })!
    const ys = []
    for (let i = 0; i < pts.length; i += 3) {
      const q = project(pts.slice(i, i + 3), pose, lens.fov, lens.aspect)
      expect(Math.abs(q.x)).toBeLessThanOrEqual(0.9 + 1e-6)
      expect(Math.abs(q.y)).toBeLessThanOrEqual(0.9 + 1e-6)
      ys.push(q.y)
    }
    // Tight: the tallest extent touches the margin.
    expect(Math.max(...ys)).toBeCloseTo(0.9, 2)
    expect(Math.min(...ys)).toBeCloseTo(-0.9, 2)
    expect(pose.target[1]).toBeCloseTo(1.4, 3)
  })

  it('keeps the points out of the parts of the canvas kept clear (view buttons above, a bar below)', () => {
    const pts = plane(-0.1, 0.1, 1.5, 1.75, 0.1)
    const insets = { top: 0.25, bottom: 0.3, left: 0, right: 0 }
    const pose = fitView(pts, [0, 0, 1], { ...lens, insets, margin: 0 })!
    for (let i = 0; i < pts.length; i += 3) {
      const q = project(pts.slice(i, i + 3), pose, lens.fov, lens.aspect)
      expect(q.y).toBeLessThanOrEqual(1 - 2 * 0.25 + 1e-6)
      expect(q.y).toBeGreaterThanOrEqual(-1 + 2 * 0.3 - 1e-6)
    }
  })

  it('frames a small part with its surroundings, not filling the view with it', () => {
    const tiny = plane(-0.01, 0.01, 1.6, 1.62)
    const pose = fitView(tiny, [0, 0, 1], { ...lens, minExtent: 0.34, margin: 0 })!
    const tanV = Math.tan((35 * Math.PI) / 360)
    expect(2 * pose.distance * tanV * lens.aspect).toBeGreaterThanOrEqual(0.34 - 1e-6)
  })

  it('frames from below, looking up at the sole', () => {
    const soleFlat: number[] = []
    for (let i = 0; i <= 4; i++)
      for (let j = 0; j <= 4; j++) soleFlat.push(0.05 + i * 0.025, 0, -0.05 + j * 0.06)
    const dir = FRAMING_VIEWS.find(([n]) => n === 'below')![1]
    const pose = fitView(soleFlat, dir, lens)!
    expect(pose.position[1]).toBeLessThan(0)
    expect(pose.position[2]).toBeLessThan(pose.target[2])
  })

  it('returns null without points or without room', () => {
    expect(fitView([], [0, 0, 1], lens)).toBeNull()
    expect(
      fitView([0, 1, 0], [0, 0, 1], { ...lens, insets: { top: 0.5, bottom: 0.5, left: 0, right: 0 } }),
    ).toBeNull()
  })
})

describe('viewSeeingMost and pointsFacing', () => {
  const views = FRAMING_VIEWS
  const normals = (n: number, v: readonly number[]) => Array.from({ length: n }, () => v).flat()

  it('picks the view the most pattern points face', () => {
    const temple = [...normals(6, [1, 0, 0]), ...normals(3, [0, 0, -1])]
    expect(viewSeeingMost([temple], views)).toBe('left')
    expect(viewSeeingMost([normals(5, [0, -1, 0])], views)).toBe('below')
    expect(viewSeeingMost([normals(5, [0, 0, -1])], views)).toBe('back')
  })

  it('a pattern on both sides is seen from the side that shows one whole half (the temple and the neck)', () => {
    // Each half: the temple facing out, the side of the neck facing out and back.
    const half = (x: number) => [...normals(4, [x, 0, 0]), ...normals(4, [x * 0.5, 0, -0.87])]
    expect(viewSeeingMost([half(1), half(-1)], views)).toBe('left')
    // ...even when the muscle itself faces back (the upper trapezius).
    expect(viewSeeingMost([half(1), half(-1)], views, { muscle: [0, 0, -1] })).toBe('left')
    // Across the low back, both halves face back: from behind.
    expect(viewSeeingMost([normals(4, [0.2, 0, -0.98]), normals(4, [-0.2, 0, -0.98])], views)).toBe('back')
  })

  it('leans to where the muscle faces, and to the view asked for, on a near tie', () => {
    const split = [...normals(5, [1, 0, 0]), ...normals(5, [0, 0, -1])]
    expect(viewSeeingMost([split], views)).toBe('left')
    expect(viewSeeingMost([split], views, { muscle: [0, 0, -1] })).toBe('back')
    expect(viewSeeingMost([split], views, { prefer: 'back' })).toBe('back')
    expect(viewSeeingMost([normals(9, [1, 0, 0])], views, { prefer: 'back' })).toBe('left')
  })

  it('keeps only the points that face the camera', () => {
    const pos = [0, 1, 0, 0, 2, 0]
    const nor = [0, 0, 1, 0, 0, -1]
    expect(pointsFacing(pos, nor, [0, 0, 1])).toEqual([0, 1, 0])
  })
})

describe('insetsFrom', () => {
  const canvas = { left: 0, top: 100, right: 400, bottom: 500 }

  it('cuts a row of buttons from the top and the key from the bottom', () => {
    const buttons = { left: 5, top: 105, right: 300, bottom: 145 }
    const key = { left: 5, top: 420, right: 250, bottom: 495 }
    const insets = insetsFrom(canvas, [buttons, key])
    expect(insets.top).toBeCloseTo(0.1125)
    expect(insets.bottom).toBeCloseTo(0.2)
    expect(insets.left).toBe(0)
  })

  it('for a standing body, cuts the key at the lower left from the left, leaving the height', () => {
    const stage = { left: 0, top: 156, right: 655, bottom: 768 }
    const key = { left: 12, top: 600, right: 362, bottom: 755 }
    const body = insetsFrom(stage, [key], 0.35)
    expect(body.left).toBeCloseTo(362 / 655)
    expect(body.bottom).toBe(0)
    expect(insetsFrom(stage, [key], 1.5).bottom).toBeGreaterThan(0.2)
  })

  it('sees a standing body as tall and narrow from the front', () => {
    expect(viewAspect([-0.3, 0, 0, 0.3, 1.8, 0], [0, 0, 1])).toBeCloseTo(0.6 / 1.8)
  })

  it('cuts a tall column from its side, and ignores what is off the canvas', () => {
    const column = { left: 340, top: 150, right: 400, bottom: 450 }
    const header = { left: 0, top: 0, right: 400, bottom: 90 }
    expect(insetsFrom(canvas, [column, header])).toEqual({ top: 0, bottom: 0, left: 0, right: 0.15 })
  })
})

describe('showsAll', () => {
  const lens = { fov: 35, aspect: 0.8 }
  const body = plane(-0.3, 0.3, 0, 1.8)
  const preset = { position: [0, 1.03, 3.3] as const, target: [0, 0.95, 0] as const }

  it('says whether a pose keeps every point clear of the bars', () => {
    expect(showsAll(body, preset, lens)).toBe(true)
    expect(showsAll(body, preset, { ...lens, insets: { top: 0.2, bottom: 0, left: 0, right: 0 } })).toBe(
      false,
    )
  })

  it('agrees with fitView: its pose shows the points between the bars', () => {
    const insets = { top: 0.2, bottom: 0.1, left: 0, right: 0 }
    const pose = fitView(body, [0, 0, 1], { ...lens, insets, minExtent: 0 })!
    expect(showsAll(body, pose, { ...lens, insets })).toBe(true)
  })
})

describe('sideToFrame', () => {
  it('frames one arm of a forearm muscle (the marked one), both sides of a neck or face muscle', () => {
    expect(sideToFrame('both', ['back-of-hand.L', 'coccyx'], 0.8)).toBe('left')
    expect(sideToFrame('both', [], 0.8)).toBe('right')
    expect(sideToFrame('both', ['temple.L', 'temple.R'], 0.8)).toBe('right')
    expect(sideToFrame('both', ['temple.L'], 0.1)).toBe('both')
    expect(sideToFrame('left', ['temple.R'], 0.9)).toBe('left')
  })
})
