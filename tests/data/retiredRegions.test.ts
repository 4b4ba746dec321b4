// Retired regions (data/retiredRegions.json): old links and saved drawings read as the regions that replace them.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { formatIssue } from '@/data/dataset'
import { parseDrawingFile, serializeDrawing } from '@/data/drawingFile'
import type { Drawing } from '@/data/drawingFile'
import { createDrawingStore } from '@/data/drawingStore'
import { readDataDir } from '@/data/readDataFromDisk'
import { buildDataset, validateData } from '@/data/validate'
import { knownRegionKeys } from '@/data/regionKeys'
import {
  RETIRED_REGIONS,
  replaceRetiredInRecord,
  replaceRetiredKey,
  replaceRetiredKeys,
} from '@/data/retiredRegions'
import { decodeView } from '@/state/url'
import { tinyRaw } from '../fixtures/tinyDataset'

const dataset = buildDataset(readDataDir(process.cwd()))
const table = { head: ['face', 'scalp'], old: ['new'] }

describe('replacing retired region keys (pure)', () => {
  it('a sided key becomes each replacement on the same side; a midline key the bare ids; others stay', () => {
    expect(replaceRetiredKey('head.L', table)).toEqual(['face.L', 'scalp.L'])
    expect(replaceRetiredKey('head.R', table)).toEqual(['face.R', 'scalp.R'])
    expect(replaceRetiredKey('old', table)).toEqual(['new'])
    expect(replaceRetiredKey('temple.L', table)).toEqual(['temple.L'])
    expect(replaceRetiredKey('toString', table)).toEqual(['toString'])
  })

  it('keeps the order of a list and drops the repeats a replacement makes', () => {
    expect(replaceRetiredKeys(['jaw.L', 'head.L', 'face.L', 'old'], table)).toEqual([
      'jaw.L',
      'face.L',
      'scalp.L',
      'new',
    ])
  })

  it('gives each replacement the old value, and merges a value met twice', () => {
    const out = replaceRetiredInRecord({ 'face.R': 1, 'head.R': 3, 'jaw.R': 2 }, Math.max, table)
    expect(out).toEqual({ 'face.R': 3, 'scalp.R': 3, 'jaw.R': 2 })
  })

  it('the real table: teeth reads as the upper and the lower teeth', () => {
    expect(RETIRED_REGIONS['teeth']).toEqual(['upper-teeth', 'lower-teeth'])
    expect(replaceRetiredKeys(['teeth.L'])).toEqual(['upper-teeth.L', 'lower-teeth.L'])
  })
})

describe('where region keys come from outside', () => {
  const known = {
    muscles: new Set(dataset.muscles.map((m) => m.id)),
    regions: new Set(dataset.regions.map((r) => r.id)),
    conditions: new Set(dataset.conditions.map((c) => c.id)),
  }

  it('an old link naming the teeth marks the upper and lower teeth on that side, and reports nothing', () => {
    const { view, problems } = decodeView('#pain=jaw.L,teeth.L,teeth.R', known)
    expect(view.painRegionKeys).toEqual([
      'jaw.L',
      'upper-teeth.L',
      'lower-teeth.L',
      'upper-teeth.R',
      'lower-teeth.R',
    ])
    expect(problems).toEqual([])
  })

  const oldDrawing = {
    format: 'trigger-point-body-map/drawing',
    version: 1,
    createdAt: '2025-03-01T10:00:00.000Z',
    marks: {
      'teeth.L': { intensity: 2, coverage: 0.5 },
      'jaw.L': { intensity: 1, coverage: 0.2 },
    },
  }

  it('an exported drawing marking the teeth opens with both marks on the new areas, nothing lost', () => {
    const result = parseDrawingFile(JSON.stringify(oldDrawing), knownRegionKeys(dataset))
    expect(result).toEqual({
      ok: true,
      drawing: {
        version: 1,
        createdAt: oldDrawing.createdAt,
        marks: {
          'upper-teeth.L': { intensity: 2, coverage: 0.5 },
          'lower-teeth.L': { intensity: 2, coverage: 0.5 },
          'jaw.L': { intensity: 1, coverage: 0.2 },
        },
      },
    })
    // where an old and a new key meet, the stronger mark wins
    const both = {
      ...oldDrawing,
      marks: { ...oldDrawing.marks, 'lower-teeth.L': { intensity: 1, coverage: 0.9 } },
    }
    const merged = parseDrawingFile(JSON.stringify(both), knownRegionKeys(dataset))
    expect(merged.ok && merged.drawing.marks['lower-teeth.L']).toEqual({ intensity: 2, coverage: 0.9 })
  })

  it('a drawing saved on the device before the split reads back with the new areas', async () => {
    const store = createDrawingStore('test-retired-regions')
    const { format: _format, ...drawing } = oldDrawing
    const saved = await store.save(drawing as Drawing)
    const again = await store.get(saved.id)
    expect(Object.keys(again!.drawing.marks).sort()).toEqual(['jaw.L', 'lower-teeth.L', 'upper-teeth.L'])
    const [listed] = await store.list()
    expect(listed!.drawing.marks['upper-teeth.L']).toEqual({ intensity: 2, coverage: 0.5 })
    // the file exported from it opens again as the same drawing
    const reopened = parseDrawingFile(serializeDrawing(listed!.drawing), knownRegionKeys(dataset))
    expect(reopened.ok && serializeDrawing(reopened.drawing)).toBe(serializeDrawing(listed!.drawing))
    await store.clear()
  })
})

describe('the data validator checks the table', () => {
  const issuesWith = (retired: unknown) => {
    const raw = tinyRaw()
    raw.retiredRegions = { path: 'data/retiredRegions.json', data: retired }
    return validateData(raw).issues.map(formatIssue)
  }

  it('accepts the real table and a good one', () => {
    expect(validateData(readDataDir(process.cwd())).issues).toEqual([])
    expect(issuesWith({ face: ['temple', 'jaw'] })).toEqual([])
  })

  it('refuses a retired id still in use, an unknown replacement and mixed sides', () => {
    expect(issuesWith({ temple: ['jaw'] }).join('\n')).toMatch(/retired region "temple" is still in/)
    expect(issuesWith({ face: ['temple', 'cheekbone'] }).join('\n')).toMatch(/unknown region "cheekbone"/)
    expect(issuesWith({ face: ['temple', 'coccyx'] }).join('\n')).toMatch(/not of the same laterality/)
    expect(issuesWith({ face: [] }).length).toBeGreaterThan(0)
  })
})
