import { describe, expect, it } from 'vitest'
import { sheetAfter, swipeMove } from '@/ui/sheet'

describe('the bottom sheet', () => {
  it('Hide collapses it to its handle; a tap on the handle brings it back, or makes a half sheet full', () => {
    expect(sheetAfter('half', 'hide')).toBe('collapsed')
    expect(sheetAfter('full', 'hide')).toBe('collapsed')
    expect(sheetAfter('collapsed', 'tap')).toBe('half')
    expect(sheetAfter('half', 'tap')).toBe('full')
    expect(sheetAfter('full', 'tap')).toBe('half')
  })

  it('swipes grow and shrink it one size at a time, within its sizes', () => {
    expect(sheetAfter('collapsed', 'grow')).toBe('half')
    expect(sheetAfter('half', 'grow')).toBe('full')
    expect(sheetAfter('full', 'grow')).toBe('full')
    expect(sheetAfter('full', 'shrink')).toBe('half')
    expect(sheetAfter('half', 'shrink')).toBe('collapsed')
    expect(sheetAfter('collapsed', 'shrink')).toBe('collapsed')
  })

  it('a short drag is not a swipe', () => {
    expect(swipeMove(-40)).toBe('grow')
    expect(swipeMove(30)).toBe('shrink')
    expect(swipeMove(10)).toBeNull()
  })
})
