import { describe, expect, it } from 'vitest'
import type { Drawing } from '@/data/drawingFile'
import { DRAWING_FORMAT, parseDrawingFile, serializeDrawing } from '@/data/drawingFile'
import { knownRegionKeys } from '@/domain/regionKeys'
import { strings } from '@/strings'
import { tinyDataset } from '../fixtures/tinyDataset'

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
const m = strings.drawingFile

describe('drawing files', () => {
  it('round-trip: serialize then parse gives the same drawing, marks sorted', () => {
    expect(parseDrawingFile(validText, keys)).toEqual({ ok: true, drawing: valid })
    expect(Object.keys(JSON.parse(validText) as object)[0]).toBe('format')
    expect(validText.indexOf('coccyx')).toBeLessThan(validText.indexOf('temple.R'))
    const noLabel = { ...valid, label: undefined }
    delete noLabel.label
    expect(parseDrawingFile(serializeDrawing(noLabel), keys)).toEqual({ ok: true, drawing: noLabel })
  })

  it('refuses damaged JSON and non-text input', () => {
    expect(parseDrawingFile(validText.slice(0, 40), keys)).toEqual({ ok: false, message: m.damaged })
    expect(parseDrawingFile('', keys)).toEqual({ ok: false, message: m.damaged })
    expect(parseDrawingFile(undefined, keys)).toEqual({ ok: false, message: m.damaged })
  })

  it('refuses a foreign file', () => {
    expect(edit((f) => (f.format = 'some-other-app/drawing'))).toEqual({ ok: false, message: m.foreign })
    expect(parseDrawingFile('[1,2,3]', keys)).toEqual({ ok: false, message: m.foreign })
    expect(parseDrawingFile('null', keys)).toEqual({ ok: false, message: m.foreign })
  })

  it('refuses a drawing from a newer version', () => {
    expect(edit((f) => (f.version = 2))).toEqual({ ok: false, message: m.newerVersion })
  })

  it('refuses unknown region keys, naming them', () => {
    const result = edit(
      (f) => ((f.marks as Record<string, unknown>)['tempel.L'] = { intensity: 1, coverage: 1 }),
    )
    expect(result).toEqual({ ok: false, message: m.unknownRegions(['tempel.L']) })
    expect(result.ok || result.message).toContain('tempel.L')
    expect(edit((f) => (f.marks = JSON.parse('{"__proto__": {"intensity": 1, "coverage": 1}}')))).toEqual({
      ok: false,
      message: m.unknownRegions(['__proto__']),
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
    expect(bad[0]).toEqual({ ok: false, message: m.badValue('marks › temple.R › coverage') })
  })

  it('refuses input over 1 MB before parsing it', () => {
    const big = validText.replace('"After work"', JSON.stringify('x'.repeat(1_000_001)))
    expect(parseDrawingFile(big, keys)).toEqual({ ok: false, message: m.tooLarge })
    expect(parseDrawingFile('"' + 'é'.repeat(600_000) + '"', keys)).toEqual({
      ok: false,
      message: m.tooLarge,
    })
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
    const where = m.badValue('paint › runs')
    expect(editPaint((p) => (p.vertices = 41))).toEqual({ ok: false, message: where })
    expect(editPaint((p) => (p.runs = [0, 10, 3, 30]))).toEqual({ ok: false, message: where })
    expect(editPaint((p) => (p.runs = [0, 10, 2]))).toEqual({ ok: false, message: where })
    expect(editPaint((p) => (p.runs = [0, 0, 0, 40]))).toEqual({ ok: false, message: where })
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
  const alphabet = [
    '{',
    '}',
    '[',
    ']',
    '"',
    ':',
    ',',
    '1',
    '2',
    '-',
    'e',
    '.',
    'null',
    'true',
    ' ',
    '\\',
    'é',
    '\u0000',
  ]

  it('random strings never throw', () => {
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: Math.floor(random() * 60) }, () => pick(alphabet)).join('')
      expect(() => parseDrawingFile(text, keys)).not.toThrow()
      expect(parseDrawingFile(text, keys).ok).toBe(false)
    }
  })

  it('random mutations of a valid file never throw', () => {
    const tokens = [
      ...alphabet,
      DRAWING_FORMAT,
      '"marks"',
      '"version"',
      '"coverage"',
      '9e999',
      '-1',
      '"temple.L"',
    ]
    for (let i = 0; i < 1000; i++) {
      const chars = [...validText]
      const edits = 1 + Math.floor(random() * 4)
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * chars.length)
        const op = random()
        if (op < 0.33) chars.splice(at, 1)
        else if (op < 0.66) chars.splice(at, 0, pick(tokens))
        else chars[at] = pick(tokens)
      }
      const result = (() => parseDrawingFile(chars.join(''), keys))()
      expect(typeof result.ok).toBe('boolean')
      if (!result.ok) expect(result.message.length).toBeGreaterThan(0)
    }
  })
})
