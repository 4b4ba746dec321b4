/**
 * Every muscle, grouped by body area: the keyboard and screen-reader path to everything that can be clicked
 * in the 3D view. Each entry is a button that opens the muscle.
 */
import { useMemo, useRef } from 'react'
import { openMuscle } from '@/state/intents'
import { useView } from '@/state/store'
import { strings } from '@/i18n'
import { useDataset } from './DatasetContext'
import { groupByArea } from './groupByArea'
import { useFocusOnMount } from './useFocusOnMount'

export function MuscleList() {
  const dataset = useDataset()
  const selected = useView((s) => s.selectedMuscleId)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef)
  const groups = useMemo(
    () =>
      groupByArea(
        dataset.muscles,
        (m) => m.bodyArea,
        (m) => m.name,
      ),
    [dataset],
  )
  return (
    <section aria-labelledby="muscle-list-heading" className="muscle-list">
      <h2 id="muscle-list-heading" tabIndex={-1} ref={headingRef}>
        {strings.ui.list.heading}
      </h2>
      <p className="intro">{strings.ui.list.intro}</p>
      {groups.map(({ area, items }) => (
        <section key={area} aria-labelledby={`area-${area}`} className="area-group">
          <h3 id={`area-${area}`}>{strings.ui.areas[area] ?? area}</h3>
          <ul className="button-list">
            {items.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="list-button"
                  aria-current={m.id === selected ? 'true' : undefined}
                  onClick={() => openMuscle(m.id, m.layer)}
                >
                  <span className="list-button-title">{m.name}</span>
                  {m.layWords[0] && <span className="list-button-detail">{m.layWords[0]}</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
