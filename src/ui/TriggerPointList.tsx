/**
 * A muscle's trigger points. A clinician reads each one's name, where to palpate it and its notes; a patient reads
 * one plain sentence about the dots on the body instead (no palpation instructions).
 */
import type { Muscle } from '@/data/schema'
import { useIsClinician } from '@/state/audience'
import { strings } from '@/i18n'

export function TriggerPointList({ muscle }: { muscle: Muscle }) {
  const clinician = useIsClinician()
  if (!clinician) return <p>{strings.audience.triggerPointsPlain(muscle.triggerPoints.length)}</p>
  return (
    <ul className="tp-list">
      {muscle.triggerPoints.map((tp) => (
        <li key={tp.id}>
          <strong>{tp.name}</strong>: {tp.location}
          {tp.notes && <span className="muted"> {tp.notes}</span>}
        </li>
      ))}
    </ul>
  )
}
