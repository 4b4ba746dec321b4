import { describe, expect, it } from 'vitest'
import { layFirstLabel, regionKeyLabel, regionKeysInWords } from '@/i18n/regionLabel'
import { tinyDataset as ds } from '../fixtures/tinyDataset'

describe('a region key in words: one function, three forms of the side', () => {
  it("'text' (the default) in lists and sentences", () => {
    expect(regionKeyLabel(ds, 'temple.L')).toBe('Temple, left')
    expect(regionKeyLabel(ds, 'coccyx')).toBe('Coccyx')
    expect(regionKeysInWords(ds, ['temple.L', 'jaw.R', 'coccyx'])).toBe('Temple, left, Jaw, right and Coccyx')
  })

  it("'name' for a control: the side toggles' words, Middle for a midline area", () => {
    expect(regionKeyLabel(ds, 'temple.R', { side: 'name' })).toBe('Temple, Right')
    expect(regionKeyLabel(ds, 'coccyx', { side: 'name' })).toBe('Coccyx, Middle')
    // A bilateral region's id without a side names the area only.
    expect(regionKeyLabel(ds, 'temple', { side: 'name' })).toBe('Temple')
  })

  it("'tip' for the label that follows the pointer", () => {
    expect(regionKeyLabel(ds, 'lateral-epicondyle.L', { side: 'tip' })).toBe('Outer elbow (left)')
    expect(regionKeyLabel(ds, 'coccyx', { side: 'tip' })).toBe('Coccyx')
  })

  it('mid-sentence and lay-first forms; an unknown id reads as itself', () => {
    expect(regionKeysInWords(ds, ['temple', 'behind-eye'], { midSentence: true })).toBe(
      'temple and behind the eye',
    )
    expect(regionKeyLabel(ds, 'TMJ', { midSentence: true })).toBe('TMJ')
    expect(regionKeyLabel(ds, 'no-such-region.R')).toBe('no-such-region, right')
    expect(layFirstLabel({ label: 'Coccyx (tailbone)', layWords: ['tailbone'] })).toBe('Tailbone (coccyx)')
  })
})
