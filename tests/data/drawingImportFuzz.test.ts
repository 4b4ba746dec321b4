// Fuzz of opening drawing files, the way the shelf does it (size check, read, parse, recognise a re-import, save):
// many hostile files (wrong types, huge names, deep nesting, wrong lengths, control and text-direction characters,
// not JSON at all, over the size limit) and random edits of a valid file. Counts tried / refused / lost and prints
// them: a file is either refused with a short message or saved, and the drawings saved before are never changed.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { Drawing } from '@/data/drawingFile'
import { DRAWING_FORMAT, MAX_DRAWING_BYTES, readDrawingFile, serializeDrawing } from '@/data/drawingFile'
import type { SavedDrawing } from '@/data/drawingStore'
import { createDrawingStore } from '@/data/drawingStore'
import { seededRng } from '@/domain/rng'
import { knownRegionKeys } from '@/data/regionKeys'
import { drawingFileMessage } from '@/ui/drawing/fileMessage'
import { tinyDataset } from '../fixtures/tinyDataset'
import { mutate } from './fileMutations'

const keys = knownRegionKeys(tinyDataset)
/** Longest refusal message a person is shown. */
const MESSAGE_MAX = 200

const valid: Drawing = {
  version: 1,
  createdAt: '2026-11-22T01:00:00.000Z',
  label: 'After work',
  marks: { 'temple.R': { intensity: 2, coverage: 0.4 }, coccyx: { intensity: 1, coverage: 1 } },
  paint: { model: '40-0a1b2c3d', vertices: 40, runs: [0, 10, 2, 5, 1, 5, 0, 20] },
}
const validFile = (): Record<string, unknown> =>
  JSON.parse(serializeDrawing(valid)) as Record<string, unknown>

/** A file as the shelf gets it: its size, and its text when read (a fake for the ones too big to build). */
type Picked = Pick<Blob, 'size' | 'text'>
interface Case {
  name: string
  file: Picked
  /** Hostile files must be refused; random edits may or may not be. */
  expect: 'refuse' | 'either'
}

const text = (s: string): Picked => new Blob([s])
const json = (v: unknown): Picked => text(JSON.stringify(v))
const withField = (field: string, value: unknown): Picked => json({ ...validFile(), [field]: value })
const withMark = (key: string, value: unknown): Picked =>
  json({ ...validFile(), marks: { ...(validFile().marks as object), [key]: value } })
const withPaint = (paint: Record<string, unknown>): Picked =>
  json({ ...validFile(), paint: { ...(validFile().paint as object), ...paint } })

const BIDI = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c']
const CONTROL = ['\u0000', '\u0007', '\u001b[31m', '\u0008', '\r', '\u007f', '\u0085', '\ufeff', '\u200b']

function hostileCases(): Case[] {
  const cases: Case[] = []
  const refuse = (name: string, file: Picked) => cases.push({ name, file, expect: 'refuse' })
  const wrongTypes: unknown[] = [null, true, 0, -1, 1.5, 1e308, '', '1', [], [1], {}, { a: 1 }]
  // Wrong types in every field.
  for (const [i, v] of wrongTypes.entries()) {
    refuse(`format ${i}`, withField('format', v))
    if (v !== 1) refuse(`version ${i}`, withField('version', v))
    refuse(`createdAt ${i}`, withField('createdAt', v))
    if (typeof v !== 'string' || v === '') refuse(`label ${i}`, withField('label', v))
    refuse(
      `marks ${i}`,
      withField('marks', v === null || typeof v !== 'object' || Array.isArray(v) ? v : [v]),
    )
    refuse(`mark value ${i}`, withMark('temple.L', v))
    refuse(`intensity ${i}`, withMark('temple.L', { intensity: v, coverage: 0.5 }))
    refuse(`coverage ${i}`, withMark('temple.L', { intensity: 1, coverage: v === 0 || v === 1 ? -v - 1 : v }))
    refuse(`paint ${i}`, withField('paint', v))
    refuse(`paint model ${i}`, withPaint({ model: typeof v === 'string' && v ? 0 : v }))
    refuse(`paint vertices ${i}`, withPaint({ vertices: v }))
    refuse(`paint runs ${i}`, withPaint({ runs: v }))
  }
  for (const bad of [
    'yesterday',
    '2026-13-45T99:99:99Z',
    '2026-11-22',
    `2026-11-22T01:00:00.000Z${' '.repeat(9)}`,
  ])
    refuse(`date ${bad.slice(0, 20)}`, withField('createdAt', bad))
  refuse('version 2', withField('version', 2))
  refuse('version 0', withField('version', 0))
  refuse('extra field', withField('extra', true))
  refuse('extra mark field', withMark('temple.L', { intensity: 1, coverage: 0.5, note: 'x' }))
  refuse('empty marks', json({ ...validFile(), marks: {}, paint: undefined }))
  refuse(
    'empty marks, blank paint',
    json({ ...validFile(), marks: {}, paint: { model: 'm', vertices: 3, runs: [0, 3] } }),
  )
  refuse(
    'only zero marks',
    json({ ...validFile(), marks: { coccyx: { intensity: 1, coverage: 0 } }, paint: undefined }),
  )
  // Huge names and values.
  for (const n of [41, 1_000, 100_000, 900_000])
    refuse(`key of ${n}`, withMark('x'.repeat(n), { intensity: 1, coverage: 1 }))
  for (const n of [201, 100_000, 900_000]) refuse(`label of ${n}`, withField('label', 'y'.repeat(n)))
  refuse('format of 900k', withField('format', 'z'.repeat(900_000)))
  refuse(
    'many unknown keys',
    json({
      ...validFile(),
      marks: Object.fromEntries(
        Array.from({ length: 5000 }, (_, i) => [`area-${i}.L`, { intensity: 1, coverage: 1 }]),
      ),
    }),
  )
  refuse(
    '40-char unknown keys',
    json({
      ...validFile(),
      marks: Object.fromEntries(
        Array.from({ length: 9 }, (_, i) => [`${i}`.padEnd(40, 'q'), { intensity: 1, coverage: 1 }]),
      ),
    }),
  )
  // Deep nesting.
  for (const depth of [100, 10_000, 100_000]) {
    refuse(`array nesting ${depth}`, text('['.repeat(depth) + ']'.repeat(depth)))
    const nested = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
    refuse(`object nesting ${depth}`, text(nested))
    refuse(
      `nested mark ${depth}`,
      text(serializeDrawing(valid).replace('"marks": {', `"marks": {"temple.L": ${nested},`)),
    )
    refuse(
      `nested label ${depth}`,
      text(serializeDrawing(valid).replace('"After work"', '['.repeat(depth) + ']'.repeat(depth))),
    )
  }
  // Wrong lengths.
  refuse('runs odd length', withPaint({ runs: [0, 10, 2, 5, 1, 5, 0] }))
  refuse('runs sum short', withPaint({ runs: [0, 10, 2, 5, 1, 5, 0, 19] }))
  refuse('runs sum long', withPaint({ runs: [0, 10, 2, 5, 1, 5, 0, 21] }))
  refuse('runs zero count', withPaint({ runs: [0, 0, 0, 40] }))
  refuse('runs value 3', withPaint({ runs: [3, 40] }))
  refuse('runs negative', withPaint({ runs: [0, -10, 0, 50] }))
  refuse('runs fraction', withPaint({ runs: [0, 39.5, 0, 0.5] }))
  refuse(
    'runs too many',
    withPaint({ vertices: 200_001, runs: Array.from({ length: 400_002 }, (_, k) => (k % 2 ? 1 : 0)) }),
  )
  refuse('vertices too many', withPaint({ vertices: 2_000_001, runs: [0, 2_000_001] }))
  refuse('vertices zero', withPaint({ vertices: 0, runs: [] }))
  refuse('model too long', withPaint({ model: 'm'.repeat(101) }))
  // Control and text-direction characters.
  for (const c of [...BIDI, ...CONTROL]) {
    refuse(
      `key with U+${c.codePointAt(0)!.toString(16)}`,
      withMark(`temple${c}.L`, { intensity: 1, coverage: 1 }),
    )
    refuse(`key of only U+${c.codePointAt(0)!.toString(16)}`, withMark(c, { intensity: 1, coverage: 1 }))
    refuse(`format with U+${c.codePointAt(0)!.toString(16)}`, withField('format', `${DRAWING_FORMAT}${c}`))
    refuse(
      `key like a message with U+${c.codePointAt(0)!.toString(16)}`,
      withMark(`${c}Your clinic account is locked. Call 555-0100${c}`, { intensity: 1, coverage: 1 }),
    )
  }
  // Keys that play with objects.
  for (const k of ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'])
    refuse(
      `key ${k}`,
      text(
        serializeDrawing(valid).replace('"marks": {', `"marks": {"${k}": {"intensity": 1, "coverage": 1},`),
      ),
    )
  refuse('__proto__ as the whole file', text(`{"__proto__": ${serializeDrawing(valid)}}`))
  // Not a drawing, or not text at all.
  for (const s of [
    '',
    ' ',
    'null',
    '0',
    '"drawing"',
    '[]',
    '{}',
    'undefined',
    'NaN',
    '{"format":',
    '\ufeff{',
    '<html></html>',
  ])
    refuse(`text ${JSON.stringify(s)}`, text(s))
  refuse('binary', new Blob([Uint8Array.from({ length: 4096 }, (_, k) => (k * 37) % 256)]))
  refuse('UTF-16', new Blob([new Uint16Array([...serializeDrawing(valid)].map((c) => c.charCodeAt(0)))]))
  refuse('broken UTF-8', new Blob([Uint8Array.from([0x7b, 0xc3, 0x28, 0xff, 0xfe, 0x7d])]))
  refuse('other app', json({ format: 'some-other-app/drawing', version: 1, marks: {} }))
  refuse('two drawings', text(`[${serializeDrawing(valid)}, ${serializeDrawing(valid)}]`))
  // Over the size limit: refused by size (the text of a 50 MB one is never asked for).
  refuse(
    'just over 1 MB',
    text(serializeDrawing(valid).replace('"After work"', JSON.stringify('w'.repeat(MAX_DRAWING_BYTES)))),
  )
  refuse('1 MB of accents', text(`"${'é'.repeat(600_000)}"`))
  const neverRead = () => Promise.reject(new Error('a file over the limit was read'))
  refuse('50 MB', { size: 50 * 1024 * 1024, text: neverRead })
  refuse('size unknown', { size: Number.NaN, text: neverRead })
  refuse('unreadable file', {
    size: 100,
    text: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
  })
  return cases
}

/** Random edits of a valid file (see fileMutations.ts). */
function mutations(count: number, seed: number): Case[] {
  const random = seededRng(seed)
  const source = serializeDrawing(valid)
  return Array.from({ length: count }, (_, i) => ({
    name: `mutation ${i}`,
    file: text(mutate(source, random)),
    expect: 'either' as const,
  }))
}

const snapshot = (records: SavedDrawing[]) => new Map(records.map((r) => [r.id, JSON.stringify(r)]))

describe('drawing file import fuzz', () => {
  it('every hostile file is refused with a short message, and no saved drawing is ever lost or changed', async () => {
    const store = createDrawingStore('fuzz-drawings')
    for (const [i, label] of ['First visit', 'Second visit', 'Third visit'].entries())
      await store.save({ ...valid, createdAt: `2026-1${i}-01T09:00:00.000Z`, label })
    const cases = [...hostileCases(), ...mutations(2000, 20261206)]
    const tally = { tried: 0, refused: 0, saved: 0, recognised: 0, lost: 0 }
    const problems: string[] = []
    let before = snapshot(await store.list())
    for (const c of cases) {
      tally.tried++
      let result
      try {
        result = await readDrawingFile(c.file, keys)
      } catch (e) {
        problems.push(`${c.name}: threw ${String(e)}`)
        continue
      }
      if (result.ok) {
        if (c.expect === 'refuse') problems.push(`${c.name}: accepted`)
        const same = await store.findSame(result.drawing)
        if (same) tally.recognised++
        else {
          await store.save(result.drawing)
          tally.saved++
        }
      } else {
        tally.refused++
        const message = drawingFileMessage(result.error)
        if (!message || message.length > MESSAGE_MAX)
          problems.push(`${c.name}: message of ${message.length} characters`)
      }
      // Lost: a drawing saved before this file is missing or different afterwards.
      const after = snapshot(await store.list())
      if ([...before].some(([id, record]) => after.get(id) !== record)) tally.lost++
      before = after
    }
    console.log(
      `drawing import fuzz: tried ${tally.tried}, refused ${tally.refused}, saved ${tally.saved}, ` +
        `recognised as already saved ${tally.recognised}, lost ${tally.lost}`,
    )
    expect(problems).toEqual([])
    expect(tally.lost).toBe(0)
    expect(tally.refused + tally.saved + tally.recognised).toBe(tally.tried)
    expect(tally.tried).toBeGreaterThan(2000)
    await store.close()
  })
})
