import { describe, expect, it } from 'vitest'
import {
  REGION_KEY_SHAPE,
  keysOfRegionId,
  knownRegionKeys,
  otherSideKey,
  parseRegionKey,
  regionIdOfKey,
  regionKey,
  sideOfKey,
  sidedKeys,
} from '@/data/regionKeys'
import { tinyDataset } from '../fixtures/tinyDataset'

describe('the region key codec', () => {
  it('reads and writes a key, both ways', () => {
    for (const key of ['temple.L', 'temple.R', 'coccyx', 'back-of-knee.R']) {
      const { regionId, side } = parseRegionKey(key)
      expect(regionKey(regionId, side)).toBe(key)
    }
    expect(parseRegionKey('back-of-knee.L')).toEqual({ regionId: 'back-of-knee', side: 'left' })
    expect(regionIdOfKey('temple.R')).toBe('temple')
    expect(sideOfKey('temple.R')).toBe('right')
    expect(sideOfKey('coccyx')).toBeNull()
    // only a final ".L" / ".R" is a side
    expect(parseRegionKey('a.Lx')).toEqual({ regionId: 'a.Lx', side: null })
  })

  it('turns a key to the other side, a midline key to none', () => {
    expect(otherSideKey('temple.L')).toBe('temple.R')
    expect(otherSideKey('temple.R')).toBe('temple.L')
    expect(otherSideKey('coccyx')).toBeNull()
  })

  it('expands a side-less id to the keys of a side or both', () => {
    expect(sidedKeys('temple')).toEqual(['temple.L', 'temple.R'])
    expect(sidedKeys('temple', 'left')).toEqual(['temple.L'])
    expect(keysOfRegionId('heel', 'right')).toEqual(['heel', 'heel.R'])
    expect(keysOfRegionId('coccyx')).toEqual(['coccyx', 'coccyx.L', 'coccyx.R'])
  })

  it('knows the keys of a dataset and what a key looks like', () => {
    const keys = knownRegionKeys(tinyDataset)
    for (const key of keys) expect(key).toMatch(REGION_KEY_SHAPE)
    for (const r of tinyDataset.regions) {
      if (r.laterality === 'midline') expect(keys.has(r.id)).toBe(true)
      else expect([keys.has(`${r.id}.L`), keys.has(`${r.id}.R`), keys.has(r.id)]).toEqual([true, true, false])
    }
    for (const bad of ['Temple.L', 'temple.l', 'temple.', 'temple.L.R', '', 'a b'])
      expect(bad).not.toMatch(REGION_KEY_SHAPE)
  })
})
