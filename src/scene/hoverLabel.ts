/**
 * A small DOM label that follows the pointer and names what is under it. Updated imperatively (no React
 * render per pointer move); BodyView owns the element.
 */
import type { Dataset } from '@/data/dataset'
import { viewNow } from '@/state/store'
import { strings } from '@/i18n'
import { regionKeyLabel } from '@/i18n/regionLabel'

let el: HTMLElement | null = null

const place = (text: string, ev: PointerEvent | MouseEvent) => {
  if (!el) return
  const host = el.parentElement?.getBoundingClientRect()
  el.textContent = text
  el.hidden = false
  el.style.transform = `translate(${ev.clientX - (host?.left ?? 0) + 14}px, ${ev.clientY - (host?.top ?? 0) + 14}px)`
}

export const hoverLabel = {
  attach(node: HTMLElement | null) {
    el = node
  },
  show(name: string, side: 'left' | 'right', ev: PointerEvent | MouseEvent) {
    // A quiz question is open: never name a muscle.
    if (viewNow().quizHidesNames) return hoverLabel.hide()
    place(strings.region.tip(name, strings.region.sides[side]), ev)
  },
  showRegion(key: string, dataset: Dataset, ev: PointerEvent | MouseEvent) {
    place(regionKeyLabel(dataset, key, { side: 'tip' }), ev)
  },
  hide() {
    if (el) el.hidden = true
  },
}
