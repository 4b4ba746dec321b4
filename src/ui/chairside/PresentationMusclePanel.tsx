/**
 * The selected muscle in presentation mode: the everyday name before the clinical one, then plain-words sections
 * (where it is, where it sends pain, what people notice, what helps), with the clinical detail (attachments,
 * trigger points, needling safety, sources) folded away. Loaded only when presentation mode is on.
 */
import { useRef } from 'react'
import type { Muscle } from '@/data/schema'
import { useIsClinician } from '@/state/audience'
import { useView } from '@/state/store'
import { strings } from '@/i18n'
import { AnatomyFacts } from '../AnatomyFacts'
import { CompareList } from '../CompareList'
import { MuscleActions } from '../MuscleActions'
import { MuscleCare } from '../MuscleCare'
import { MuscleRedFlags } from '../RedFlagBox'
import { SourceList } from '../SourceList'
import { TriggerPointList } from '../TriggerPointList'
import { useFocusOnMount, useScrollPanelToTop } from '../useFocusOnMount'
import { layName } from './layWords'
import { PatternInWords } from './PatternInWords'

function Items({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}

export function PresentationMusclePanel({ muscle }: { muscle: Muscle }) {
  const clearSelection = useView((s) => s.clearSelection)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef)
  useScrollPanelToTop(headingRef)
  const t = strings.ui.muscle
  const c = strings.chairside
  const lay = layName(muscle)
  // A patient gets the plain sections only: the clinical detail (Latin, attachments, palpation) is not theirs.
  const clinician = useIsClinician()
  return (
    <article className="muscle-panel cs-presentation-muscle" aria-labelledby="muscle-heading">
      <button type="button" className="back-button" onClick={clearSelection}>
        <span aria-hidden="true">← </span>
        {t.back}
      </button>
      <header>
        <h2 id="muscle-heading" tabIndex={-1} ref={headingRef}>
          {lay ? (
            <>
              <span className="cs-lay-name">{lay}</span>{' '}
              <span className="cs-clinical-name">
                <span className="visually-hidden">{c.clinicalName}: </span>
                {muscle.name}
              </span>
            </>
          ) : (
            muscle.name
          )}
        </h2>
        {muscle.layWords.length > 0 && (
          <p className="lay-words">
            {c.peopleSay}:{' '}
            {muscle.layWords
              .slice(0, 4)
              .map((w) => `“${w}”`)
              .join(', ')}
          </p>
        )}
      </header>
      <MuscleActions muscle={muscle} />
      <CompareList exceptId={muscle.id} />
      <section aria-labelledby="cs-where-heading">
        <h3 id="cs-where-heading">{c.whereItIs}</h3>
        <p>{muscle.summary}</p>
      </section>
      <section aria-labelledby="cs-referral-heading">
        <h3 id="cs-referral-heading">{t.referral}</h3>
        <PatternInWords muscleId={muscle.id} />
      </section>
      <MuscleRedFlags muscle={muscle} />
      <section aria-labelledby="cs-symptoms-heading">
        <h3 id="cs-symptoms-heading">{t.symptoms}</h3>
        <Items items={muscle.symptoms} />
        <h4>{t.perpetuating}</h4>
        <Items items={muscle.perpetuatingFactors} />
      </section>
      <MuscleCare muscle={muscle} />
      {clinician && (
        <details className="disclosure cs-clinical">
          <summary>{c.clinicalDetail}</summary>
          <p className="latin" lang="la">
            {muscle.latinName}
          </p>
          <h4>{t.does}</h4>
          <p>{muscle.action}</p>
          <AnatomyFacts muscle={muscle} />
          <h4>{t.triggerPoints}</h4>
          <TriggerPointList muscle={muscle} />
          <h4>{t.sources}</h4>
          <SourceList refs={muscle.sources} />
        </details>
      )}
    </article>
  )
}
