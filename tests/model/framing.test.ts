import { describe, expect, it } from 'vitest'
import { FRAMING_VIEWS, fitView, insetsFrom, pointsFacing, viewSeeingMost } from '@/model/framing'

/** Normalised device coordinates of point p for a camera at `position` looking at `target` (y up). */
function project(
  p: readonly number[],
  pose: { position: readonly number[]; target: readonly number[] },
  fov: number,
  aspect: number,
) {
  const f = [0, 1, 2].map((k) => pose.target[k]! - pose.position[k]!)
  const fl = Math.hypot(f[0]!, f[1]!, f[2]!)
  const fw = f.map((x) => x / fl)
  let r = [-fw[2]!, 0, fw[0]!]
  const rl = Math.hypot(r[0]!, r[2]!) || 1
  r = rl < 1e-6 ? [1, 0, 0] : r.map((x) => x / rl)
  const u = [
    r[1]! * fw[2]! - r[2]! * fw[1]!,
    r[2]! * fw[0]! - r[0]! * fw[2]!,
    r[0]! * fw[1]! - r[1]! * fw[0]!,
  ]
  const d = [0, 1, 2].map((k) => p[k]! - pose.position[k]!)
  const dot = (a: number[], b: number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!
  const tanV = Math.tan((fov * Math.PI) / 360)
  const z = dot(d, fw)
  return { x: dot(d, r) / (z * tanV * aspect), y: dot(d, u) / (z * tanV) }
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

  it('cuts a tall column from its side, and ignores what is off the canvas', () => {
    const column = { left: 340, top: 150, right: 400, bottom: 450 }
    const header = { left: 0, top: 0, right: 400, bottom: 90 }
    expect(insetsFrom(canvas, [column, header])).toEqual({ top: 0, bottom: 0, left: 0, right: 0.15 })
  })
})
