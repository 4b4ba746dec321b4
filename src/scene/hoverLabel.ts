/**
 * A small DOM label that follows the pointer and names what is under it. Updated imperatively (no React
 * render per pointer move); BodyView owns the element.
 */
import type { Dataset } from '@/data/dataset'
import { useAppStore } from '@/state/store'
import { parseRegionKey } from '@/data/regionKeys'
import { strings } from '@/i18n'

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
    if (useAppStore.getState().quizHidesNames) return hoverLabel.hide()
    place(`${name} (${strings.scene.side[side]})`, ev)
  },
  showRegion(key: string, dataset: Dataset, ev: PointerEvent | MouseEvent) {
    const { regionId, side } = parseRegionKey(key)
    const label = dataset.regionsById.get(regionId)?.label ?? regionId
    place(side ? `${label} (${strings.scene.side[side]})` : label, ev)
  },
  hide() {
    if (el) el.hidden = true
  },
}
