import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { webglAvailable } from '@/boot/webgl'
import { openCondition, openMuscle, openRegion, painRegionIds, regionKeysOf } from '@/state/intents'
import { useAppStore } from '@/state/store'
import { groupByArea } from '@/ui/groupByArea'
import { PATTERN_PALETTE, patternColor } from '@/look/palette'

const s = () => useAppStore.getState()
beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true))
afterEach(() => useAppStore.setState(useAppStore.getInitialState(), true))

describe('palette', () => {
  it('gives distinct colours per pattern index and wraps around', () => {
    expect(new Set(PATTERN_PALETTE).size).toBe(PATTERN_PALETTE.length)
    expect(patternColor(0)).toBe(PATTERN_PALETTE[0])
    expect(patternColor(1)).toBe(PATTERN_PALETTE[1])
    expect(patternColor(PATTERN_PALETTE.length)).toBe(PATTERN_PALETTE[0])
    expect(patternColor(-1)).toBe(PATTERN_PALETTE[PATTERN_PALETTE.length - 1])
  })
})

describe('groupByArea', () => {
  it('orders groups head to toe, names alphabetically, and drops empty areas', () => {
    const items = [
      { n: 'Zed', a: 'foot' as const },
      { n: 'Bee', a: 'head' as const },
      { n: 'Ant', a: 'foot' as const },
    ]
    expect(
      groupByArea(
        items,
        (i) => i.a,
        (i) => i.n,
      ),
    ).toEqual([
      { area: 'head', items: [{ n: 'Bee', a: 'head' }] },
      {
        area: 'foot',
        items: [
          { n: 'Ant', a: 'foot' },
          { n: 'Zed', a: 'foot' },
        ],
      },
    ])
  })
})

describe('webglAvailable', () => {
  const doc = (ctx: (kind: string) => unknown) =>
    ({ createElement: () => ({ getContext: ctx }) }) as unknown as Pick<Document, 'createElement'>
  it('is true with WebGL2 or WebGL, false without or when it throws', () => {
    expect(webglAvailable(doc((k) => (k === 'webgl2' ? {} : null)))).toBe(true)
    expect(webglAvailable(doc((k) => (k === 'webgl' ? {} : null)))).toBe(true)
    expect(webglAvailable(doc(() => null))).toBe(false)
    expect(
      webglAvailable(
        doc(() => {
          throw new Error('blocked')
        }),
      ),
    ).toBe(false)
  })
})

describe('intents', () => {
  it('openMuscle selects (both sides, revealing its layer) and shows Explore', () => {
    s().setTab('pain')
    s().setSide('left')
    openMuscle('supinator', 'deep')
    expect(s()).toMatchObject({ selectedMuscleId: 'supinator', side: 'both', tab: 'explore' })
    expect(s().layers.deep).toBe('shown')
  })
  it('openRegion marks one side unless both are asked for (or the midline key), once, and shows the pain tab', () => {
    expect(regionKeysOf('temple', 'bilateral')).toEqual(['temple.L', 'temple.R'])
    expect(regionKeysOf('coccyx', 'midline')).toEqual(['coccyx'])
    s().togglePainRegion('temple.R')
    openRegion('temple', 'bilateral') // one side (the right, already marked): nothing added twice
    expect(s().painRegionKeys).toEqual(['temple.R'])
    openRegion('temple', 'bilateral', 'left')
    openRegion('coccyx', 'midline')
    expect(s().painRegionKeys).toEqual(['temple.R', 'temple.L', 'coccyx'])
    openRegion('jaw', 'bilateral', 'both')
    expect(s().painRegionKeys).toEqual(['temple.R', 'temple.L', 'coccyx', 'jaw.L', 'jaw.R'])
    expect(s().tab).toBe('pain')
  })
  it('openCondition selects it in the Conditions tab', () => {
    openCondition('headache')
    expect(s()).toMatchObject({ conditionId: 'headache', tab: 'conditions' })
  })
  it('painRegionIds drops sides and duplicates', () => {
    expect(painRegionIds(['temple.L', 'coccyx', 'temple.R'])).toEqual(['temple', 'coccyx'])
  })
})
