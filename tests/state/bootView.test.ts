import { describe, expect, it } from 'vitest'
import { bootViewOf } from '@/state/bootView'
import { encodeView } from '@/state/url'
import { DEFAULT_VIEW } from '@/state/viewState'

describe('bootViewOf: which links the start-up frame may draw', () => {
  it('draws the plain start page as the default view', () => {
    expect(bootViewOf('')).toEqual({
      layers: DEFAULT_VIEW.layers,
      xray: false,
      camera: 'front',
      tab: 'explore',
    })
  })

  it('keeps the layers, x-ray, camera and tab of a link that names nothing from the dataset', () => {
    const hash = encodeView({
      ...DEFAULT_VIEW,
      layers: { skin: 'ghost', superficial: 'shown', deep: 'shown', skeleton: 'hidden' },
      xray: true,
      camera: 'back',
      tab: 'pain',
    })
    expect(bootViewOf(hash)).toEqual({
      layers: { skin: 'ghost', superficial: 'shown', deep: 'shown', skeleton: 'hidden' },
      xray: true,
      camera: 'back',
      tab: 'pain',
    })
  })

  it('leaves to the app any link with a muscle, condition, compared muscle, pain area or tour', () => {
    for (const hash of [
      '#m=upper-trapezius',
      '#m=upper-trapezius&focus=1',
      '#c=tension-headache',
      '#cmp=piriformis',
      '#pain=temple.L',
      '#tour=neck-pain&step=2',
    ])
      expect(bootViewOf(hash), hash).toBeNull()
  })

  it('leaves to the app a link it would correct with a notice', () => {
    expect(bootViewOf('#view=upside-down')).toBeNull()
    expect(bootViewOf('#layers=xx')).toBeNull()
  })

  it('never throws on random strings', () => {
    const chars = '#=&%?m1g0xviewlayersc;/\\\u0000é'
    for (let i = 0; i < 500; i++) {
      let s = ''
      for (let j = 0; j < 1 + (i % 30); j++) s += chars[(i * 7 + j * 13 + j * j) % chars.length]
      expect(() => bootViewOf(s)).not.toThrow()
    }
  })
})
