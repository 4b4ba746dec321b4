import { describe, expect, it } from 'vitest'
import type { DataFile, RawData } from '@/data/dataset'
import { DataValidationError, formatIssue } from '@/data/dataset'
import { buildDataset, formatPath, validateData } from '@/data/validate'
import { tinyRaw } from '../fixtures/tinyDataset'

/** Mutates the JSON of one fixture file and returns the formatted issues. */
function issuesAfter(edit: (raw: RawData) => void): string[] {
  const raw = tinyRaw()
  edit(raw)
  return validateData(raw).issues.map(formatIssue)
}

const muscle = (raw: RawData, id: string) => {
  const file = raw.muscles.find((f) => f.path.endsWith(`/${id}.json`))
  if (!file) throw new Error(`fixture ${id} missing`)
  return file.data as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('validateData on the fixture files', () => {
  it('accepts the valid fixture dataset and indexes it', () => {
    const { dataset, issues } = validateData(tinyRaw())
    expect(issues).toEqual([])
    expect(dataset?.muscles.map((m) => m.id)).toEqual(['piriformis', 'supinator', 'upper-trapezius'])
    expect(dataset?.musclesByCondition.get('tennis-elbow')).toEqual(['supinator'])
  })

  it('names file, field path and region for an unknown region', () => {
    const issues = issuesAfter((raw) => {
      muscle(raw, 'supinator').triggerPoints[0].referral = {
        essential: ['lateral-epicondyle', 'back-of-forearm', 'lateral-epicondile'],
        spillover: [],
      }
    })
    expect(issues).toContain(
      'data/muscles/supinator.json: triggerPoints[0].referral.essential[2]: unknown region "lateral-epicondile"',
    )
  })

  it('reports a missing field', () => {
    const issues = issuesAfter((raw) => delete muscle(raw, 'supinator').innervation)
    expect(issues).toEqual(['data/muscles/supinator.json: innervation: required field is missing'])
  })

  it('reports a wrong type', () => {
    const issues = issuesAfter((raw) => (muscle(raw, 'piriformis').triggerPoints[1].anchor.along = 'middle'))
    expect(issues).toEqual([
      expect.stringMatching(/^data\/muscles\/piriformis\.json: triggerPoints\[1\]\.anchor\.along: /),
    ])
  })

  it('reports unknown condition and source references', () => {
    const issues = issuesAfter((raw) => {
      muscle(raw, 'supinator').conditions.push('golf-elbow')
      muscle(raw, 'supinator').sources[0].source = 'no-such-book'
    })
    expect(issues).toContain('data/muscles/supinator.json: conditions[1]: unknown condition "golf-elbow"')
    expect(issues).toContain('data/muscles/supinator.json: sources[0].source: unknown source "no-such-book"')
  })

  it('reports duplicate ids (regions, trigger points, muscles)', () => {
    const issues = issuesAfter((raw) => {
      const regions = raw.regions.data as { id: string }[]
      regions.push({ ...regions[0]! })
      const tps = muscle(raw, 'piriformis').triggerPoints
      tps[1].id = tps[0].id
      ;(raw.muscles as DataFile[]).push({
        path: 'data/muscles/copy/supinator.json',
        data: structuredClone(muscle(raw, 'supinator')),
      })
    })
    expect(issues).toContain('data/regions.json: [12].id: duplicate region id "temple"')
    expect(issues).toContain(
      'data/muscles/piriformis.json: triggerPoints[1].id: duplicate trigger point id "piriformis-tp1"',
    )
    expect(issues).toContain('data/muscles/copy/supinator.json: id: duplicate muscle id "supinator"')
  })

  it('reports an empty pattern (no referral on the trigger point nor on the muscle)', () => {
    const issues = issuesAfter((raw) => delete muscle(raw, 'piriformis').triggerPoints[0].referral)
    expect(issues).toContain(
      'data/muscles/piriformis.json: triggerPoints[0].referral: empty pattern: no referral here and none on the muscle',
    )
    const empty = issuesAfter((raw) => (muscle(raw, 'supinator').referral.essential = []))
    expect(empty).toEqual([expect.stringMatching(/^data\/muscles\/supinator\.json: referral\.essential: /)])
  })

  it('reports orphans: a condition without muscles, an uncited source', () => {
    const issues = issuesAfter((raw) => {
      muscle(raw, 'supinator').conditions = []
      ;(raw.sources[0]!.data as unknown[]).push({ id: 'unused', citation: 'Nobody cites me.' })
    })
    expect(issues).toContain('data/conditions.json: [2]: condition "tennis-elbow" has no muscles (orphan)')
    expect(issues).toContain('data/sources/fixture.json: [2]: source "unused" is cited by no record (orphan)')
  })

  it("checks a condition's most common muscles: known, listing the condition, each once", () => {
    type Json = { commonMuscles: string[] }
    const issues = issuesAfter((raw) => {
      ;(raw.conditions.data as Json[])[0]!.commonMuscles.push('deltoid', 'supinator', 'upper-trapezius')
    })
    expect(issues).toEqual([
      'data/conditions.json: [0].commonMuscles[1]: unknown muscle "deltoid"',
      'data/conditions.json: [0].commonMuscles[2]: muscle "supinator" does not list condition "headache" in its conditions',
      'data/conditions.json: [0].commonMuscles[3]: muscle "upper-trapezius" is listed twice',
    ])
    const missing = issuesAfter((raw) => delete (raw.conditions.data as Partial<Json>[])[1]!.commonMuscles)
    expect(missing).toContain('data/conditions.json: [1].commonMuscles: required field is missing')
  })

  it('reports an id that does not match its file name, and an unknown faq question', () => {
    const issues = issuesAfter((raw) => {
      muscle(raw, 'supinator').id = 'supinatorr'
      ;(raw.conditions.data as { seedQuestions: string[] }[])[0]!.seedQuestions.push('nope')
    })
    expect(issues).toContain(
      'data/muscles/supinator.json: id: id "supinatorr" does not match the file name (expected supinatorr.json)',
    )
    expect(issues).toContain('data/conditions.json: [0].seedQuestions[1]: unknown faq question "nope"')
  })

  it('buildDataset throws one error listing every problem', () => {
    const raw = tinyRaw()
    delete muscle(raw, 'supinator').action
    delete muscle(raw, 'piriformis').symptoms
    expect(() => buildDataset(raw)).toThrow(DataValidationError)
    expect(() => buildDataset(raw)).toThrow(
      /2 problems[\s\S]*piriformis\.json: symptoms: required field is missing[\s\S]*supinator\.json: action/,
    )
  })
})

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['triggerPoints', 0, 'referral', 'essential', 2])).toBe(
      'triggerPoints[0].referral.essential[2]',
    )
    expect(formatPath([3, 'id'])).toBe('[3].id')
    expect(formatPath([])).toBe('')
  })
})
