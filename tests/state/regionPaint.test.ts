import { describe, expect, it } from 'vitest'
import { buildRegionLut, keysFor } from '@/state/regionPaint'

const names = ['temple.L', 'temple.R', 'jaw.L', 'jaw.R', 'coccyx', 'buttock.L', 'buttock.R']
const texel = (lut: Uint8Array, key: string) => [
  ...lut.slice(names.indexOf(key) * 4, names.indexOf(key) * 4 + 4),
]

describe('region paint LUT', () => {
  it('maps side-less ids to keys on the chosen side(s)', () => {
    const keys = new Set(names)
    expect(keysFor('temple', 'left', keys)).toEqual(['temple.L'])
    expect(keysFor('temple', 'both', keys)).toEqual(['temple.L', 'temple.R'])
    expect(keysFor('coccyx', 'right', keys)).toEqual(['coccyx'])
    expect(keysFor('nowhere', 'both', keys)).toEqual([])
  })

  it('paints essential and spillover with the pattern number, on the selected side only', () => {
    const lut = buildRegionLut(names, [{ essential: ['temple'], spillover: ['jaw'], side: 'left' }], [])
    expect(texel(lut, 'temple.L')).toEqual([1, 0, 0, 0])
    expect(texel(lut, 'jaw.L')).toEqual([0, 1, 0, 0])
    expect(texel(lut, 'temple.R')).toEqual([0, 0, 0, 0])
  })

  it('first pattern wins; essential beats an earlier spillover', () => {
    const lut = buildRegionLut(
      names,
      [
        { essential: ['buttock'], spillover: ['coccyx'], side: 'both' },
        { essential: ['coccyx', 'buttock'], spillover: [], side: 'both' },
      ],
      [],
    )
    expect(texel(lut, 'buttock.R')).toEqual([1, 0, 0, 0])
    expect(texel(lut, 'coccyx')).toEqual([2, 1, 0, 0])
  })

  it('marks painful and hovered regions', () => {
    const lut = buildRegionLut(names, [], ['jaw.R', 'unknown.L'], 'coccyx', 16)
    expect(lut.length).toBe(64)
    expect(texel(lut, 'jaw.R')).toEqual([0, 0, 255, 0])
    expect(texel(lut, 'coccyx')).toEqual([0, 0, 0, 255])
  })
})
