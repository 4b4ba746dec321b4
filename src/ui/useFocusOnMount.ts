import { useEffect } from 'react'
import type { RefObject } from 'react'

/**
 * Focuses `ref` when it mounts, but only if focus was lost (the button the user pressed was replaced by this
 * view), so keyboard and screen-reader users land on the new content instead of the top of the page.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const active = document.activeElement
    if (!active || active === document.body) ref.current?.focus({ preventScroll: false })
  }, [ref])
}
