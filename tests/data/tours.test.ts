import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DataFile, RawData } from '@/data/dataset'
import { formatIssue, indexDataset } from '@/data/dataset'
import { readDataDir } from '@/data/readDataFromDisk'
import { validateData } from '@/data/validate'
import { referralRegionsOf } from '@/domain/referral'
import { parseRegionKey } from '@/data/regionKeys'
import { TINY_ROOT, tinyRaw } from '../fixtures/tinyDataset'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function issuesAfter(edit: (tour: Json, raw: RawData) => void): string[] {
  const raw = tinyRaw()
  edit(raw.tours[0]!.data as Json, raw)
  return validateData(raw).issues.map(formatIssue)
}
const FILE = 'data/tours/fixture-tour.json'

describe('tours in validateData', () => {
  it('accepts the fixture tour and indexes it', () => {
    const { dataset, issues } = validateData(tinyRaw())
    expect(issues).toEqual([])
    expect(dataset?.tours.map((t) => t.id)).toEqual(['fixture-tour'])
    expect(dataset?.toursById.get('fixture-tour')?.steps[1]?.muscles).toEqual([
      'upper-trapezius',
      'supinator',
    ])
  })

  it('tours are optional: no tours folder, or an empty one, is fine', () => {
    const raw = { ...tinyRaw(), tours: [] }
    const { dataset, issues } = validateData(raw)
    expect(issues).toEqual([])
    expect(dataset?.tours).toEqual([])
    const root = mkdtempSync(join(tmpdir(), 'tiny-'))
    cpSync(TINY_ROOT, root, { recursive: true })
    rmSync(join(root, 'data/tours'), { recursive: true })
    expect(readDataDir(root).tours).toEqual([])
    expect(validateData(readDataDir(root)).issues).toEqual([])
    rmSync(root, { recursive: true })
  })

  it('names file and field for unknown muscle, region and condition ids', () => {
    const issues = issuesAfter((tour) => {
      tour.steps[1].muscles = ['upper-trapezius', 'upper-trapezuis']
      tour.steps[0].painRegionKeys = ['temple.L', 'tempel.R', 'coccyx.L', 'jaw']
      tour.steps[2].conditionId = 'migrane'
    })
    expect(issues).toEqual([
      `${FILE}: steps[0].painRegionKeys[1]: unknown region "tempel"`,
      `${FILE}: steps[0].painRegionKeys[2]: region "coccyx" is on the midline: write "coccyx" without a side`,
      `${FILE}: steps[0].painRegionKeys[3]: region "jaw" has two sides: write "jaw.L" or "jaw.R"`,
      `${FILE}: steps[1].muscles[1]: unknown muscle "upper-trapezuis"`,
      `${FILE}: steps[2].conditionId: unknown condition "migrane"`,
    ])
  })

  it('reports schema problems with their path', () => {
    const issues = issuesAfter((tour) => {
      tour.audience = 'everyone'
      tour.steps[0].camera = 'top'
      tour.steps[1].layers.deep = 'visible'
      tour.steps[2].caption = 'x'.repeat(400)
    })
    expect(issues).toHaveLength(4)
    expect(issues[0]).toMatch(/^data\/tours\/fixture-tour\.json: audience: /)
    expect(issues).toContainEqual(expect.stringMatching(/steps\[0\]\.camera: /))
    expect(issues).toContainEqual(expect.stringMatching(/steps\[1\]\.layers\.deep: /))
    expect(issues).toContainEqual(expect.stringMatching(/steps\[2\]\.caption: keep a caption under 320/))
  })

  it('reports an id that does not match the file name, and duplicate tour ids', () => {
    const issues = issuesAfter((tour, raw) => {
      ;(raw.tours as DataFile[]).push({
        path: 'data/tours/copy/fixture-tour.json',
        data: structuredClone(tour),
      })
      tour.steps = []
    })
    expect(issues).toContain(`${FILE}: steps: a tour needs at least one step`)
    const renamed = issuesAfter((tour) => (tour.id = 'other'))
    expect(renamed).toEqual([`${FILE}: id: id "other" does not match the file name (expected other.json)`])
    const dup = issuesAfter((tour, raw) => {
      ;(raw.tours as DataFile[]).push({
        path: 'data/tours/copy/fixture-tour.json',
        data: structuredClone(tour),
      })
    })
    expect(dup).toEqual(['data/tours/copy/fixture-tour.json: id: duplicate tour id "fixture-tour"'])
  })

  it('indexDataset accepts records served before tours existed', () => {
    const { dataset } = validateData(tinyRaw())
    const { tours: _tours, ...old } = dataset!
    expect(indexDataset(old).tours).toEqual([])
  })
})

describe('the real tours', () => {
  const { dataset } = validateData(readDataDir(process.cwd()))
  const tours = dataset?.tours ?? []
  it('cover the planned stories, each with 4 to 7 steps', () => {
    expect(tours.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'headache',
        'neck-shoulder',
        'tennis-elbow',
        'low-back',
        'sciatica-like',
        'knee',
        'achilles',
        'plantar-heel',
        'jaw',
        'hair-stylist',
        'weightlifter-overhead',
        'runner-calves',
        'boot-camp',
      ]),
    )
    for (const t of tours) expect(t.steps.length, t.id).toBeGreaterThanOrEqual(4)
    for (const t of tours) expect(t.steps.length, t.id).toBeLessThanOrEqual(7)
  })

  it("paint only areas inside the shown muscles' patterns, and reveal the deep layer for deep muscles", () => {
    const ds = dataset!
    for (const t of tours) {
      t.steps.forEach((step, i) => {
        const muscles = step.muscles ?? []
        if (muscles.length && step.painRegionKeys?.length) {
          const zone = muscles.flatMap((m) => Object.values(referralRegionsOf(ds, m)).flat())
          const outside = step.painRegionKeys.filter((k) => !zone.includes(parseRegionKey(k).regionId))
          expect(outside, `${t.id} steps[${i}]`).toEqual([])
        }
        if (muscles.some((m) => ds.musclesById.get(m)?.layer === 'deep')) {
          expect(step.layers?.deep, `${t.id} steps[${i}]`).toBe('shown')
        }
      })
    }
  })
})
