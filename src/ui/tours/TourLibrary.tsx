/**
 * The guided tours in the "Tours & quizzes" tab: the list (condition tours and everyday stories, each with its
 * summary, audience, length and a Start button) or, while a tour plays, its outline: every step to jump to and
 * what the body shows now in words (which is all there is to see when the 3D view is unavailable).
 */
import { useEffect, useRef } from 'react'
import type { Tour } from '@/data/schema'
import { groupTours } from '@/domain/tours'
import { useView } from '@/state/store'
import { parseRegionKey } from '@/data/regionKeys'
import { strings } from '@/i18n'
import { regionKeyLabel } from '@/i18n/regionLabel'
import { useDataset } from '../DatasetContext'
import { endTour, lastTour, showStep } from './tourControls'
import './tours.css'

export function TourLibrary() {
  const dataset = useDataset()
  const position = useView((s) => s.tour)
  const tour = position ? dataset.toursById.get(position.id) : undefined
  if (tour && position) return <TourOutline tour={tour} step={position.step} />
  return <TourList tours={dataset.tours} />
}

function TourList({ tours }: { tours: readonly Tour[] }) {
  const t = strings.tours
  const listRef = useRef<HTMLDivElement>(null)
  const finished = lastTour.finished ? tours.find((x) => x.id === lastTour.id) : undefined

  // Back from a tour: focus returns to its Start button.
  useEffect(() => {
    if (!lastTour.id) return
    const button = listRef.current?.querySelector<HTMLButtonElement>(
      `[data-tour-id="${CSS.escape(lastTour.id)}"]`,
    )
    button?.focus({ preventScroll: false })
    lastTour.id = null
    lastTour.finished = false
  }, [])

  if (!tours.length) return <p>{t.none}</p>
  return (
    <div className="tour-library" ref={listRef}>
      {finished && (
        <p className="tour-finished" role="status">
          {t.finished(finished.title)}
        </p>
      )}
      <p className="tour-howto">{t.howTo}</p>
      {groupTours(tours).map((group) => (
        <section key={group.kind} aria-labelledby={`tour-kind-${group.kind}`} className="tour-group">
          <h3 id={`tour-kind-${group.kind}`}>{t.kinds[group.kind]}</h3>
          <p className="tour-group-intro">{t.kindIntro[group.kind]}</p>
          <ul className="tour-cards">
            {group.tours.map((tour) => (
              <li key={tour.id} className="tour-card">
                <h4 id={`tour-title-${tour.id}`}>{tour.title}</h4>
                <p className="tour-summary">{tour.summary}</p>
                <p className="tour-meta">
                  <span className="tour-tag">{t.audience[tour.audience]}</span>
                  <span>{t.stepCount(tour.steps.length)}</span>
                </p>
                <button
                  type="button"
                  className="tour-start"
                  data-tour-id={tour.id}
                  aria-label={t.startLabel(tour.title)}
                  onClick={() => showStep(tour, 0)}
                >
                  {t.start}
                  <span aria-hidden="true"> ▶</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

function TourOutline({ tour, step }: { tour: Tour; step: number }) {
  const t = strings.tours
  return (
    <div className="tour-outline">
      <h3>{tour.title}</h3>
      <p className="tour-summary">{tour.summary}</p>
      <OnBody />
      <h4 id="tour-outline-heading">{t.outlineHeading}</h4>
      <ol className="tour-steps" aria-labelledby="tour-outline-heading">
        {tour.steps.map((s, i) => (
          <li key={i}>
            <button
              type="button"
              className="tour-step-button"
              aria-current={i === step ? 'step' : undefined}
              aria-label={`${t.goToStep(i + 1)}: ${s.caption}`}
              onClick={() => showStep(tour, i)}
            >
              <span className="tour-step-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="tour-step-caption">{s.caption}</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="tour-calm">{t.calmNote}</p>
      <button type="button" onClick={() => endTour(tour.id)}>
        {t.exit}
      </button>
    </div>
  )
}

/** What the body shows at this step, in words. */
function OnBody() {
  const dataset = useDataset()
  const t = strings.tours
  const selected = useView((s) => s.selectedMuscleId)
  const overlays = useView((s) => s.overlayMuscleIds)
  const pain = useView((s) => s.painRegionKeys)
  const muscles = [selected, ...overlays]
    .filter((id): id is string => !!id)
    .map((id) => dataset.musclesById.get(id)?.name ?? id)
  const areas = [...new Set(pain.map((k) => parseRegionKey(k).regionId))].map((id) =>
    regionKeyLabel(dataset, id),
  )
  return (
    <section className="tour-on-body" aria-labelledby="tour-on-body-heading">
      <h4 id="tour-on-body-heading">{t.onBody}</h4>
      {!muscles.length && !areas.length && <p>{t.nothingShown}</p>}
      {muscles.length > 0 && (
        <p>
          <strong>{t.musclesShown}:</strong> {muscles.join(', ')}
        </p>
      )}
      {areas.length > 0 && (
        <p>
          <strong>{t.painShown}:</strong> {areas.join(', ')}
        </p>
      )}
    </section>
  )
}
