/**
 * An accessible modal dialog for the chairside tools: rendered over the app (portal into <body>), labelled by
 * its heading, focus moved in on open and given back on close, Escape closes, the app behind made inert. The
 * layer is also what prints: while it is open, a print shows only the dialog (see chairside.css).
 */
import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'
import { createPortal } from 'react-dom'
import './dialog.css'

export interface DialogProps {
  /** Id of the element that names the dialog (its heading). */
  labelledBy: string
  onClose: () => void
  className?: string
  children: ReactNode
}

export function Dialog({ labelledBy, onClose, className, children }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null)
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  }, [onClose])

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const app = document.getElementById('root')
    app?.setAttribute('inert', '')
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current
    first?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      e.preventDefault()
      onCloseRef.current()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      app?.removeAttribute('inert')
      if (previous?.isConnected) previous.focus()
    }
  }, [])

  return createPortal(
    <div className="cs-layer">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
        className={`cs-dialog${className ? ` ${className}` : ''}`}
      >
        {children}
      </div>
    </div>,
    document.body,
  )
}
