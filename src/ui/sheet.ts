/**
 * The bottom sheet's sizes on a phone: collapsed to its handle (the body gets the screen), half (the default) or
 * full. Pure, so the steps are unit-tested.
 */
export type SheetSize = 'collapsed' | 'half' | 'full'

/** What a gesture on the handle asks: a tap, a swipe up (or ↑), a swipe down (or ↓). */
export type SheetMove = 'tap' | 'grow' | 'shrink'

const ORDER: readonly SheetSize[] = ['collapsed', 'half', 'full']

/** A tap hides a half sheet and brings back a collapsed or full one to half; swipes go one size up or down. */
export function sheetAfter(size: SheetSize, move: SheetMove): SheetSize {
  if (move === 'tap') return size === 'half' ? 'collapsed' : 'half'
  const i = ORDER.indexOf(size) + (move === 'grow' ? 1 : -1)
  return ORDER[Math.min(Math.max(i, 0), ORDER.length - 1)]!
}

/** A vertical drag on the handle (pixels, down positive) as a move, or null when it is too short to be a swipe. */
export function swipeMove(dy: number, threshold = 24): SheetMove | null {
  if (dy <= -threshold) return 'grow'
  if (dy >= threshold) return 'shrink'
  return null
}
