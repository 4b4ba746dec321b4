/** Where a muscle sends pain (essential vs spillover, in words) and its trigger points (TriggerPointList). */
import { useMemo } from 'react'
import type { Muscle } from '@/data/schema'
import { referralRegionsOf } from '@/domain/referral'
import { strings } from '@/i18n'
import { regionKeyLabel } from '@/i18n/regionLabel'
import { useDataset } from './DatasetContext'
import { TriggerPointList } from './TriggerPointList'

export function MuscleReferral({ muscle }: { muscle: Muscle }) {
  const dataset = useDataset()
  const zones = useMemo(() => referralRegionsOf(dataset, muscle.id), [dataset, muscle.id])
  const t = strings.ui.muscle
  const label = (id: string) => regionKeyLabel(dataset, id)
  return (
    <>
      <section aria-labelledby="referral-heading">
        <h3 id="referral-heading">{t.referral}</h3>
        <h4 id="essential-heading" className="zone-heading">
          <span className="swatch swatch-essential" aria-hidden="true" />
          {t.essential}
        </h4>
        <ul aria-labelledby="essential-heading" className="zone-list">
          {zones.essential.map((id) => (
            <li key={id}>{label(id)}</li>
          ))}
        </ul>
        <h4 id="spillover-heading" className="zone-heading">
          <span className="swatch swatch-spillover" aria-hidden="true" />
          {t.spillover}
        </h4>
        {zones.spillover.length ? (
          <ul aria-labelledby="spillover-heading" className="zone-list">
            {zones.spillover.map((id) => (
              <li key={id}>{label(id)}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t.noSpillover}</p>
        )}
        {zones.bothSides.length > 0 && (
          <p className="zone-both-sides">{t.bothSides(zones.bothSides.map(label).join(', '))}</p>
        )}
      </section>
      <section aria-labelledby="tp-heading">
        <h3 id="tp-heading">{t.triggerPoints}</h3>
        <TriggerPointList muscle={muscle} />
      </section>
    </>
  )
}
