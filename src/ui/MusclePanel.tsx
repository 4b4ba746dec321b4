/** Everything about the selected muscle, in reading order for a patient, with clinician detail folded away. */
import { Suspense, lazy, useRef } from 'react'
import type { Muscle } from '@/data/schema'
import { conditionsOf } from '@/domain/lookups'
import { openCondition } from '@/state/intents'
import { useIsClinician } from '@/state/audience'
import { useView } from '@/state/store'
import { strings } from '@/i18n'
import { useDataset } from './DatasetContext'
import { AnatomyFacts } from './AnatomyFacts'
import { CompareList } from './CompareList'
import { MuscleActions } from './MuscleActions'
import { MuscleCare } from './MuscleCare'
import { MuscleReferral } from './MuscleReferral'
import { MuscleRedFlags } from './RedFlagBox'
import { SourceList } from './SourceList'
import { useFocusOnMount, useScrollPanelToTop } from './useFocusOnMount'

// Presentation mode's lay-first version, loaded the first time presentation mode shows a muscle.
const PresentationMusclePanel = lazy(() =>
  import('./chairside/PresentationMusclePanel').then((m) => ({ default: m.PresentationMusclePanel })),
)

function Items({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}

export function MusclePanel({ muscle }: { muscle: Muscle }) {
  const dataset = useDataset()
  const clearSelection = useView((s) => s.clearSelection)
  const conditions = conditionsOf(dataset, muscle.id)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef)
  useScrollPanelToTop(headingRef)
  const presentation = useView((s) => s.presentation)
  const clinician = useIsClinician()
  const t = strings.ui.muscle
  if (presentation)
    return (
      <Suspense fallback={<p role="status">{strings.chairside.loading}</p>}>
        <PresentationMusclePanel muscle={muscle} />
      </Suspense>
    )
  return (
    <article className="muscle-panel" aria-labelledby="muscle-heading">
      <button type="button" className="back-button" onClick={clearSelection}>
        <span aria-hidden="true">← </span>
        {t.back}
      </button>
      <header>
        <h2 id="muscle-heading" tabIndex={-1} ref={headingRef}>
          {muscle.name}
        </h2>
        {clinician && (
          <p className="latin" lang="la">
            {muscle.latinName}
          </p>
        )}
        {muscle.layWords.length > 0 && (
          <p className="lay-words">
            {t.alsoCalled}: {muscle.layWords.map((w) => `“${w}”`).join(', ')}
          </p>
        )}
      </header>
      <MuscleActions muscle={muscle} />
      <CompareList exceptId={muscle.id} />
      <section aria-labelledby="where-heading">
        <h3 id="where-heading">{t.where}</h3>
        <p>{muscle.summary}</p>
        <dl className="facts">
          <dt>{t.bodyArea}</dt>
          <dd>{strings.ui.areas[muscle.bodyArea] ?? muscle.bodyArea}</dd>
          <dt>{t.layer}</dt>
          <dd>{strings.ui.depth[muscle.layer] ?? muscle.layer}</dd>
        </dl>
        <h3>{t.does}</h3>
        <p>{muscle.action}</p>
        <details className="disclosure">
          <summary>{t.anatomy}</summary>
          <AnatomyFacts muscle={muscle} />
        </details>
      </section>
      <MuscleReferral muscle={muscle} />
      <MuscleRedFlags muscle={muscle} clinical={clinician} />
      <section aria-labelledby="symptoms-heading">
        <h3 id="symptoms-heading">{t.symptoms}</h3>
        <Items items={muscle.symptoms} />
        <h4>{t.perpetuating}</h4>
        <Items items={muscle.perpetuatingFactors} />
      </section>
      {conditions.length > 0 && (
        <section aria-labelledby="muscle-conditions-heading">
          <h3 id="muscle-conditions-heading">{t.conditions}</h3>
          <ul className="chip-list">
            {conditions.map((c) => (
              <li key={c.id}>
                <button type="button" className="chip" onClick={() => openCondition(c.id)}>
                  {c.layName}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <MuscleCare muscle={muscle} />
      <details className="disclosure">
        <summary>{t.sources}</summary>
        <SourceList refs={muscle.sources} />
      </details>
    </article>
  )
}
