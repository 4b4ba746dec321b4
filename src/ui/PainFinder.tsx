/**
 * "Where does it hurt?": paint where it hurts on the body (aches, sharp / worst) or tick areas from the list,
 * then see the muscles whose referral patterns explain the drawing, best first, each with a plain reason.
 * Pointing at or focusing a candidate draws its pattern on the body with the drawing (a key says which is
 * which). Saved drawings, files and "forget everything" load on first open. The red flags of the marked areas come
 * first, above the muscles, emergency first; when a new emergency applies, the panel scrolls to it.
 */
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { rankDrawing } from '@/domain/drawing'
import { redFlagsFor } from '@/domain/redFlags'
import { openMuscle, togglePainFromList } from '@/state/intents'
import { useView } from '@/state/store'
import { otherSideKey } from '@/data/regionKeys'
import { strings } from '@/i18n'
import { regionKeyLabel } from '@/i18n/regionLabel'
import { useDataset } from './DatasetContext'
import { DrawingKey } from './drawing/DrawingKey'
import { DrawTools } from './drawing/DrawTools'
import { useDrawingMarks } from './drawing/useCurrentDrawing'
import { whySuggested } from './matchReason'
import { RedFlagBox } from './RedFlagBox'
import { RegionPicker } from './RegionPicker'

const DrawingShelf = lazy(() => import('./drawing/DrawingShelf'))

export function PainFinder() {
  const dataset = useDataset()
  const keys = useView(useShallow((s) => s.painRegionKeys))
  const toggle = useView((s) => s.togglePainRegion)
  const previewMuscle = useView((s) => s.previewMuscle)
  const previewId = useView((s) => s.previewMuscleId)
  const drawMode = useView((s) => s.drawMode)
  const setDrawMode = useView((s) => s.setDrawMode)
  const clearPaint = useView((s) => s.clearPaint)
  // A preview must not outlive the list (e.g. the tab changed while a candidate had focus).
  useEffect(() => () => previewMuscle(null), [previewMuscle])
  const marks = useDrawingMarks()
  const matches = useMemo(
    () => rankDrawing(dataset, { version: 1, createdAt: new Date(0).toISOString(), marks }),
    [dataset, marks],
  )
  const painted = useMemo(
    () =>
      Object.entries(marks)
        .filter(([key]) => !keys.includes(key))
        .sort(
          ([a, ma], [b, mb]) =>
            mb.intensity - ma.intensity || mb.coverage - ma.coverage || a.localeCompare(b),
        ),
    [marks, keys],
  )
  const flags = useMemo(() => redFlagsFor(dataset, { regionKeys: Object.keys(marks) }), [dataset, marks])
  // Each time a new emergency applies, the panel scrolls to the box, even while areas are being ticked lower down.
  const emergencyIds = flags[0]?.urgency === 'emergency' ? flags[0].flags.map((f) => f.id).join(' ') : ''
  const flagsRef = useRef<HTMLDivElement>(null)
  const shownEmergencies = useRef(new Set<string>())
  useEffect(() => {
    const ids = emergencyIds ? emergencyIds.split(' ') : []
    const fresh = ids.some((id) => !shownEmergencies.current.has(id))
    shownEmergencies.current = new Set(ids)
    if (fresh) flagsRef.current?.scrollIntoView?.({ block: 'start' })
  }, [emergencyIds])
  const t = strings.ui.pain
  const d = strings.painDrawing
  const anything = Object.keys(marks).length > 0

  const keyLabel = (key: string) => regionKeyLabel(dataset, key, { side: 'name' })
  const previewName = previewId ? (dataset.musclesById.get(previewId)?.name ?? null) : null
  const otherSides = keys.flatMap((key) => {
    const other = otherSideKey(key)
    return other && !keys.includes(other) ? [other] : []
  })

  return (
    <section aria-labelledby="pain-heading" className="pain-finder">
      <h2 id="pain-heading">{t.heading}</h2>
      <p className="intro">{t.intro}</p>
      <p className="note" role="note">
        {t.note}
      </p>
      <div role="group" aria-label={d.modeLabel} className="segmented pain-mode">
        <button type="button" aria-pressed={!drawMode} onClick={() => setDrawMode(false)}>
          {d.modeTick}
        </button>
        <button type="button" aria-pressed={drawMode} onClick={() => setDrawMode(true)}>
          {d.modeDraw}
        </button>
      </div>
      {drawMode ? <DrawTools /> : <p className="muted">{d.tickHint}</p>}
      <div className="chosen">
        <h3 id="chosen-heading">{t.chosen}</h3>
        {keys.length > 0 && (
          <ul aria-labelledby="chosen-heading" className="chip-list">
            {keys.map((key) => (
              <li key={key}>
                <button
                  type="button"
                  className="chip chip-on"
                  aria-label={t.remove(keyLabel(key))}
                  onClick={() => toggle(key)}
                >
                  {keyLabel(key)} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {/* An area marked on one side (found by search): the other side is one tap away. */}
        {otherSides.length > 0 && (
          <ul aria-label={t.otherSides} className="chip-list">
            {otherSides.map((other) => (
              <li key={other}>
                <button type="button" className="chip" onClick={() => togglePainFromList(other)}>
                  {t.alsoOtherSide(keyLabel(other))}
                </button>
              </li>
            ))}
          </ul>
        )}
        {painted.length > 0 && (
          <ul aria-label={d.painted} className="painted-list">
            {painted.map(([key, mark]) => (
              <li key={key}>
                <span
                  className={`brush-swatch brush-${mark.intensity === 2 ? 'sharp' : 'aches'}`}
                  aria-hidden="true"
                />
                {d.paintedArea(
                  regionKeyLabel(dataset, key),
                  mark.intensity === 2,
                  Math.round(mark.coverage * 100),
                )}
              </li>
            ))}
          </ul>
        )}
        {!anything && <p className="muted">{t.none}</p>}
        {anything && (
          <button type="button" className="link-button" onClick={clearPaint}>
            {t.clear}
          </button>
        )}
      </div>
      <div ref={flagsRef} className="pain-red-flags">
        <RedFlagBox groups={flags} announce />
      </div>
      {anything && (
        <section aria-labelledby="candidates-heading" className="candidates">
          <h3 id="candidates-heading">{t.candidates}</h3>
          {matches.length ? (
            <>
              <p className="muted">{t.candidatesHint}</p>
              <DrawingKey muscleName={previewName} />
              <ol className="candidate-list" onMouseLeave={() => previewMuscle(null)}>
                {matches.map((match) => {
                  const muscle = dataset.musclesById.get(match.muscleId)
                  if (!muscle) return null
                  return (
                    <li key={match.muscleId}>
                      <button
                        type="button"
                        className="list-button candidate"
                        aria-current={previewId === muscle.id ? 'true' : undefined}
                        onMouseEnter={() => previewMuscle(muscle.id)}
                        onFocus={() => previewMuscle(muscle.id)}
                        onBlur={() => previewMuscle(null)}
                        onClick={() => {
                          previewMuscle(null)
                          openMuscle(muscle.id, muscle.layer)
                        }}
                      >
                        <span className="list-button-title">{muscle.name}</span>
                        <span className="list-button-detail">{whySuggested(dataset, match)}</span>
                      </button>
                    </li>
                  )
                })}
              </ol>
            </>
          ) : (
            <p className="muted">{t.noCandidates}</p>
          )}
        </section>
      )}
      <Suspense fallback={<p className="muted">{d.loading}</p>}>
        <DrawingShelf />
      </Suspense>
      <RegionPicker />
    </section>
  )
}
