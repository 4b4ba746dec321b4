/**
 * The bottom sheet's handle on a phone: a tap makes the panel bigger or smaller again, "Hide" collapses it to the
 * handle (the body gets the screen) and a tap on the handle brings it back; a swipe up or down (or ↑ / ↓) makes it
 * one size bigger or smaller. On wide screens neither is shown.
 */
import { useRef } from 'react'
import type { KeyboardEvent, PointerEvent } from 'react'
import { strings } from '@/i18n'
import type { SheetMove, SheetSize } from './sheet'
import { sheetAfter, swipeMove } from './sheet'
import './sheet.css'

export function SheetHandle({ size, onChange }: { size: SheetSize; onChange: (size: SheetSize) => void }) {
  const start = useRef<number | null>(null)
  // A swipe ends with a click on the handle: that click is the swipe's, not a tap.
  const swiped = useRef(false)
  const move = (m: SheetMove) => onChange(sheetAfter(size, m))
  const t = strings.ui.sheet
  return (
    <>
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={size === 'full'}
        aria-controls="panel"
        onPointerDown={(e: PointerEvent) => {
          start.current = e.clientY
          swiped.current = false
        }}
        onPointerUp={(e: PointerEvent) => {
          const m = start.current === null ? null : swipeMove(e.clientY - start.current)
          start.current = null
          if (!m) return
          swiped.current = true
          move(m)
        }}
        onClick={() => {
          if (swiped.current) swiped.current = false
          else move('tap')
        }}
        onKeyDown={(e: KeyboardEvent) => {
          const m = e.key === 'ArrowUp' ? 'grow' : e.key === 'ArrowDown' ? 'shrink' : null
          if (!m) return
          e.preventDefault()
          move(m)
        }}
      >
        <span className="sheet-grip" aria-hidden="true" />
        {size === 'collapsed' ? (
          <span className="sheet-handle-label">{t.show}</span>
        ) : (
          <span className="visually-hidden">{size === 'full' ? t.smaller : t.bigger}</span>
        )}
      </button>
      {size !== 'collapsed' && (
        <button type="button" className="sheet-hide" aria-label={t.hideLabel} onClick={() => move('hide')}>
          {t.hide}
        </button>
      )}
    </>
  )
}
