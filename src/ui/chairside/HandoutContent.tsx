/**
 * The printable patient handout: date, the education-not-diagnosis note, the red flags of the marked areas and
 * the muscles discussed (emergency first, before anything else), a picture of the view, where the
 * patient said it hurts, the muscles discussed with their pain patterns in words and self-care, what to expect
 * after dry needling (from the dataset's education content), a QR code and link that reopen the view, and room
 * for the clinician's notes; lines for the condition, clinic and clinician, typed on screen (handoutDetails.ts).
 * Only renders what it is given, so it can be tested without the 3D view.
 */
import type { Muscle } from '@/data/schema'
import { redFlagsFor } from '@/domain/redFlags'
import { painRegionIds } from '@/state/intents'
import { parseRegionKey } from '@/data/regionKeys'
import { strings } from '@/i18n'
import { regionKeyLabel } from '@/i18n/regionLabel'
import { useDataset } from '../DatasetContext'
import type { HandoutDetails } from './handoutDetails'
import { RedFlagBox } from '../RedFlagBox'
import { layName } from './layWords'
import { PatternInWords } from './PatternInWords'

export interface HandoutContentProps {
  /** Muscles discussed this visit, in order. */
  muscleIds: readonly string[]
  /** Painful areas marked (region keys). */
  painRegionKeys: readonly string[]
  /** PNG data URL of the 3D view, or null when there is none. */
  pictureUrl: string | null
  /** Why there is no picture, when it is not the usual reason (no 3D view on this device). */
  pictureMissing?: string
  /** data: URL of the QR code; null while it is being made; 'failed' when it could not be made. */
  qrUrl: string | null | 'failed'
  /** The link that reopens the view. */
  link: string
  date: Date
  /** Leaves a muscle out (screen only); omitted in print. */
  onLeaveOut?: (muscleId: string) => void
  /** The typed lines (condition, clinic, clinician, notes); editable when onDetailsChange is given. */
  details?: HandoutDetails
  onDetailsChange?: (details: HandoutDetails) => void
}

/** The condition, clinic and clinician lines: typed on screen, printed as typed (an empty line to write on). */
function VisitLines({
  details,
  onChange,
}: {
  details: HandoutDetails
  onChange?: (d: HandoutDetails) => void
}) {
  const t = strings.chairside.details
  const fields = ['condition', 'clinic', 'clinician'] as const
  return (
    <dl className="cs-visit-lines" aria-label={t.label}>
      {fields.map((field) => (
        <div key={field}>
          <dt>
            <label htmlFor={`cs-visit-${field}`}>{t[field]}</label>
          </dt>
          <dd>
            {onChange ? (
              <input
                id={`cs-visit-${field}`}
                type="text"
                value={details[field]}
                onChange={(e) => onChange({ ...details, [field]: e.target.value })}
              />
            ) : (
              <span id={`cs-visit-${field}`}>{details[field]}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}

function Items({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}

function SelfCare({ muscle }: { muscle: Muscle }) {
  const t = strings.ui.muscle
  const groups = [
    [t.stretch, muscle.selfCare.stretch],
    [t.selfMassage, muscle.selfCare.selfMassage],
    [t.ergonomics, muscle.selfCare.ergonomics],
  ] as const
  const shown = groups.filter(([, items]) => items.length > 0)
  if (!shown.length) return null
  return (
    <div className="cs-selfcare">
      <h5>{strings.chairside.selfCareHeading}</h5>
      {shown.map(([title, items]) => (
        <div key={title}>
          <h6>{title}</h6>
          <Items items={items} />
        </div>
      ))}
    </div>
  )
}

function PainAreas({ keys }: { keys: readonly string[] }) {
  const dataset = useDataset()
  const sidesOf = (id: string) =>
    keys
      .map(parseRegionKey)
      .filter((k) => k.regionId === id)
      .map((k) => strings.region.sides[k.side ?? 'middle'])
  return (
    <ul className="cs-pain-list">
      {painRegionIds(keys).map((id) => (
        <li key={id}>
          {regionKeyLabel(dataset, id, { lay: true })}
          <span className="muted"> ({strings.list(sidesOf(id))})</span>
        </li>
      ))}
    </ul>
  )
}

export function HandoutContent(props: HandoutContentProps) {
  const dataset = useDataset()
  const t = strings.chairside
  const muscles = props.muscleIds
    .map((id) => dataset.musclesById.get(id))
    .filter((m): m is Muscle => m !== undefined)
  const flags = redFlagsFor(dataset, {
    regionKeys: props.painRegionKeys,
    redFlagIds: muscles.flatMap((m) => m.redFlags),
  })
  const aftercare = dataset.education.sections.find((s) => s.kind === 'aftercare')
  const urgent = dataset.education.sections.find((s) => s.kind === 'safety')
  const dateText = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(props.date)
  return (
    <article className="cs-handout" aria-labelledby="cs-handout-heading">
      <header className="cs-handout-header">
        <h2 id="cs-handout-heading">{t.handoutHeading}</h2>
        <p className="cs-date">{t.date(dateText)}</p>
      </header>
      {props.details && <VisitLines details={props.details} onChange={props.onDetailsChange} />}
      {props.onDetailsChange && <p className="muted cs-no-print">{t.details.remembered}</p>}
      <p className="note cs-handout-note" role="note">
        {dataset.education.disclaimer}
      </p>
      <RedFlagBox groups={flags} />

      <div className="cs-handout-top">
        <figure className="cs-figure">
          {props.pictureUrl ? (
            <img src={props.pictureUrl} alt={t.pictureAlt} className="cs-picture" />
          ) : (
            <p className="muted">{props.pictureMissing ?? t.noPicture}</p>
          )}
          {props.pictureUrl && <figcaption>{t.pictureKey}</figcaption>}
        </figure>
        <div className="cs-handout-side">
          {props.painRegionKeys.length > 0 && (
            <section aria-labelledby="cs-pain-heading">
              <h3 id="cs-pain-heading">{t.painHeading}</h3>
              <PainAreas keys={props.painRegionKeys} />
            </section>
          )}
          <section aria-labelledby="cs-link-heading" className="cs-link-box">
            <h3 id="cs-link-heading">{t.linkHeading}</h3>
            <p>{t.linkHint}</p>
            {props.qrUrl === 'failed' ? (
              <p className="muted">{t.qrFailed}</p>
            ) : props.qrUrl ? (
              <img src={props.qrUrl} alt={t.qrAlt} className="cs-qr" width={164} height={164} />
            ) : (
              <p role="status" className="cs-qr-pending">
                {t.loading}
              </p>
            )}
            <p className="cs-link">{props.link}</p>
          </section>
        </div>
      </div>

      <section aria-labelledby="cs-muscles-heading">
        <h3 id="cs-muscles-heading">{t.musclesHeading}</h3>
        {muscles.length === 0 && <p className="muted">{t.noMuscles}</p>}
        {muscles.map((m) => {
          const lay = layName(m)
          return (
            <article key={m.id} className="cs-handout-muscle" aria-labelledby={`cs-h-${m.id}`}>
              <div className="cs-muscle-title">
                <h4 id={`cs-h-${m.id}`}>
                  {lay ? (
                    <>
                      {lay} <span className="cs-clinical-name">({m.name})</span>
                    </>
                  ) : (
                    m.name
                  )}
                </h4>
                {props.onLeaveOut && (
                  <button
                    type="button"
                    className="cs-leave-out cs-no-print"
                    aria-label={t.leaveOut(m.name)}
                    onClick={() => props.onLeaveOut?.(m.id)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                )}
              </div>
              <div className="cs-muscle-body">
                <div>
                  <p>{m.summary}</p>
                  <PatternInWords muscleId={m.id} headingLevel={5} />
                </div>
                <SelfCare muscle={m} />
              </div>
            </article>
          )
        })}
        {muscles.length > 0 && <p className="muted">{strings.ui.muscle.selfCareNote}</p>}
      </section>

      <section aria-labelledby="cs-after-heading" className="cs-after">
        <h3 id="cs-after-heading">{t.aftercareHeading}</h3>
        <div className="cs-after-text">
          {(aftercare?.paragraphs ?? t.aftercareFallback).map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
        <div className="cs-after-lists">
          <div>
            <h4>{t.whenToCall}</h4>
            <Items items={aftercare?.bullets ?? t.whenToCallFallback} />
          </div>
          {urgent && (
            <div className="cs-urgent">
              <h4>{t.urgentHeading}</h4>
              {urgent.paragraphs.slice(0, 2).map((p) => (
                <p key={p}>{p}</p>
              ))}
              {urgent.bullets && <Items items={urgent.bullets} />}
            </div>
          )}
        </div>
      </section>

      <section aria-labelledby="cs-notes-heading" className="cs-notes">
        <h3 id="cs-notes-heading">{t.notesHeading}</h3>
        {props.onDetailsChange && props.details ? (
          <textarea
            className="cs-notes-lines"
            aria-labelledby="cs-notes-heading"
            placeholder={t.details.notesPlaceholder}
            value={props.details.notes}
            onChange={(e) => props.onDetailsChange?.({ ...props.details!, notes: e.target.value })}
          />
        ) : props.details?.notes ? (
          <p className="cs-notes-text">{props.details.notes}</p>
        ) : (
          <div className="cs-notes-lines" aria-hidden="true" />
        )}
      </section>
      <p className="cs-footer muted">
        {strings.appTitle} · {dateText}
      </p>
    </article>
  )
}
