import { useEffect } from 'react'
import type { RefObject } from 'react'

/** Set once the user has pressed a key or pointer: before that, nothing steals focus (e.g. on page load). */
let interacted = false
if (typeof document !== 'undefined') {
  const mark = () => (interacted = true)
  document.addEventListener('keydown', mark, { capture: true, once: true })
  document.addEventListener('pointerdown', mark, { capture: true, once: true })
}

/**
 * Focuses `ref` when it mounts, but only if focus was lost (the button the user pressed was replaced by this
 * view), so keyboard and screen-reader users land on the new content instead of the top of the page.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const active = document.activeElement
    if (interacted && (!active || active === document.body)) ref.current?.focus()
  }, [ref])
}

/** Scrolls the panel that holds `ref` back to the top when the view mounts (a new muscle or condition opened). */
export function useScrollPanelToTop(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const panel = ref.current?.closest('.tabpanel')
    if (panel) panel.scrollTop = 0
  }, [ref])
}
