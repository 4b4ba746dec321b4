import { describe, expect, it, vi } from 'vitest'
import type { Drawing } from '@/data/drawingFile'
import {
  isEmptyDrawing,
  parseDrawingFile,
  readDrawingFile,
  sameContent,
  sameDrawing,
  serializeDrawing,
} from '@/data/drawingFile'
import { knownRegionKeys } from '@/data/regionKeys'
import { drawingFileMessage } from '@/ui/drawing/fileMessage'
import { tinyDataset } from '../fixtures/tinyDataset'
import { MUTATION_TOKENS, mutate } from './fileMutations'

const keys = knownRegionKeys(tinyDataset)
const valid: Drawing = {
  version: 1,
  createdAt: '2026-11-22T01:00:00.000Z',
  label: 'After work',
  marks: { 'temple.R': { intensity: 2, coverage: 0.4 }, coccyx: { intensity: 1, coverage: 1 } },
}
const validText = serializeDrawing(valid)
const edit = (change: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(validText) as Record<string, unknown>
  change(file)
  return parseDrawingFile(JSON.stringify(file), keys)
}

describe('drawing files', () => {
  it('round-trip: serialize then parse gives the same drawing, marks sorted', () => {
    expect(parseDrawingFile(validText, keys)).toEqual({ ok: true, drawing: valid })
    expect(Object.keys(JSON.parse(validText) as object)[0]).toBe('format')
    expect(validText.indexOf('coccyx')).toBeLessThan(validText.indexOf('temple.R'))
    const noLabel = { ...valid, label: undefined }
    delete noLabel.label
    expect(parseDrawingFile(serializeDrawing(noLabel), keys)).toEqual({ ok: true, drawing: noLabel })
  })

  it("keeps a file's drawing name without hidden or control characters, and refuses one that is nothing else", () => {
    const named = edit((f) => (f.label = '\u202eAfter\u0000 \u200bwork\n\tday\u2069'))
    expect(named.ok && named.drawing.label).toBe('After work day')
    expect(edit((f) => (f.label = '\u202e\u200b ')).ok).toBe(false)
  })

  it('knows the same drawing saved again, whatever its date, unless it is given another name', () => {
    const later = { ...valid, createdAt: '2027-01-01T10:00:00.000Z' }
    expect(sameContent(later, valid)).toBe(true)
    expect(sameContent({ ...later, label: undefined }, valid)).toBe(true)
    expect(sameContent({ ...later, label: 'Another' }, valid)).toBe(false)
    expect(sameContent({ ...later, marks: {} }, valid)).toBe(false)
  })

  it('refuses damaged JSON and non-text input', () => {
    expect(parseDrawingFile(validText.slice(0, 40), keys)).toEqual({ ok: false, error: { code: 'damaged' } })
    expect(parseDrawingFile('', keys)).toEqual({ ok: false, error: { code: 'damaged' } })
    expect(parseDrawingFile(undefined, keys)).toEqual({ ok: false, error: { code: 'damaged' } })
  })

  it('refuses a foreign file', () => {
    expect(edit((f) => (f.format = 'some-other-app/drawing'))).toEqual({
      ok: false,
      error: { code: 'foreign' },
    })
    expect(parseDrawingFile('[1,2,3]', keys)).toEqual({ ok: false, error: { code: 'foreign' } })
    expect(parseDrawingFile('null', keys)).toEqual({ ok: false, error: { code: 'foreign' } })
  })

  it('refuses a drawing from a newer version', () => {
    expect(edit((f) => (f.version = 2))).toEqual({ ok: false, error: { code: 'newerVersion' } })
  })

  it('refuses unknown region keys, naming them', () => {
    const result = edit(
      (f) => ((f.marks as Record<string, unknown>)['tempel.L'] = { intensity: 1, coverage: 1 }),
    )
    expect(result).toEqual({ ok: false, error: { code: 'unknownRegions', keys: ['tempel.L'] } })
    expect(result.ok || drawingFileMessage(result.error)).toContain('(tempel.L)')
    expect(edit((f) => (f.marks = JSON.parse('{"__proto__": {"intensity": 1, "coverage": 1}}')))).toEqual({
      ok: false,
      error: { code: 'unknownRegions', keys: ['__proto__'] },
    })
  })

  it('refuses out-of-range and malformed values, saying where', () => {
    const marks = (f: Record<string, unknown>) => f.marks as Record<string, Record<string, unknown>>
    const bad = [
      edit((f) => (marks(f)['temple.R']!.coverage = 1.5)),
      edit((f) => (marks(f)['temple.R']!.intensity = 3)),
      edit((f) => (marks(f)['temple.R']!.coverage = -0.1)),
      edit((f) => (f.createdAt = 'yesterday')),
      edit((f) => (f.version = 0)),
      edit((f) => (f.marks = [])),
      edit((f) => (f.extra = true)),
    ]
    for (const r of bad) expect(r.ok).toBe(false)
    expect(bad[0]).toEqual({
      ok: false,
      error: { code: 'badValue', path: ['marks', 'temple.R', 'coverage'] },
    })
  })

  it('refuses input over 1 MB before parsing it', () => {
    const big = validText.replace('"After work"', JSON.stringify('x'.repeat(1_000_001)))
    expect(parseDrawingFile(big, keys)).toEqual({ ok: false, error: { code: 'tooLarge' } })
    expect(parseDrawingFile('"' + 'é'.repeat(600_000) + '"', keys)).toEqual({
      ok: false,
      error: { code: 'tooLarge' },
    })
  })
})

describe('opening a chosen file', () => {
  it('refuses a 50 MB file by its size, without reading it', async () => {
    const text = vi.fn(() => Promise.resolve(validText))
    expect(await readDrawingFile({ size: 50_000_000, text }, keys)).toEqual({
      ok: false,
      error: { code: 'tooLarge' },
    })
    expect(await readDrawingFile({ size: Number.NaN, text }, keys)).toEqual({
      ok: false,
      error: { code: 'tooLarge' },
    })
    expect(text).not.toHaveBeenCalled()
    expect(await readDrawingFile(new Blob([validText]), keys)).toEqual({ ok: true, drawing: valid })
    const unreadable = { size: 10, text: () => Promise.reject(new Error('gone')) }
    expect(await readDrawingFile(unreadable, keys)).toEqual({ ok: false, error: { code: 'damaged' } })
  })

  it('refuses a drawing that marks nothing', () => {
    expect(edit((f) => (f.marks = {}))).toEqual({ ok: false, error: { code: 'empty' } })
    expect(edit((f) => (f.marks = { coccyx: { intensity: 1, coverage: 0 } }))).toEqual({
      ok: false,
      error: { code: 'empty' },
    })
    expect(isEmptyDrawing({ marks: {}, paint: { model: 'm', vertices: 3, runs: [0, 1, 2, 2] } })).toBe(false)
    expect(isEmptyDrawing({ marks: {}, paint: { model: 'm', vertices: 3, runs: [0, 3] } })).toBe(true)
  })

  it('does not repeat area names that are not shaped like one (huge, control or direction characters)', () => {
    for (const name of ['x'.repeat(900_000), 'temple\u202eL', 'a b', 'bell\u0007', '']) {
      const result = edit((f) => ((f.marks as Record<string, unknown>)[name] = { intensity: 1, coverage: 1 }))
      expect(result).toEqual({ ok: false, error: { code: 'oddRegions' } })
    }
  })

  it('knows the same drawing again (same date, name, marks and paint)', () => {
    expect(sameDrawing(valid, JSON.parse(JSON.stringify(valid)) as Drawing)).toBe(true)
    expect(sameDrawing(valid, { ...valid, label: 'Other' })).toBe(false)
    const reordered = {
      ...valid,
      marks: { coccyx: valid.marks.coccyx!, 'temple.R': valid.marks['temple.R']! },
    }
    expect(sameDrawing(valid, reordered)).toBe(true)
  })
})

describe('drawing files with exact paint', () => {
  const painted: Drawing = {
    ...valid,
    paint: { model: '40-0a1b2c3d', vertices: 40, runs: [0, 10, 2, 5, 1, 5, 0, 20] },
  }
  const text = serializeDrawing(painted)
  const editPaint = (change: (paint: Record<string, unknown>) => void) => {
    const file = JSON.parse(text) as { paint: Record<string, unknown> }
    change(file.paint)
    return parseDrawingFile(JSON.stringify(file), keys)
  }

  it('round-trips the optional per-vertex paint, runs kept on one line', () => {
    expect(parseDrawingFile(text, keys)).toEqual({ ok: true, drawing: painted })
    expect(text).toContain('"runs": [0,10,2,5,1,5,0,20]')
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('refuses paint whose runs do not add up, or carry values other than 0, 1 and 2', () => {
    const where = { code: 'badValue', path: ['paint', 'runs'] }
    expect(editPaint((p) => (p.vertices = 41))).toEqual({ ok: false, error: where })
    expect(editPaint((p) => (p.runs = [0, 10, 3, 30]))).toEqual({ ok: false, error: where })
    expect(editPaint((p) => (p.runs = [0, 10, 2]))).toEqual({ ok: false, error: where })
    expect(editPaint((p) => (p.runs = [0, 0, 0, 40]))).toEqual({ ok: false, error: where })
    expect(editPaint((p) => (p.model = '')).ok).toBe(false)
    expect(editPaint((p) => (p.extra = 1)).ok).toBe(false)
  })
})

/** Small seeded PRNG (mulberry32) so a failing fuzz case can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('parseDrawingFile fuzz', () => {
  const random = rng(20261122)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!

  it('random strings never throw', () => {
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: Math.floor(random() * 60) }, () => pick(MUTATION_TOKENS)).join('')
      expect(() => parseDrawingFile(text, keys)).not.toThrow()
      expect(parseDrawingFile(text, keys).ok).toBe(false)
    }
  })

  it('random mutations of a valid file never throw', () => {
    for (let i = 0; i < 1000; i++) {
      const result = (() => parseDrawingFile(mutate(validText, random), keys))()
      expect(typeof result.ok).toBe('boolean')
      if (!result.ok) expect(drawingFileMessage(result.error).length).toBeGreaterThan(0)
    }
  })
})
