// Checks over the real dataset in data/ (the fixture-based validator tests are in validate.test.ts).
import { describe, expect, it } from 'vitest'
import { readDataDir } from '@/data/readDataFromDisk'
import { formatIssue } from '@/data/dataset'
import { validateData } from '@/data/validate'
import { musclesForCondition } from '@/domain/lookups'
import { musclesReferringTo, referralRegionsOf } from '@/domain/referral'
import MiniSearch from 'minisearch'
import { createSearchIndex } from '@/domain/search'

const { dataset, issues } = validateData(readDataDir(process.cwd()))

describe('the real dataset', () => {
  it('validates with no issues', () => {
    expect(issues.map(formatIssue)).toEqual([])
    expect(dataset).toBeDefined()
  })
  const ds = dataset!

  it('has at least 60 muscles, each with a trigger point, an essential zone and a referral source', () => {
    expect(ds.muscles.length).toBeGreaterThanOrEqual(60)
    for (const m of ds.muscles) {
      expect(m.triggerPoints.length, m.id).toBeGreaterThan(0)
      expect(referralRegionsOf(ds, m.id).essential.length, m.id).toBeGreaterThan(0)
      expect(
        m.sources.some((s) => s.supports.includes('referral')),
        m.id,
      ).toBe(true)
    }
  })

  it('includes every muscle the scope names', () => {
    const required = [
      'upper-trapezius',
      'middle-trapezius',
      'lower-trapezius',
      'levator-scapulae',
      'sternocleidomastoid-sternal',
      'sternocleidomastoid-clavicular',
      'splenius-capitis',
      'suboccipitals',
      'anterior-scalene',
      'middle-scalene',
      'posterior-scalene',
      'masseter',
      'temporalis',
      'latissimus-dorsi',
      'rhomboids',
      'serratus-anterior',
      'supraspinatus',
      'infraspinatus',
      'teres-minor',
      'teres-major',
      'subscapularis',
      'deltoid',
      'pectoralis-major',
      'pectoralis-minor',
      'biceps-brachii',
      'triceps-brachii',
      'extensor-carpi-radialis-longus',
      'extensor-carpi-radialis-brevis',
      'extensor-digitorum',
      'brachioradialis',
      'supinator',
      'flexor-carpi-radialis',
      'flexor-carpi-ulnaris',
      'quadratus-lumborum',
      'iliopsoas',
      'iliocostalis',
      'longissimus',
      'multifidus',
      'gluteus-maximus',
      'gluteus-medius',
      'gluteus-minimus',
      'piriformis',
      'tensor-fasciae-latae',
      'biceps-femoris',
      'semitendinosus',
      'semimembranosus',
      'rectus-femoris',
      'vastus-medialis',
      'vastus-lateralis',
      'adductor-longus',
      'adductor-brevis',
      'gastrocnemius',
      'soleus',
      'tibialis-anterior',
      'peroneus-longus',
      'abductor-hallucis',
      'flexor-digitorum-brevis',
      'quadratus-plantae',
    ]
    expect(required.filter((id) => !ds.musclesById.has(id))).toEqual([])
  })

  it('every thoracic-wall or lung-adjacent muscle carries a lung/pleura warning', () => {
    const lungAdjacent = [
      'upper-trapezius',
      'middle-trapezius',
      'lower-trapezius',
      'levator-scapulae',
      'rhomboids',
      'serratus-anterior',
      'pectoralis-major',
      'pectoralis-minor',
      'latissimus-dorsi',
      'subscapularis',
      'infraspinatus',
      'teres-major',
      'anterior-scalene',
      'middle-scalene',
      'posterior-scalene',
      'iliocostalis',
      'longissimus',
      'multifidus',
      'external-oblique',
      'rectus-abdominis',
      'quadratus-lumborum',
    ]
    const missing = lungAdjacent.filter(
      (id) => !ds.musclesById.get(id)?.needling.structuresAtRisk.some((s) => s.kind === 'lung-pleura'),
    )
    expect(missing).toEqual([])
  })

  it('names the classic structures at risk', () => {
    const risk = (id: string) => JSON.stringify(ds.musclesById.get(id)?.needling).toLowerCase()
    expect(risk('suboccipitals')).toMatch(/vertebral artery/)
    expect(risk('suboccipitals')).toMatch(/spinal cord|medulla/)
    expect(risk('piriformis')).toMatch(/sciatic nerve/)
    expect(risk('quadratus-lumborum')).toMatch(/kidney/)
    expect(risk('iliopsoas')).toMatch(/femoral nerve/)
  })

  it("lists a condition's muscles most common first, not alphabetically", () => {
    const ids = (c: string) => musclesForCondition(ds, c).map((m) => m.id)
    expect(ids('tension-type-headache').slice(0, 2)).toEqual(['upper-trapezius', 'suboccipitals'])
    expect(ids('neck-shoulder-pain').slice(0, 2)).toEqual(['upper-trapezius', 'levator-scapulae'])
    expect(ids('tennis-elbow')[0]).toBe('extensor-carpi-radialis-brevis')
    expect(ids('jaw-pain')[0]).toBe('masseter')
    expect(ids('low-back-pain')[0]).toBe('quadratus-lumborum')
    // Each condition's list starts with its commonMuscles in that order; the rest follow by name.
    for (const c of ds.conditions) {
      const list = musclesForCondition(ds, c.id)
      expect(
        list.slice(0, c.commonMuscles.length).map((m) => m.id),
        c.id,
      ).toEqual(c.commonMuscles)
      const rest = list.slice(c.commonMuscles.length).map((m) => m.name)
      expect(rest, c.id).toEqual([...rest].sort((a, b) => a.localeCompare(b)))
    }
  })

  it('no note the app shows is about the data itself (those are dataNote, never shown)', () => {
    for (const m of ds.muscles)
      for (const tp of m.triggerPoints)
        expect(tp.notes ?? '', tp.id).not.toMatch(/dataset|\bour '|available region|region id|'instep'/i)
    expect(ds.musclesById.get('gastrocnemius')!.triggerPoints[0]!.dataNote).toMatch(/instep/)
  })

  it('every condition has muscles and every region is reachable by lay words', () => {
    for (const c of ds.conditions) expect(musclesForCondition(ds, c.id).length, c.id).toBeGreaterThan(0)
    for (const r of ds.regions) expect(r.layWords.length, r.id).toBeGreaterThan(0)
  })
})

/** Well-known referral facts from Travell & Simons, as reverse lookups on the real data. */
describe('reverse lookup sanity (literature cases)', () => {
  const ds = dataset!
  const top = (regions: string[], n: number) =>
    musclesReferringTo(ds, regions)
      .slice(0, n)
      .map((m) => m.muscleId)

  it('temple pain: upper trapezius, temporalis or SCM rank near the top', () => {
    expect(top(['temple'], 5)).toEqual(expect.arrayContaining(['upper-trapezius']))
    expect(top(['temple'], 8).some((id) => ['temporalis', 'sternocleidomastoid-sternal'].includes(id))).toBe(
      true,
    )
  })

  it('outer elbow pain: supinator and the radial wrist extensors', () => {
    const t = top(['lateral-epicondyle'], 8)
    expect(t).toEqual(expect.arrayContaining(['supinator']))
    expect(t.some((id) => id.startsWith('extensor-carpi-radialis'))).toBe(true)
  })

  it('buttock plus back of thigh: piriformis or gluteus minimus', () => {
    const t = top(['buttock', 'back-of-thigh'], 5)
    expect(t.some((id) => ['piriformis', 'gluteus-minimus'].includes(id))).toBe(true)
  })

  it('heel pain: soleus or a plantar muscle', () => {
    const t = top(['heel'], 6)
    expect(t.some((id) => ['soleus', 'quadratus-plantae', 'abductor-hallucis'].includes(id))).toBe(true)
  })

  it('sacroiliac and buttock pain: quadratus lumborum or gluteus medius rank high', () => {
    const t = top(['sacroiliac', 'buttock'], 6)
    expect(t.some((id) => ['quadratus-lumborum', 'gluteus-medius'].includes(id))).toBe(true)
  })

  it('jaw and lower teeth pain: masseter', () => {
    expect(top(['lower-teeth', 'jaw'], 3)).toContain('masseter')
  })

  it('search finds muscles by lay words and conditions by misspelling', () => {
    const index = createSearchIndex(ds, MiniSearch)
    expect(index.search('tenis elbow')[0]).toMatchObject({ kind: 'condition', id: 'tennis-elbow' })
    const hits = index
      .search('knot between shoulder blades')
      .slice(0, 5)
      .map((h) => h.id)
    expect(hits.some((id) => ['rhomboids', 'medial-scapular-border', 'middle-trapezius'].includes(id))).toBe(
      true,
    )
    expect(index.search('tailbone')[0]).toMatchObject({ kind: 'region', id: 'coccyx' })
  })
})
