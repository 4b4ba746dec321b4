/**
 * What the page draws over the 3D view, so framing keeps clear of it: the view buttons, the key, a tour's caption
 * bar and the bottom sheet's rounded edge. Reads the DOM only; the arithmetic is model/framing.ts's insetsFrom.
 */
import type { Insets, Rect } from '@/model/framing'
import { insetsFrom } from '@/model/framing'

/** Things over the stage, by their class names in ui/ (the view buttons are measured one by one). */
const OVERLAYS = '.stage-tools > *, .legend, .tour-bar, .panel'

/** The insets of `canvas` that keep clear of what is over it, for a subject `aspect` wide (width / height). */
export function stageInsets(canvas: HTMLElement, aspect = 1): Insets {
  const rects: Rect[] = []
  for (const el of document.querySelectorAll<HTMLElement>(OVERLAYS)) {
    if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue // not shown
    rects.push(el.getBoundingClientRect())
  }
  return insetsFrom(canvas.getBoundingClientRect(), rects, aspect)
}
