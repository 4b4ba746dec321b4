import { describe, expect, it } from 'vitest'
import type { Drawing } from '@/data/drawingFile'
import { rankDrawing } from '@/domain/drawing'
import type { SkinLayout } from '@/domain/paintMarks'
import {
  MIN_PAINTED_VERTICES,
  SURE_VERTICES,
  decodeRuns,
  encodeRuns,
  fillRegions,
  hasPaint,
  paintSegment,
  paintToMarks,
  restoreDrawing,
  withTickedAreas,
} from '@/domain/paintMarks'
import { skinFingerprint } from '@/model/bodyIndex'
import { tinyDataset } from '../fixtures/tinyDataset'

// A toy skin: region 0 "temple.L" has 10 vertices, 1 "outer-elbow.L" 20, 2 "coccyx" 10.
const regionNames = ['temple.L', 'lateral-epicondyle.L', 'coccyx']
const vertexRegion = [
  ...Array<number>(10).fill(0),
  ...Array<number>(20).fill(1),
  ...Array<number>(10).fill(2),
]
const skin: SkinLayout = { vertexRegion, regionNames, fingerprint: skinFingerprint(vertexRegion, []) }
const paintOf = (values: Record<number, number>) => {
  const p = new Uint8Array(vertexRegion.length)
  for (const [i, v] of Object.entries(values)) p[Number(i)] = v
  return p
}
const range = (from: number, to: number, v: number) =>
  Object.fromEntries(Array.from({ length: to - from }, (_, k) => [from + k, v]))

describe('paint → marks', () => {
  it('coverage is the painted share of the region; sharp vertices make the region worst', () => {
    const paint = paintOf({ ...range(0, 5, 1), ...range(10, 20, 1), ...range(20, 26, 2) })
    expect(paintToMarks(paint, skin)).toEqual({
      'temple.L': { intensity: 1, coverage: 0.5 },
      'lateral-epicondyle.L': { intensity: 2, coverage: 0.8 },
    })
  })

  it('ignores a graze of fewer than MIN_PAINTED_VERTICES vertices, and a lone sharp speck', () => {
    const few = MIN_PAINTED_VERTICES - 1
    const paint = paintOf({ ...range(10, 10 + few, 2), ...range(0, 10, 1), 0: 2 })
    const marks = paintToMarks(paint, skin)
    expect(marks['lateral-epicondyle.L']).toBeUndefined()
    expect(marks['temple.L']).toEqual({ intensity: 1, coverage: 1 })
  })

  it('an empty paint gives no marks, and ranks to nothing', () => {
    const marks = paintToMarks(new Uint8Array(vertexRegion.length), skin)
    expect(marks).toEqual({})
    expect(hasPaint(new Uint8Array(4))).toBe(false)
    expect(rankDrawing(tinyDataset, { version: 1, createdAt: '2026-01-01T00:00:00Z', marks })).toEqual([])
  })

  it('ticked areas count as full "aches" marks and keep a painted worst', () => {
    const marks = withTickedAreas({ 'temple.L': { intensity: 2, coverage: 0.3 } }, ['temple.L', 'coccyx'])
    expect(marks).toEqual({
      'temple.L': { intensity: 2, coverage: 1 },
      coccyx: { intensity: 1, coverage: 1 },
    })
  })

  it('marks from paint feed rankDrawing: painting the outer elbow ranks supinator first', () => {
    const paint = paintOf({ ...range(10, 30, 2), ...range(0, 3, 1) })
    const drawing: Drawing = {
      version: 1,
      createdAt: '2026-01-01T00:00:00Z',
      marks: paintToMarks(paint, skin),
    }
    const ranked = rankDrawing(tinyDataset, drawing)
    expect(ranked[0]?.muscleId).toBe('supinator')
    expect(ranked[0]?.worst).toEqual(['lateral-epicondyle'])
  })
})

describe('brush', () => {
  // four vertices on a line along x, normals facing +z except the last one (facing away)
  const geometry = {
    positions: [0, 0, 0, 0.01, 0, 0, 0.05, 0, 0, 0.011, 0, 0],
    normals: [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, -1],
  }
  it('paints vertices within the radius of a segment that face the brush, and counts changes', () => {
    const paint = new Uint8Array(4)
    expect(paintSegment(paint, geometry, [0, 0, 0], [0, 0, 0], [0, 0, 1], 0.02, 2)).toBe(2)
    expect([...paint]).toEqual([2, 2, 0, 0])
    expect(paintSegment(paint, geometry, [0, 0, 0], [0.05, 0, 0], [0, 0, 1], 0.005, 1)).toBe(3)
    expect([...paint]).toEqual([1, 1, 1, 0])
    expect(paintSegment(paint, geometry, [0.05, 0, 0], [0.05, 0, 0], [0, 0, 1], 0.005, 0)).toBe(1)
    expect([...paint]).toEqual([1, 1, 0, 0])
  })
})

describe('exact restore', () => {
  it('run-length code round-trips and rejects runs that do not fit', () => {
    const paint = paintOf({ ...range(3, 9, 1), ...range(15, 17, 2) })
    const runs = encodeRuns(paint)
    expect(runs).toEqual([0, 3, 1, 6, 0, 6, 2, 2, 0, 23])
    expect(decodeRuns(runs, paint.length)).toEqual(paint)
    expect(decodeRuns(runs, paint.length + 1)).toBeNull()
    expect(decodeRuns([3, 40], 40)).toBeNull()
    expect(decodeRuns([0, 39, 1], 40)).toBeNull()
    expect(encodeRuns(new Uint8Array())).toEqual([])
  })

  it('restores the exact paint on the same model and fills ticked areas', () => {
    const paint = paintOf({ ...range(10, 20, 2) })
    const drawing: Drawing = {
      version: 1,
      createdAt: '2026-01-01T00:00:00Z',
      marks: withTickedAreas(paintToMarks(paint, skin), ['coccyx']),
      paint: { model: skin.fingerprint, vertices: paint.length, runs: encodeRuns(paint) },
    }
    const back = restoreDrawing(drawing, skin)
    expect(back.exact).toBe(true)
    expect([...back.paint.slice(0, 30)]).toEqual([...paint.slice(0, 30)])
    expect([...back.paint.slice(30)]).toEqual(Array<number>(10).fill(1))
    expect(paintToMarks(back.paint, skin)).toEqual(drawing.marks)
  })

  it('on another model fills whole regions with their intensity', () => {
    const drawing: Drawing = {
      version: 1,
      createdAt: '2026-01-01T00:00:00Z',
      marks: { 'temple.L': { intensity: 2, coverage: 0.3 }, coccyx: { intensity: 1, coverage: 1 } },
      paint: { model: 'other-model', vertices: 3, runs: [1, 3] },
    }
    const back = restoreDrawing(drawing, skin)
    expect(back.exact).toBe(false)
    expect(back.paint).toEqual(fillRegions(drawing.marks, skin))
    expect(paintToMarks(back.paint, skin)).toEqual({
      'temple.L': { intensity: 2, coverage: 1 },
      coccyx: { intensity: 1, coverage: 1 },
    })
  })
})

describe('grazes of a large region', () => {
  // one region of 1000 vertices
  const big = { vertexRegion: Array<number>(1000).fill(0), regionNames: ['buttock.L'] }
  const painted = (n: number) => Uint8Array.from({ length: 1000 }, (_, i) => (i < n ? 1 : 0))
  it('a few vertices under MIN_COVERAGE do not count; a real dab (SURE_VERTICES) does', () => {
    expect(paintToMarks(painted(15), big)).toEqual({})
    expect(paintToMarks(painted(20), big)).toEqual({ 'buttock.L': { intensity: 1, coverage: 0.02 } })
    expect(paintToMarks(painted(SURE_VERTICES), big)).toEqual({
      'buttock.L': { intensity: 1, coverage: 0.025 },
    })
  })
})
