import { describe, expect, it } from 'vitest'
import type { RawData } from '@/data/dataset'
import { formatIssue } from '@/data/dataset'
import { validateData } from '@/data/validate'
import { tinyRaw } from '../fixtures/tinyDataset'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Edits the fixture's red flags (and anything else) and returns the formatted issues. */
function issuesAfter(edit: (flags: Json[], raw: RawData) => void): string[] {
  const raw = tinyRaw()
  edit(raw.redFlags.data as Json[], raw)
  return validateData(raw).issues.map(formatIssue)
}

const FILE = 'data/redFlags.json'

describe('red flags in validateData', () => {
  it('loads the fixture red flags with their urgency and default combinations', () => {
    const { dataset, issues } = validateData(tinyRaw())
    expect(issues).toEqual([])
    expect(dataset?.redFlags.map((f) => [f.id, f.urgency])).toEqual([
      ['sudden-headache', 'emergency'],
      ['both-hands', 'soon'],
    ])
    expect(dataset?.redFlagsById.get('sudden-headache')?.together).toEqual([])
  })

  it('rejects a red flag without an urgency, naming file and field', () => {
    expect(issuesAfter((flags) => delete flags[0]!.urgency)).toEqual([
      `${FILE}: [0].urgency: required field is missing`,
    ])
  })

  it('rejects an urgency that is not emergency, soon or mention', () => {
    expect(issuesAfter((flags) => (flags[1]!.urgency = 'urgent'))).toEqual([
      expect.stringMatching(/^data\/redFlags\.json: \[1\]\.urgency: /),
    ])
  })

  it('rejects an unknown area, in regions and in a combination', () => {
    const issues = issuesAfter((flags) => {
      flags[0]!.regions.push('chets.L')
      flags[1]!.together = [['back-of-hand.L', ['back-of-hand.R', 'palmm']]]
    })
    expect(issues).toEqual([
      `${FILE}: [0].regions[2]: unknown region "chets"`,
      `${FILE}: [1].together[0][1][1]: unknown region "palmm"`,
    ])
  })

  it('rejects a side on a midline area, and an unknown condition or source', () => {
    const issues = issuesAfter((flags, raw) => {
      ;(raw.regions.data as Json[]).find((r) => r.id === 'coccyx')!.laterality = 'midline'
      flags[0]!.regions = ['coccyx.L']
      flags[0]!.conditions = ['migrane']
      flags[1]!.sources[0].source = 'no-such-book'
    })
    expect(issues).toEqual([
      `${FILE}: [0].regions[0]: region "coccyx" is on the midline: write "coccyx" without a side`,
      `${FILE}: [0].conditions[0]: unknown condition "migrane"`,
      `${FILE}: [1].sources[0].source: unknown source "no-such-book"`,
    ])
  })

  it('rejects a red flag that nothing can show, and duplicate ids', () => {
    const issues = issuesAfter((flags) => {
      flags[1]!.together = []
      flags.push({ ...structuredClone(flags[0]!) })
    })
    expect(issues).toContain(
      `${FILE}: [1]: red flag "both-hands" is never shown: give it regions, a combination or a condition`,
    )
    expect(issues).toContain(`${FILE}: [2].id: duplicate red flag id "sudden-headache"`)
  })

  it('rejects a muscle naming an unknown red flag', () => {
    const issues = issuesAfter((_flags, raw) => {
      const m = raw.muscles.find((f) => f.path.endsWith('/supinator.json'))!.data as Json
      m.redFlags = ['both-hands', 'heart-atack']
    })
    expect(issues).toEqual(['data/muscles/supinator.json: redFlags[1]: unknown red flag "heart-atack"'])
  })

  it("keeps emergencies out of a condition's own list of signs", () => {
    const issues = issuesAfter((_flags, raw) => {
      ;(raw.conditions.data as Json[])[1]!.redFlags.push('Chest pain with sweating: call emergency services.')
    })
    expect(issues).toEqual([
      `data/conditions.json: [1].redFlags[1]: an emergency belongs in data/redFlags.json (urgency "emergency"), not in a condition's list`,
    ])
  })

  it('a source cited only by a red flag is not an orphan', () => {
    const issues = issuesAfter((flags, raw) => {
      ;(raw.sources[0]!.data as Json[]).push({ id: 'guideline', citation: 'A guideline.' })
      flags[0]!.sources.push({ source: 'guideline', supports: ['safety'] })
    })
    expect(issues).toEqual([])
  })
})
