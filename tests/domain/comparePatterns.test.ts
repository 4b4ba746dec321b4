import { describe, expect, it } from 'vitest'
import { buildDataset } from '@/data/validate'
import { comparePatterns } from '@/domain/comparePatterns'
import { tinyDataset, tinyRaw } from '../fixtures/tinyDataset'

/** The fixture with the supinator's spillover reaching the temple and jaw too, so patterns overlap. */
function overlapping() {
  const raw = tinyRaw()
  const sup = raw.muscles.find((f) => f.path.endsWith('supinator.json'))!.data as {
    referral: { spillover: string[] }
  }
  sup.referral.spillover.push('temple', 'jaw')
  return buildDataset(raw)
}

describe('comparePatterns', () => {
  it('gives one row per muscle, in the order given, with its main and spread areas', () => {
    const { rows, shared } = comparePatterns(tinyDataset, ['supinator', 'upper-trapezius', 'piriformis'])
    expect(rows.map((r) => r.muscleId)).toEqual(['supinator', 'upper-trapezius', 'piriformis'])
    expect(rows[0]).toEqual({
      muscleId: 'supinator',
      essential: ['lateral-epicondyle'],
      spillover: ['back-of-forearm', 'back-of-hand'],
    })
    expect(rows[2]!.essential).toEqual(['sacroiliac', 'buttock'])
    expect(shared).toEqual([]) // the fixture's three patterns do not meet
  })

  it('lists the areas several patterns cover, with each muscle’s level there', () => {
    const { shared } = comparePatterns(overlapping(), ['upper-trapezius', 'supinator', 'piriformis'])
    expect(shared).toEqual([
      {
        regionId: 'jaw',
        muscles: [
          { muscleId: 'upper-trapezius', level: 'spillover' },
          { muscleId: 'supinator', level: 'spillover' },
        ],
      },
      {
        regionId: 'temple',
        muscles: [
          { muscleId: 'upper-trapezius', level: 'essential' },
          { muscleId: 'supinator', level: 'spillover' },
        ],
      },
    ])
  })

  it('ignores unknown and repeated ids', () => {
    const { rows } = comparePatterns(tinyDataset, ['supinator', 'nope', 'supinator'])
    expect(rows.map((r) => r.muscleId)).toEqual(['supinator'])
  })
})
