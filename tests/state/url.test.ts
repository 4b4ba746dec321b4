import { describe, expect, it } from 'vitest'
import type { KnownIds } from '@/state/url'
import { decodeView, encodeView } from '@/state/url'
import type { ViewState } from '@/state/viewState'
import { DEFAULT_VIEW, parseRegionKey, regionKey } from '@/state/viewState'

const known: KnownIds = {
  muscles: new Set(['upper-trapezius', 'supinator', 'piriformis']),
  regions: new Set(['temple', 'coccyx', 'buttock']),
  conditions: new Set(['tennis-elbow']),
}

const full: ViewState = {
  selectedMuscleId: 'supinator',
  side: 'left',
  overlayMuscleIds: ['piriformis', 'upper-trapezius'],
  painRegionKeys: ['temple.L', 'coccyx'],
  conditionId: 'tennis-elbow',
  layers: { skin: 'ghost', superficial: 'hidden', deep: 'shown', skeleton: 'shown' },
  xray: true,
  camera: 'back',
  tab: 'pain',
}

describe('view ⇄ URL', () => {
  it('the default view is an empty hash', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('')
    expect(decodeView('', known)).toEqual({ view: DEFAULT_VIEW, problems: [] })
  })

  it('round-trips a full view exactly', () => {
    const hash = encodeView(full)
    expect(hash).toBe(
      '#m=supinator&side=left&cmp=piriformis,upper-trapezius&pain=temple.L,coccyx&c=tennis-elbow&layers=g011&xray=1&view=back&tab=pain',
    )
    expect(decodeView(hash, known)).toEqual({ view: full, problems: [] })
  })

  it('drops unknown ids, reports them, and keeps the rest', () => {
    const { view, problems } = decodeView('#m=suppinator&pain=temple.R,knee.L&view=top&c=tennis-elbow', known)
    expect(view.selectedMuscleId).toBeNull()
    expect(view.painRegionKeys).toEqual(['temple.R'])
    expect(view.camera).toBe('front')
    expect(view.conditionId).toBe('tennis-elbow')
    expect(problems).toEqual([
      { kind: 'muscle', value: 'suppinator' },
      { kind: 'region', value: 'knee.L' },
      { kind: 'value', value: 'top' },
    ])
  })

  it('rejects malformed layers without touching the defaults', () => {
    const { view, problems } = decodeView('#layers=1x', known)
    expect(view.layers).toEqual(DEFAULT_VIEW.layers)
    expect(problems).toHaveLength(1)
  })

  it('never throws on random input (fuzz)', () => {
    let seed = 42
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const alphabet = '#&=,.%LRmcpainlayersxviewtb01g-_ \u00e9\u{1F600}'
    const chars = [...alphabet]
    for (let i = 0; i < 3000; i++) {
      const len = Math.floor(rand() * 60)
      let s = ''
      for (let j = 0; j < len; j++) s += chars[Math.floor(rand() * chars.length)]
      if (i % 7 === 0) s = `#m=${s}&pain=${s}`
      const { view } = decodeView(s, known)
      // whatever comes in, what comes out is a valid view that round-trips
      expect(decodeView(encodeView(view), known).view).toEqual(view)
    }
  })
})

describe('region keys', () => {
  it('parse and build sided and midline keys', () => {
    expect(parseRegionKey('temple.L')).toEqual({ regionId: 'temple', side: 'left' })
    expect(parseRegionKey('coccyx')).toEqual({ regionId: 'coccyx', side: null })
    expect(regionKey('temple', 'right')).toBe('temple.R')
    expect(regionKey('coccyx', null)).toBe('coccyx')
  })
})
