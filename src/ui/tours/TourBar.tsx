/**
 * The caption bar of a playing tour, over the 3D stage: "Step 2 of 6", the caption in large type, and Previous /
 * Next / Copy link / Exit. Keys work anywhere on the page (keyboard or presenter clicker) unless the user is
 * typing or on a control that uses the key itself. Shown without the 3D body too.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useView, viewNow } from '@/state/store'
import { tourKeyAction } from '@/state/tourSteps'
import { encodeView } from '@/state/url'
import { strings } from '@/i18n'
import { useDataset } from '../DatasetContext'
import { endTour, moveTour } from './tourControls'
import './tours.css'

/** Whether a key belongs to what has focus (typing, a button's Enter/Space, arrows in tabs) rather than the tour. */
export function keyBelongsToTarget(key: string, target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (
    target.closest(
      'input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog, [role="dialog"]',
    )
  )
    return true
  if (
    (key === ' ' || key === 'Enter') &&
    target.closest('button, a[href], summary, [role="button"], [role="tab"]')
  )
    return true
  if (key.startsWith('Arrow') || key === 'Home' || key === 'End')
    return !!target.closest(
      '[role="tablist"], [role="radiogroup"], [role="listbox"], [role="slider"], [role="menu"]',
    )
  return false
}

function linkToStep(): string {
  const { origin, pathname, search } = window.location
  const s = viewNow()
  return `${origin}${pathname}${search}${s.tour ? encodeView({ ...s, tour: s.tour }) : ''}`
}

export function TourBar() {
  const dataset = useDataset()
  const position = useView((s) => s.tour)
  const tour = position ? dataset.toursById.get(position.id) : undefined
  const t = strings.tours
  const ref = useRef<HTMLElement>(null)
  const nextRef = useRef<HTMLButtonElement>(null)
  // A link to copy by hand (no clipboard), for the step it was made for.
  const [manual, setManual] = useState<{ link: string; step: number } | null>(null)

  // Keys anywhere on the page (the 3D view lets tour keys through while a tour plays).
  useEffect(() => {
    if (!tour) return
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return
      const action = tourKeyAction(e.key)
      if (!action || keyBelongsToTarget(e.key, e.target)) return
      if (document.querySelector('dialog[open]')) return
      e.preventDefault()
      moveTour(tour, action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [tour])

  // Keyboard users land on Next when the tour starts.
  const tourId = tour?.id
  useEffect(() => {
    if (tourId) nextRef.current?.focus({ preventScroll: true })
  }, [tourId])

  const step = position?.step ?? 0

  // The stage keeps the body above the bar (wide screens): the bar's height goes into a CSS variable.
  useEffect(() => {
    const bar = ref.current
    const stage = bar?.parentElement
    if (!bar || !stage) return
    // On the app, so the messages corner moves up too.
    const root = stage.closest<HTMLElement>('.app') ?? stage
    stage.classList.add('touring')
    const update = () => root.style.setProperty('--tour-bar-height', `${bar.offsetHeight}px`)
    update()
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null
    observer?.observe(bar)
    return () => {
      observer?.disconnect()
      stage.classList.remove('touring')
      root.style.removeProperty('--tour-bar-height')
    }
  }, [])

  const copyLink = useCallback(async () => {
    const link = linkToStep()
    const at = viewNow().tour?.step ?? 0
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(link)
      setManual(null)
      viewNow().notify(t.linkCopied)
    } catch {
      setManual({ link, step: at })
    }
  }, [t.linkCopied])

  if (!tour || !position) return null
  const count = tour.steps.length
  const last = step >= count - 1
  const caption = tour.steps[step]?.caption ?? ''
  const manualLink = manual?.step === step ? manual.link : null
  return (
    <section ref={ref} className="tour-bar" aria-label={t.barLabel(tour.title)}>
      <p className="tour-bar-meta">
        <span className="tour-bar-step">{t.stepOf(step + 1, count)}</span>
        <span className="tour-bar-title">{tour.title}</span>
      </p>
      <p className="tour-caption" aria-live="polite">
        <span className="visually-hidden">{t.stepOf(step + 1, count)}. </span>
        {caption}
      </p>
      <div className="tour-bar-nav">
        <button type="button" onClick={() => moveTour(tour, 'previous')} disabled={step === 0}>
          <span aria-hidden="true">← </span>
          {t.previous}
        </button>
        <button type="button" ref={nextRef} className="tour-next" onClick={() => moveTour(tour, 'next')}>
          {last ? t.finish : t.next}
          <span aria-hidden="true"> →</span>
        </button>
        <span className="tour-bar-spacer" />
        <button type="button" className="tour-copy" onClick={() => void copyLink()}>
          {t.copyLink}
        </button>
        <button type="button" className="tour-exit" onClick={() => endTour(tour.id)}>
          {t.exit}
        </button>
      </div>
      {manualLink && (
        <label className="tour-manual-link">
          {t.copyManually}
          <input
            type="text"
            readOnly
            value={manualLink}
            onFocus={(e) => e.currentTarget.select()}
            autoFocus
          />
        </label>
      )}
      <p className="tour-bar-keys">{t.keys}</p>
    </section>
  )
}
