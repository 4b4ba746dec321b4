import { describe, expect, it } from 'vitest'
import type { KnownIds } from '@/state/url'
import { decodeView, encodeView } from '@/state/url'
import type { ViewState } from '@/state/viewState'
import { parseRegionKey, regionKey } from '@/data/regionKeys'
import { DEFAULT_VIEW } from '@/state/viewState'

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
  focused: true,
  tab: 'pain',
  tour: null,
}

describe('view ⇄ URL', () => {
  it('the default view is an empty hash', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('')
    expect(decodeView('', known)).toEqual({ view: DEFAULT_VIEW, problems: [] })
  })

  it('leaves marked pain areas out of the link unless asked', () => {
    expect(encodeView(full)).not.toContain('pain=')
    expect(encodeView(full, { withPain: true })).toContain('pain=temple.L,coccyx')
  })

  it('round-trips a full view exactly (pain areas included on purpose)', () => {
    const hash = encodeView(full, { withPain: true })
    expect(hash).toBe(
      '#m=supinator&side=left&cmp=piriformis,upper-trapezius&pain=temple.L,coccyx&c=tennis-elbow&layers=g011&xray=1&view=back&focus=1&tab=pain',
    )
    expect(decodeView(hash, known)).toEqual({ view: full, problems: [] })
  })

  it('keeps a focused view only with a muscle to focus on', () => {
    expect(decodeView('#m=supinator&focus=1', known).view.focused).toBe(true)
    expect(decodeView('#focus=1', known).view.focused).toBe(false)
    expect(decodeView('#m=no-such-muscle&focus=1', known).view.focused).toBe(false)
    expect(decodeView('#m=supinator&focus=yes', known).view.focused).toBe(false)
    expect(encodeView({ ...DEFAULT_VIEW, focused: true })).toBe('')
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

describe('tour links', () => {
  const step = { caption: 'A step.' }
  const tours: KnownIds['tours'] = new Map([
    [
      'headache',
      { id: 'headache', title: 'H', audience: 'patient', summary: 'S', steps: [step, step, step] },
    ],
  ] as const)
  const withTours: KnownIds = { ...known, tours }

  it('a tour step is its own short link, counted from 1, that round-trips', () => {
    const view = { ...DEFAULT_VIEW, tab: 'teach' as const, tour: { id: 'headache', step: 2 } }
    expect(encodeView(view)).toBe('#tour=headache&step=3')
    const back = decodeView('#tour=headache&step=3', withTours)
    expect(back).toEqual({ view: { ...DEFAULT_VIEW, tour: { id: 'headache', step: 2 } }, problems: [] })
    expect(encodeView(back.view)).toBe('#tour=headache&step=3')
    for (let i = 0; i < 3; i++) {
      const v = { ...DEFAULT_VIEW, tour: { id: 'headache', step: i } }
      expect(decodeView(encodeView(v), withTours).view).toEqual(v)
    }
  })

  it('a tour link without a step opens the first step; a step past the end opens the last, reported', () => {
    expect(decodeView('#tour=headache', withTours).view.tour).toEqual({ id: 'headache', step: 0 })
    const far = decodeView('#tour=headache&step=9', withTours)
    expect(far.view.tour).toEqual({ id: 'headache', step: 2 })
    expect(far.problems).toEqual([{ kind: 'value', value: 'step 9' }])
    const bad = decodeView('#tour=headache&step=two', withTours)
    expect(bad.view.tour).toEqual({ id: 'headache', step: 0 })
    expect(bad.problems).toHaveLength(1)
  })

  it('an unknown tour is reported and the rest of the link still opens', () => {
    const { view, problems } = decodeView('#tour=migraine&step=2&m=supinator', withTours)
    expect(view.tour).toBeNull()
    expect(view.selectedMuscleId).toBe('supinator')
    expect(problems).toEqual([{ kind: 'tour', value: 'migraine' }])
    // without any tours known (older callers), a tour link is unknown too
    expect(decodeView('#tour=headache', known).problems).toEqual([{ kind: 'tour', value: 'headache' }])
  })

  it('random tour links never throw and always round-trip', () => {
    let seed = 7
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const parts = [
      'tour=headache',
      'tour=',
      'tour=x',
      'step=1',
      'step=3',
      'step=0',
      'step=-1',
      'step=1e3',
      'm=supinator',
      '&',
      '=',
      '%',
    ]
    for (let i = 0; i < 500; i++) {
      const s =
        '#' +
        Array.from(
          { length: 1 + Math.floor(rand() * 4) },
          () => parts[Math.floor(rand() * parts.length)],
        ).join('&')
      const { view } = decodeView(s, withTours)
      expect(decodeView(encodeView(view), withTours).view).toEqual(view)
      if (view.tour) expect(view.tour.step).toBeGreaterThanOrEqual(0)
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
