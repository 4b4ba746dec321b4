import { describe, expect, it } from 'vitest'
import MiniSearch from 'minisearch'
import { createSearchIndex } from '@/domain/search'
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
