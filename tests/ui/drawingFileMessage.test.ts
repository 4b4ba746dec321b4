import { describe, expect, it } from 'vitest'
import { drawingFileMessage } from '@/ui/drawing/fileMessage'

describe('a refused drawing file, in words', () => {
  it('names the first unknown areas, then an ellipsis', () => {
    expect(drawingFileMessage({ code: 'unknownRegions', keys: ['tempel.L'] })).toBe(
      'This drawing marks areas this map does not know (tempel.L), so it was not opened.',
    )
    expect(drawingFileMessage({ code: 'unknownRegions', keys: ['a', 'b', 'c', 'd'] })).toContain(
      '(a, b, c, …)',
    )
  })

  it('says where a bad value is, when it is known', () => {
    expect(drawingFileMessage({ code: 'badValue', path: ['marks', 'temple.R', 'coverage'] })).toBe(
      'Part of this drawing has a value the map cannot use (marks › temple.R › coverage), so it was not opened.',
    )
    expect(drawingFileMessage({ code: 'badValue', path: [] })).toBe(
      'Part of this drawing has a value the map cannot use, so it was not opened.',
    )
  })

  it('has a calm sentence for every other refusal', () => {
    expect(drawingFileMessage({ code: 'tooLarge' })).toBe(
      'This file is too large to be a pain drawing (over 1 MB), so it was not opened.',
    )
    expect(drawingFileMessage({ code: 'empty' })).toBe(
      'This drawing marks no areas, so there was nothing to open.',
    )
  })
})
