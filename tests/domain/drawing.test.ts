import { describe, expect, it } from 'vitest'
import type { Drawing, DrawingMark } from '@/data/drawingFile'
import { readDataDir } from '@/data/readDataFromDisk'
import { buildDataset } from '@/data/validate'
import { markWeight, paintedRegions, rankDrawing } from '@/domain/drawing'
import { knownRegionKeys, parseRegionKey } from '@/data/regionKeys'
import { whySuggested } from '@/ui/matchReason'
import { tinyDataset as ds } from '../fixtures/tinyDataset'

const ache = (coverage = 1): DrawingMark => ({ intensity: 1, coverage })
const worst = (coverage = 1): DrawingMark => ({ intensity: 2, coverage })
const drawing = (marks: Record<string, DrawingMark>): Drawing => ({
  version: 1,
  createdAt: '2026-11-22T01:00:00.000Z',
  marks,
})
const ids = (d: Drawing) => rankDrawing(ds, d).map((m) => m.muscleId)

describe('region keys', () => {
  it('splits sided and midline keys; lists every paintable key', () => {
    expect(parseRegionKey('temple.L')).toEqual({ regionId: 'temple', side: 'left' })
    expect(parseRegionKey('coccyx')).toEqual({ regionId: 'coccyx', side: null })
    const keys = knownRegionKeys(ds)
    expect(keys.has('temple.R') && keys.has('coccyx')).toBe(true)
    expect(keys.has('temple') || keys.has('coccyx.L')).toBe(false)
  })
})

describe('rankDrawing on the fixture', () => {
  it('weighs intensity × coverage and adds left and right of one region', () => {
    expect(markWeight(worst(0.5))).toBe(1)
    const painted = paintedRegions(
      ds,
      drawing({ 'temple.L': ache(0.5), 'temple.R': worst(0.25), nope: ache() }),
    )
    expect(painted.get('temple')).toEqual({ weight: 1, worst: true, sides: new Set(['left', 'right']) })
    expect(painted.has('nope')).toBe(false)
  })

  it('essential zone counts more than spillover (LEVEL_WEIGHT)', () => {
    const [top] = rankDrawing(ds, drawing({ 'temple.L': ache(), 'occiput.L': ache() }))
    expect(top).toMatchObject({
      muscleId: 'upper-trapezius',
      essential: ['temple'],
      spillover: ['occiput'],
      explained: 1,
      sides: ['left'],
      triggerPointIds: ['upper-trapezius-tp1'],
    })
    expect(top?.score).toBeCloseTo(1.4)
  })

  it('worst areas and a larger painted share pull a muscle up', () => {
    const even = drawing({ 'temple.R': ache(0.5), 'buttock.R': ache(0.5) })
    expect(ids(even)).toEqual(['piriformis', 'upper-trapezius']) // tie → by name
    expect(ids(drawing({ 'temple.R': worst(0.5), 'buttock.R': ache(0.5) }))).toEqual([
      'upper-trapezius',
      'piriformis',
    ])
    expect(ids(drawing({ 'temple.R': ache(0.9), 'buttock.R': ache(0.5) }))[0]).toBe('upper-trapezius')
  })

  it('explained is the share of the drawing inside the pattern', () => {
    const ranked = rankDrawing(ds, drawing({ 'buttock.L': worst(0.5), coccyx: ache(1), 'temple.L': ache(1) }))
    const pir = ranked.find((m) => m.muscleId === 'piriformis')
    expect(pir).toMatchObject({ essential: ['buttock'], spillover: ['coccyx'], worst: ['buttock'] })
    expect(pir?.explained).toBeCloseTo(2 / 3)
    expect(pir?.triggerPointIds).toEqual(['piriformis-tp1', 'piriformis-tp2'])
    expect(ranked.find((m) => m.muscleId === 'upper-trapezius')?.explained).toBeCloseTo(1 / 3)
  })

  it('gives the facts of its reason, which the panel puts in plain words', () => {
    const [top] = rankDrawing(ds, drawing({ 'temple.L': worst(0.5), 'occiput.L': ache(1) }))
    expect(top).toMatchObject({
      essential: ['temple'],
      spillover: ['occiput'],
      worst: ['temple'],
      explained: 1,
    })
    expect(whySuggested(ds, top!)).toBe(
      'Its main pain zone covers temple; its wider (spillover) zone reaches back of the head. ' +
        'Its pattern covers about 100% of the areas you marked. That includes temple, where you marked the worst pain.',
    )
  })

  it('returns [] for an empty drawing, zero coverage or regions no pattern reaches', () => {
    expect(rankDrawing(ds, drawing({}))).toEqual([])
    expect(rankDrawing(ds, drawing({ 'temple.L': ache(0) }))).toEqual([])
    expect(rankDrawing(ds, drawing({ 'nowhere.L': worst() }))).toEqual([])
  })

  it('is deterministic whatever the order of the marks', () => {
    const a = rankDrawing(ds, drawing({ 'jaw.L': ache(), 'buttock.R': ache(), 'back-of-hand.L': ache() }))
    const b = rankDrawing(ds, drawing({ 'back-of-hand.L': ache(), 'buttock.R': ache(), 'jaw.L': ache() }))
    expect(b).toEqual(a)
  })
})

/** Literature sanity cases (Travell & Simons) on the real data. */
describe('rankDrawing on the real data', () => {
  const real = buildDataset(readDataDir(process.cwd()))
  const top = (marks: Record<string, DrawingMark>, n: number) =>
    rankDrawing(real, drawing(marks))
      .slice(0, n)
      .map((m) => m.muscleId)

  it('temple + side of the neck: upper trapezius in the top 3', () => {
    expect(top({ 'temple.R': worst(0.6), 'posterolateral-neck.R': ache(0.8) }, 3)).toContain(
      'upper-trapezius',
    )
  })

  it('outer elbow + back of forearm: supinator near the top, the radial wrist extensors close behind', () => {
    const marks = { 'lateral-epicondyle.R': worst(0.9), 'back-of-forearm.R': ache(0.5) }
    expect(top(marks, 3)).toContain('supinator')
    expect(top(marks, 8)).toContain('extensor-carpi-radialis-brevis')
    expect(top({ ...marks, 'back-of-hand.R': ache(0.5), 'back-of-wrist.R': ache(0.5) }, 5)).toContain(
      'extensor-carpi-radialis-brevis',
    )
  })

  it('buttock + back of thigh + calf: gluteus minimus or piriformis first', () => {
    const [first] = top({ 'buttock.L': worst(0.7), 'back-of-thigh.L': ache(0.5), 'calf.L': ache(0.3) }, 1)
    expect(['gluteus-minimus', 'piriformis']).toContain(first)
  })

  it('jaw + lower teeth: masseter first', () => {
    expect(top({ 'jaw.L': worst(1), 'lower-teeth.L': ache(0.5) }, 1)).toEqual(['masseter'])
  })

  it('heel: soleus or a plantar muscle in the top 3', () => {
    const t = top({ 'heel.L': worst(1) }, 3)
    expect(t.some((id) => ['soleus', 'quadratus-plantae', 'abductor-hallucis'].includes(id))).toBe(true)
  })
})
