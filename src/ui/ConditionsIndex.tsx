/**
 * Every condition by its lay name; choosing one shows its red flags (emergency first, above everything else), its
 * muscles, when to see a clinician and other signs to get checked.
 */
import { useRef } from 'react'
import type { Condition } from '@/data/schema'
import { musclesForCondition } from '@/domain/lookups'
import { redFlagsFor } from '@/domain/redFlags'
import { useIsClinician } from '@/state/audience'
import { openMuscle } from '@/state/intents'
import { useView } from '@/state/store'
import { strings } from '@/i18n'
import { useDataset } from './DatasetContext'
import { RedFlagBox } from './RedFlagBox'
import { useFocusOnMount, useScrollPanelToTop } from './useFocusOnMount'

function ConditionDetail({ condition }: { condition: Condition }) {
  const dataset = useDataset()
  const selectCondition = useView((s) => s.selectCondition)
  const muscles = musclesForCondition(dataset, condition.id)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef)
  useScrollPanelToTop(headingRef)
  const faq = dataset.education.faq.filter((q) => condition.seedQuestions.includes(q.id))
  // The red flags' lines for the clinician are not shown to a patient.
  const clinician = useIsClinician()
  const t = strings.ui.conditions
  return (
    <article aria-labelledby="condition-heading" className="condition-detail">
      <button type="button" className="back-button" onClick={() => selectCondition(null)}>
        <span aria-hidden="true">← </span>
        {t.back}
      </button>
      <h2 id="condition-heading" tabIndex={-1} ref={headingRef}>
        {condition.layName}
      </h2>
      {condition.name !== condition.layName && <p className="latin">{condition.name}</p>}
      <p>{condition.description}</p>
      <RedFlagBox groups={redFlagsFor(dataset, { conditionIds: [condition.id] })} clinical={clinician} />
      <h3 id="condition-muscles-heading">{t.muscles}</h3>
      {muscles.length ? (
        <ul aria-labelledby="condition-muscles-heading" className="button-list">
          {muscles.map((m) => (
            <li key={m.id}>
              <button type="button" className="list-button" onClick={() => openMuscle(m.id, m.layer)}>
                <span className="list-button-title">{m.name}</span>
                {m.layWords[0] && <span className="list-button-detail">{m.layWords[0]}</span>}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t.noMuscles}</p>
      )}
      <h3>{t.whenToSee}</h3>
      <p>{condition.whenToSeeClinician}</p>
      <section aria-labelledby="red-flags-heading" className="other-signs">
        <h3 id="red-flags-heading">{t.redFlags}</h3>
        <ul>
          {condition.redFlags.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
      </section>
      {faq.length > 0 && (
        <>
          <h3>{t.questions}</h3>
          {faq.map((q) => (
            <details key={q.id} className="disclosure">
              <summary>{q.question}</summary>
              <p>{q.answer}</p>
            </details>
          ))}
        </>
      )}
    </article>
  )
}

function ConditionList() {
  const dataset = useDataset()
  const selectCondition = useView((s) => s.selectCondition)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef)
  const t = strings.ui.conditions
  const sorted = [...dataset.conditions].sort((a, b) => a.layName.localeCompare(b.layName))
  return (
    <section aria-labelledby="conditions-heading">
      <h2 id="conditions-heading" tabIndex={-1} ref={headingRef}>
        {t.heading}
      </h2>
      <p className="intro">{t.intro}</p>
      <ul className="button-list">
        {sorted.map((c) => (
          <li key={c.id}>
            <button type="button" className="list-button" onClick={() => selectCondition(c.id)}>
              <span className="list-button-title">{c.layName}</span>
              {c.name !== c.layName && <span className="list-button-detail">{c.name}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function ConditionsIndex() {
  const dataset = useDataset()
  const conditionId = useView((s) => s.conditionId)
  const condition = conditionId ? dataset.conditionsById.get(conditionId) : undefined
  return condition ? <ConditionDetail key={condition.id} condition={condition} /> : <ConditionList />
}
