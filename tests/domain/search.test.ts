import { describe, expect, it } from 'vitest'
import MiniSearch from 'minisearch'
import { readDataDir } from '@/data/readDataFromDisk'
import { validateData } from '@/data/validate'
import { clearTopHit, createSearchIndex } from '@/domain/search'
import { groupByArea } from '@/ui/groupByArea'
import { tinyDataset } from '../fixtures/tinyDataset'

const index = createSearchIndex(tinyDataset, MiniSearch)
const top = (q: string) => index.search(q)[0]

describe('search', () => {
  it('finds a muscle by name, any case', () => {
    expect(top('SUPINATOR')).toMatchObject({ kind: 'muscle', id: 'supinator' })
  })
  it('finds a muscle by its Latin name and by lay words', () => {
    expect(top('trapezii')).toMatchObject({ id: 'upper-trapezius' })
    expect(top('knot in my shoulder')).toMatchObject({ kind: 'muscle', id: 'upper-trapezius' })
  })
  it('tolerates typos', () => {
    expect(top('tenis elbow')).toMatchObject({ kind: 'condition', id: 'tennis-elbow' })
    expect(top('piriformus')).toMatchObject({ id: 'piriformis' })
  })
  it('finds body areas by lay words', () => {
    expect(top('tailbone')).toMatchObject({ kind: 'region', id: 'coccyx' })
    expect(top('back of the head')).toMatchObject({ kind: 'region', id: 'occiput' })
  })
  it('filters by kind and returns nothing for blank queries', () => {
    expect(index.search('elbow', { kinds: ['region'] }).every((h) => h.kind === 'region')).toBe(true)
    expect(index.search('   ')).toEqual([])
    expect(index.search('zzzzqqq')).toEqual([])
  })
})

describe('search on the real data (issue #15 cases)', () => {
  const real = createSearchIndex(validateData(readDataDir(process.cwd())).dataset!, MiniSearch)
  const ids = (q: string, n = 8) => real.search(q, { limit: n }).map((h) => `${h.kind}:${h.id}`)

  it('"pain behind my knee": the back of the knee first, not "Behind the eye" or the mastoid', () => {
    expect(ids('pain behind my knee')[0]).toBe('region:back-of-knee')
    expect(ids('pain behind my knee', 20)).not.toContain('region:behind-eye')
    expect(ids('pain behind my knee', 20)).not.toContain('region:mastoid')
  })

  it('"tight hamstrings": the hamstrings, not the upper trapezius or the pectorals', () => {
    const hits = ids('tight hamstrings', 20)
    expect(hits.slice(0, 4).sort()).toEqual(
      [
        'region:back-of-thigh',
        'muscle:biceps-femoris',
        'muscle:semitendinosus',
        'muscle:semimembranosus',
      ].sort(),
    )
    for (const id of ['upper-trapezius', 'pectoralis-major', 'pectoralis-minor'])
      expect(hits).not.toContain(`muscle:${id}`)
  })

  it('the finer areas of the atlas: fingers, palm, top of the foot, tailbone, teeth, throat', () => {
    expect(ids('pins and needles in my fingers', 3)).toEqual(
      expect.arrayContaining(['region:fingers', 'region:palm-side-of-fingers']),
    )
    expect(ids('pain in my palm', 3)).toContain('region:palm')
    expect(ids('top of my foot')[0]).toBe('region:instep')
    expect(ids('tailbone when sitting', 5)).toContain('region:coccyx')
    expect(ids('pain in my index finger')[0]).toBe('region:index-finger')
    expect(ids('my eyebrow')[0]).toBe('region:eyebrow')
    expect(ids('toothache in my lower teeth')[0]).toBe('region:lower-teeth')
    expect(ids('pain in my throat when I swallow')[0]).toBe('region:throat')
    expect(ids('web of my thumb')[0]).toBe('region:thumb-web')
    expect(ids('arch of my foot')[0]).toBe('region:arch')
    expect(ids('between my legs')[0]).toBe('region:perineum')
  })

  it('the region lists group the new areas with their neighbours', () => {
    const ds = validateData(readDataDir(process.cwd())).dataset!
    const groups = groupByArea(
      ds.regions,
      (r) => r.area,
      (r) => r.label,
    )
    const inArea = (area: string) => groups.find((g) => g.area === area)?.items.map((r) => r.id) ?? []
    expect(inArea('hand')).toEqual(
      expect.arrayContaining(['index-finger', 'little-finger', 'thumb-web', 'palm-side-of-fingers', 'palm']),
    )
    expect(inArea('head')).toEqual(expect.arrayContaining(['eyebrow', 'upper-teeth', 'lower-teeth', 'mouth']))
    expect(inArea('neck')).toContain('throat')
    expect(inArea('foot')).toEqual(expect.arrayContaining(['arch', 'instep']))
    expect(inArea('chest')).toContain('lower-ribs')
    expect(inArea('hip')).toEqual(expect.arrayContaining(['perineum', 'anal-region']))
  })

  it('a filler word alone is still searched ("behind", "pain")', () => {
    expect(ids('behind').slice(0, 2)).toEqual(['region:behind-eye', 'region:mastoid'])
    expect(ids('pain').length).toBeGreaterThan(0)
  })

  it('finds conditions by their symptoms: "bottom of foot hurts in the morning" shows plantar heel pain', () => {
    const hits = ids('bottom of foot hurts in the morning')
    expect(hits[0]).toBe('region:sole')
    expect(hits).toContain('condition:plantar-heel-pain')
  })

  it('"headache": tension headache, then the muscles that most often cause it, the upper trapezius first', () => {
    expect(ids('headache').slice(0, 3)).toEqual([
      'condition:tension-type-headache',
      'muscle:upper-trapezius',
      'muscle:suboccipitals',
    ])
    expect(ids('headache')).toContain('condition:migraine')
  })

  it('Enter opens a clear top match only', () => {
    const clear = (q: string) => clearTopHit(real.search(q))?.id ?? null
    expect(clear('pain behind my knee')).toBe('back-of-knee')
    expect(clear('tenis elbow')).toBe('tennis-elbow')
    expect(clear('headache')).toBe('tension-type-headache')
    expect(clear('supinator')).toBe('supinator')
    // Several things it could mean: nothing opens.
    expect(clear('tight hamstrings')).toBeNull()
    expect(clear('behind')).toBeNull()
  })
})

describe('clearTopHit', () => {
  const hit = (id: string, score: number, causeOf?: string) => ({
    kind: 'muscle' as const,
    id,
    label: id,
    score,
    causeOf,
  })
  it('is the only hit, or a first half as good again as the next; never a listed cause', () => {
    expect(clearTopHit([])).toBeNull()
    expect(clearTopHit([hit('a', 1)])?.id).toBe('a')
    expect(clearTopHit([hit('a', 15), hit('b', 10)])?.id).toBe('a')
    expect(clearTopHit([hit('a', 14), hit('b', 10)])).toBeNull()
    expect(clearTopHit([hit('a', 15), hit('c', 15, 'a'), hit('b', 10)])?.id).toBe('a')
  })
})
