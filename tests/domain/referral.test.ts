import { describe, expect, it } from 'vitest'
import { conditionsOf, musclesForCondition } from '@/domain/lookups'
import { levelAt, musclesReferringTo, referralRegionsOf } from '@/domain/referral'
import { tinyDataset as ds } from '../fixtures/tinyDataset'
import { strings } from '@/i18n'
import { regionKeyLabel } from '@/i18n/regionLabel'

describe('referralRegionsOf', () => {
  it('merges trigger-point patterns; essential anywhere wins over spillover', () => {
    expect(referralRegionsOf(ds, 'piriformis')).toEqual({
      essential: ['sacroiliac', 'buttock'],
      spillover: ['back-of-thigh', 'coccyx'],
      bothSides: [],
    })
  })
  it('uses the muscle-level pattern when trigger points have none', () => {
    expect(referralRegionsOf(ds, 'supinator').essential).toEqual(['lateral-epicondyle'])
  })
  it('returns empty zones for an unknown muscle', () => {
    expect(referralRegionsOf(ds, 'nope')).toEqual({ essential: [], spillover: [], bothSides: [] })
  })
  it('levelAt tells essential, spillover or nothing', () => {
    expect(levelAt(ds, 'upper-trapezius', 'temple')).toBe('essential')
    expect(levelAt(ds, 'upper-trapezius', 'jaw')).toBe('spillover')
    expect(levelAt(ds, 'upper-trapezius', 'buttock')).toBeNull()
  })
})

describe('musclesReferringTo', () => {
  it('ranks essential above spillover', () => {
    // occiput: spillover of upper trapezius only; temple: essential of upper trapezius
    const [top] = musclesReferringTo(ds, ['temple'])
    expect(top).toMatchObject({ muscleId: 'upper-trapezius', score: 1, essential: ['temple'], spillover: [] })
    const ranked = musclesReferringTo(ds, ['back-of-forearm', 'lateral-epicondyle'])
    expect(ranked.map((m) => m.muscleId)).toEqual(['supinator'])
    expect(ranked[0]?.score).toBeCloseTo(1.4)
  })

  it('a muscle covering more painted regions ranks higher', () => {
    const ranked = musclesReferringTo(ds, ['buttock', 'coccyx', 'back-of-thigh', 'temple'])
    expect(ranked.map((m) => m.muscleId)).toEqual(['piriformis', 'upper-trapezius'])
    expect(ranked[0]).toMatchObject({ essential: ['buttock'], spillover: ['coccyx', 'back-of-thigh'] })
  })

  it('weights let "worst" areas count more', () => {
    const plain = musclesReferringTo(ds, ['temple', 'buttock']).map((m) => m.muscleId)
    expect(plain).toEqual(['piriformis', 'upper-trapezius']) // tie on score and count → by name
    const weighted = musclesReferringTo(ds, [{ regionId: 'temple', weight: 2 }, 'buttock']).map(
      (m) => m.muscleId,
    )
    expect(weighted).toEqual(['upper-trapezius', 'piriformis'])
  })

  it('names the trigger points that explain the pain', () => {
    const [pir] = musclesReferringTo(ds, ['coccyx'])
    expect(pir?.triggerPointIds).toEqual(['piriformis-tp2'])
  })

  it('returns nothing for regions no pattern reaches, and ignores duplicates', () => {
    expect(musclesReferringTo(ds, [])).toEqual([])
    expect(musclesReferringTo(ds, ['no-such-region'])).toEqual([])
    expect(musclesReferringTo(ds, ['temple', 'temple'])[0]?.score).toBe(1)
  })
})

describe('a match, in words', () => {
  it('the domain gives the zones as region ids; the catalogue says which zone covers which painful area', () => {
    const [m] = musclesReferringTo(ds, ['temple', 'behind-eye', 'posterolateral-neck'])
    expect(m).toMatchObject({ essential: ['temple', 'posterolateral-neck'], spillover: ['behind-eye'] })
    const words = (ids: readonly string[]) => ids.map((id) => regionKeyLabel(ds, id, { midSentence: true }))
    expect(strings.reason.zones(words(m!.essential), words(m!.spillover))).toBe(
      'Its main pain zone covers temple and side and back of neck; its wider (spillover) zone reaches behind the eye.',
    )
  })
})

describe('condition lookups', () => {
  it('condition → muscles and muscle → conditions', () => {
    expect(musclesForCondition(ds, 'headache').map((m) => m.id)).toEqual(['upper-trapezius'])
    expect(conditionsOf(ds, 'upper-trapezius').map((c) => c.id)).toEqual(['headache', 'neck-pain'])
    expect(musclesForCondition(ds, 'nope')).toEqual([])
    expect(conditionsOf(ds, 'nope')).toEqual([])
  })
})
