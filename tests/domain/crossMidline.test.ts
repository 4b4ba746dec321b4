// Referral zones that cross the midline (referral.bothSides): the data says so, the body paints both sides, and the
// reverse lookup of a drawing lets a muscle on either side explain them. The three examples of issue #16.
import { describe, expect, it } from 'vitest'
import { formatIssue } from '@/data/dataset'
import { readDataDir } from '@/data/readDataFromDisk'
import { buildDataset, validateData } from '@/data/validate'
import { rankDrawing } from '@/domain/drawing'
import { referralRegionsOf } from '@/domain/referral'
import { knownRegionKeys } from '@/data/regionKeys'
import { buildRegionLut } from '@/state/regionPaint'
import { tinyRaw } from '../fixtures/tinyDataset'

const ds = buildDataset(readDataDir(process.cwd()))
const keys = [...knownRegionKeys(ds)]

/** Region keys painted essential (R) or spillover (G) for one muscle's pattern shown on one side only. */
function painted(muscleId: string, side: 'left' | 'right'): Set<string> {
  const lut = buildRegionLut(keys, [{ ...referralRegionsOf(ds, muscleId), side }], [])
  return new Set(keys.filter((_, i) => lut[i * 4]! > 0 || lut[i * 4 + 1]! > 0))
}

const drawingOf = (...keys: string[]) => ({
  version: 1 as const,
  createdAt: new Date(0).toISOString(),
  marks: Object.fromEntries(keys.map((k) => [k, { intensity: 1 as const, coverage: 1 }])),
})

describe('referral zones that cross the midline', () => {
  it('the data says so: rectus abdominis (low back band), clavicular SCM (forehead), quadratus lumborum (sacral band)', () => {
    expect(referralRegionsOf(ds, 'rectus-abdominis').bothSides).toEqual(
      expect.arrayContaining(['lower-back', 'sacroiliac']),
    )
    expect(referralRegionsOf(ds, 'sternocleidomastoid-clavicular').bothSides).toEqual(['forehead'])
    expect(referralRegionsOf(ds, 'quadratus-lumborum').bothSides).toEqual(['sacroiliac'])
    expect(referralRegionsOf(ds, 'upper-trapezius').bothSides).toEqual([])
  })

  it('the body paints those zones on both sides when one side of the muscle is shown, the rest on that side', () => {
    const ra = painted('rectus-abdominis', 'left')
    expect(['lower-back.L', 'lower-back.R', 'sacroiliac.L', 'sacroiliac.R'].every((k) => ra.has(k))).toBe(
      true,
    )
    expect(ra.has('upper-abdomen.L')).toBe(true)
    expect(ra.has('upper-abdomen.R')).toBe(false)
    const scm = painted('sternocleidomastoid-clavicular', 'right')
    expect([scm.has('forehead.L'), scm.has('forehead.R'), scm.has('ear.R'), scm.has('ear.L')]).toEqual([
      true,
      true,
      true,
      false,
    ])
    const ql = painted('quadratus-lumborum', 'left')
    expect([ql.has('sacroiliac.L'), ql.has('sacroiliac.R'), ql.has('flank.R')]).toEqual([true, true, false])
  })

  it('a drawing on one side is explained by the muscle on either side where the zone crosses, else by its own side', () => {
    const sidesOf = (muscleId: string, ...marks: string[]) =>
      rankDrawing(ds, drawingOf(...marks)).find((m) => m.muscleId === muscleId)?.sides
    expect(sidesOf('rectus-abdominis', 'lower-back.R')).toEqual(['left', 'right'])
    expect(sidesOf('sternocleidomastoid-clavicular', 'forehead.L')).toEqual(['left', 'right'])
    expect(sidesOf('quadratus-lumborum', 'sacroiliac.L')).toEqual(['left', 'right'])
    // Not across the midline: the flank is explained by the quadratus lumborum of the same side only.
    expect(sidesOf('quadratus-lumborum', 'flank.L')).toEqual(['left'])
    expect(sidesOf('sternocleidomastoid-clavicular', 'ear.R')).toEqual(['right'])
  })

  it('the validator rejects a crossing zone outside the pattern, or on a midline region', () => {
    const raw = tinyRaw()
    const supinator = raw.muscles.find((f) => f.path.endsWith('/supinator.json'))!.data as {
      referral: { spillover: string[]; bothSides?: string[] }
    }
    supinator.referral.spillover.push('coccyx')
    supinator.referral.bothSides = ['temple', 'coccyx']
    const coccyx = (raw.regions.data as { id: string; laterality: string }[]).find((r) => r.id === 'coccyx')!
    coccyx.laterality = 'midline'
    const issues = validateData(raw).issues.map(formatIssue)
    expect(issues).toEqual([
      `data/muscles/supinator.json: referral.bothSides[0]: region "temple" is not in this pattern's essential or spillover zone`,
      `data/muscles/supinator.json: referral.bothSides[1]: region "coccyx" is on the midline: it has no sides to cross to`,
    ])
  })
})
