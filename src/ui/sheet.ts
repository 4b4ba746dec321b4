/**
 * The bottom sheet's sizes on a phone: collapsed to its handle (the body gets the screen), half (the default) or
 * full. Pure, so the steps are unit-tested.
 */
export type SheetSize = 'collapsed' | 'half' | 'full'

/** What a gesture asks: a tap on the handle, a swipe up (or ↑), a swipe down (or ↓), the Hide button. */
export type SheetMove = 'tap' | 'grow' | 'shrink' | 'hide'

const ORDER: readonly SheetSize[] = ['collapsed', 'half', 'full']

/**
 * A tap on the handle makes a half sheet full and brings a full or collapsed one back to half; Hide collapses it to
 * its handle; swipes go one size up or down.
 */
export function sheetAfter(size: SheetSize, move: SheetMove): SheetSize {
  if (move === 'hide') return 'collapsed'
  if (move === 'tap') return size === 'half' ? 'full' : 'half'
  const i = ORDER.indexOf(size) + (move === 'grow' ? 1 : -1)
  return ORDER[Math.min(Math.max(i, 0), ORDER.length - 1)]!
}

/** A vertical drag on the handle (pixels, down positive) as a move, or null when it is too short to be a swipe. */
export function swipeMove(dy: number, threshold = 24): SheetMove | null {
  if (dy <= -threshold) return 'grow'
  if (dy >= threshold) return 'shrink'
  return null
}
