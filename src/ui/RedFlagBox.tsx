/**
 * The red flags that apply, grouped by urgency, emergency first: a red box that says "call emergency services now",
 * then "see a doctor soon", then "tell your physiotherapist". Every sign is written out (nothing behind a tap), with
 * what to do. Used above the ranked muscles in "Where does it hurt?", on condition and muscle pages, in search
 * results and in the printed handout.
 */
import { useId } from 'react'
import type { Muscle } from '@/data/schema'
import type { RedFlagGroup } from '@/domain/redFlags'
import { redFlagsFor } from '@/domain/redFlags'
import { strings } from '@/i18n'
import { useDataset } from './DatasetContext'
import './redFlags.css'

export interface RedFlagBoxProps {
  groups: readonly RedFlagGroup[]
  /** Adds each sign's line for the clinician (condition and muscle pages). */
  clinical?: boolean
  /** Smaller, without the lead and the actions (search results, where room is short): the heading says what to do. */
  brief?: boolean
  /** Heading level of the groups' headings (3 in the panel, 4 under a section heading). */
  level?: 3 | 4
  /** Announces the emergency group to screen readers when it appears (a list the patient is building). */
  announce?: boolean
}

export function RedFlagBox({
  groups,
  clinical = false,
  brief = false,
  level = 3,
  announce = false,
}: RedFlagBoxProps) {
  const id = useId()
  if (!groups.length) return null
  const t = strings.redFlags
  const Heading = level === 3 ? 'h3' : 'h4'
  return (
    <section className={`rf-box${brief ? ' rf-brief' : ''}`} aria-label={t.label}>
      {groups.map(({ urgency, flags }) => (
        <div
          key={urgency}
          className={`rf-group rf-${urgency}`}
          role={announce && urgency === 'emergency' ? 'alert' : 'group'}
          aria-labelledby={`${id}-${urgency}`}
        >
          <Heading id={`${id}-${urgency}`} className="rf-heading">
            <span className="rf-badge">{t.badge[urgency]}</span> {t.heading[urgency]}
          </Heading>
          {!brief && <p className="rf-lead">{t.lead[urgency]}</p>}
          <ul className="rf-list">
            {flags.map((flag) => (
              <li key={flag.id} data-red-flag={flag.id}>
                <strong className="rf-title">{flag.title}.</strong> {flag.signs}
                {!brief && <span className="rf-action"> {flag.action}</span>}
                {clinical && (
                  <span className="rf-clinical">
                    {t.clinical} {flag.clinical}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

/** A muscle's own red flags (its record's `redFlags`): the signs that its pain pattern can be mistaken for. */
export function MuscleRedFlags({ muscle, clinical = false }: { muscle: Muscle; clinical?: boolean }) {
  const dataset = useDataset()
  const id = useId()
  const groups = redFlagsFor(dataset, { redFlagIds: muscle.redFlags })
  if (!groups.length) return null
  return (
    <section aria-labelledby={id} className="muscle-red-flags">
      <h3 id={id}>{strings.redFlags.muscleHeading}</h3>
      <RedFlagBox groups={groups} clinical={clinical} level={4} />
    </section>
  )
}
