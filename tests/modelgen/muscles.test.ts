// Muscle shells on a simple skin: sheets whose depth varies by row (domes, slings) and sheets through body-space
// points (deep sheets that follow the skeleton).
import { describe, expect, it } from 'vitest'
import type { Frame } from '@/modelgen/body'
import { buildBelly, buildSheet, pointSheet } from '@/modelgen/muscles'
import type { PartMesh } from '@/modelgen/muscles'
import type { MuscleSpec } from '@/modelgen/schema'

/** Skin: a cylinder of radius 0.1 m round the y axis; the frame runs up its axis (angle 0 = +z, 90 = +x). */
const R = 0.1
const skin = (x: number, _y: number, z: number): number => Math.hypot(x, z) - R
const frame = (mirror = false): Frame => ({
  a: [0, 0, 0],
  d: [0, 1, 0],
  len: 1,
  ref: [0, 0, 1],
  lat: [mirror ? -1 : 1, 0, 0],
  maxRay: 0.3,
  mirror,
})

/** Outer-surface vertices with their fibre frame (across, along). */
function outerVertices(m: PartMesh): { p: [number, number, number]; across: number; along: number }[] {
  const out = []
  for (let i = 0; i < m.positions.length / 3; i++) {
    if (m.outer![i]! < 0.5) continue
    out.push({
      p: [m.positions[i * 3]!, m.positions[i * 3 + 1]!, m.positions[i * 3 + 2]!] as [number, number, number],
      across: m.frame![i * 2]!,
      along: m.frame![i * 2 + 1]!,
    })
  }
  return out
}

const deepSheet = (extra: Partial<MuscleSpec>): MuscleSpec => ({
  id: 'test-sheet',
  layer: 'deep',
  frame: 'trunk',
  shape: 'sheet',
  rows: [
    [0.4, -30, 0.4, 30],
    [0.6, -30, 0.6, 30],
  ],
  bulge: 0,
  thick: 0.004,
  ...extra,
})

describe('sheets on the skin', () => {
  const radius = (v: { p: [number, number, number] }): number => Math.hypot(v.p[0], v.p[2])
  it('lie 1.5 mm over the skin when superficial (outer surface, no bulge)', () => {
    const m = buildSheet(deepSheet({ layer: 'superficial', bulge: 0 }), frame(), skin, 0.01)
    const vs = outerVertices(m)
    expect(vs.length).toBeGreaterThan(50)
    for (const v of vs) expect(radius(v)).toBeCloseTo(R + 0.0015, 4)
  })

  it('lie at their depth under the skin when deep, capped 0.6 mm over their base', () => {
    const m = buildSheet(deepSheet({ depth: 0.012, bulge: 0.004 }), frame(), skin, 0.01)
    for (const v of outerVertices(m)) expect(radius(v)).toBeCloseTo(R - 0.012 + 0.0006, 4)
  })

  it('float over the skin with a negative depth (a thin sheet over its neighbours, e.g. platysma)', () => {
    const m = buildSheet(deepSheet({ layer: 'superficial', depth: -0.004, bulge: 0 }), frame(), skin, 0.01)
    for (const v of outerVertices(m)) expect(radius(v)).toBeCloseTo(R + 0.004 + 0.0015, 4)
  })

  it('size their grid by the sheet itself: a deep sheet is narrower than its outline on the skin, so fewer cells', () => {
    const onSkin = buildSheet(deepSheet({ layer: 'superficial', bulge: 0 }), frame(), skin, 0.01)
    const deep = buildSheet(deepSheet({ depth: 0.03 }), frame(), skin, 0.01)
    expect(deep.indices.length).toBeLessThan(onSkin.indices.length)
  })
})

describe('sheets through body-space points', () => {
  const rows = [
    [0.02, 0.5, -0.03, 0.05, 0.5, 0.0, 0.02, 0.5, 0.03],
    [0.005, 0.45, -0.03, 0.01, 0.44, 0.0, 0.005, 0.45, 0.03],
  ]
  it('interpolate the rows and turn the normal towards the outward side, mirrored for the right', () => {
    const left = pointSheet(rows, false, [0, -1, 0])
    const right = pointSheet(rows, true, [0, -1, 0])
    const near = (p: number[], q: number[]): void => p.forEach((x, i) => expect(x).toBeCloseTo(q[i]!, 9))
    const a = left(0.5, 0)
    near(a.p, [0.05, 0.5, 0])
    expect(a.n[1]).toBeLessThan(-0.5)
    const b = right(0.5, 0)
    near(b.p, [-0.05, 0.5, 0])
    expect(b.n[0]).toBeCloseTo(-a.n[0], 9)
    expect(b.n[1]).toBeCloseTo(a.n[1], 9)
    // the insertion row
    near(left(0, 1).p, [0.005, 0.45, -0.03])
  })

  it('build a closed shell whose outer surface faces the outward side', () => {
    const spec = deepSheet({ rows: undefined, points: rows, outward: [0, -1, 0] })
    const m = buildSheet(spec, frame(), skin, 0.005)
    const vs = outerVertices(m)
    expect(vs.length).toBeGreaterThan(20)
    // outer vertices sit 0.6 mm below the points' surface; inner ones up to `thick` above it
    let outerY = 0
    let innerY = 0
    let ni = 0
    for (let i = 0; i < m.positions.length / 3; i++) {
      if (m.outer![i]! > 0.5) outerY += m.positions[i * 3 + 1]!
      else {
        innerY += m.positions[i * 3 + 1]!
        ni++
      }
    }
    expect(innerY / ni).toBeGreaterThan(outerY / vs.length)
    // fibre frame: along 0 on the first row, 1 on the last
    const first = vs.filter((v) => v.along === 0)
    for (const v of first) expect(v.p[1]).toBeCloseTo(0.5 - 0.0006 * 1, 2)
  })
})

describe('bellies', () => {
  const belly = (w: number): MuscleSpec => ({
    id: 'test-belly',
    layer: 'deep',
    frame: 'trunk',
    shape: 'belly',
    path: [
      [0.3, 0, 0.03, w, w],
      [0.6, 20, 0.03, w, w],
    ],
  })
  it('use fewer segments round thin muscles than round thick ones, with the same length resolution', () => {
    const thin = buildBelly(belly(0.005), frame(), skin, 0.01)
    const mid = buildBelly(belly(0.009), frame(), skin, 0.01)
    const thick = buildBelly(belly(0.02), frame(), skin, 0.01)
    const rings = (m: PartMesh): number =>
      m.frame!.filter((_, i) => i % 2 === 1 && m.frame![i]! === 0.5).length
    expect(thin.positions.length).toBeLessThan(mid.positions.length)
    expect(mid.positions.length).toBeLessThan(thick.positions.length)
    // one ring half-way along, with 12, 16 and 20 vertices
    expect([thin, mid, thick].map(rings)).toEqual([12, 16, 20])
    // all stay inside the skin (deep layer)
    for (const m of [thin, mid, thick])
      for (let i = 0; i < m.positions.length; i += 3)
        expect(skin(m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!)).toBeLessThan(0)
  })
})
