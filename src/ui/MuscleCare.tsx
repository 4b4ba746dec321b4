/**
 * Self-care ideas for patients, then needling safety: folded away, clearly marked as for clinicians, and shown only
 * when a clinician is looking.
 */
import type { Muscle } from '@/data/schema'
import { useIsClinician } from '@/state/audience'
import { strings } from '@/i18n'

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function TextList({ title, items }: { title: string; items: readonly string[] }) {
  if (!items.length) return null
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  )
}

export function MuscleCare({ muscle }: { muscle: Muscle }) {
  const t = strings.ui.muscle
  const { selfCare, needling } = muscle
  const clinician = useIsClinician()
  return (
    <>
      <section aria-labelledby="selfcare-heading">
        <h3 id="selfcare-heading">{t.selfCare}</h3>
        <TextList title={t.stretch} items={selfCare.stretch} />
        <TextList title={t.selfMassage} items={selfCare.selfMassage} />
        <TextList title={t.ergonomics} items={selfCare.ergonomics} />
        <p className="muted">{t.selfCareNote}</p>
      </section>
      {clinician && (
        <details className="disclosure clinician-box">
          <summary>
            <span id="needling-heading">{t.clinicians}</span>
          </summary>
          <section aria-labelledby="needling-heading">
            <p className="muted">{t.clinicianNote}</p>
            <h4>{t.structures}</h4>
            {needling.structuresAtRisk.length ? (
              <ul>
                {needling.structuresAtRisk.map((s) => (
                  <li key={s.name}>
                    <strong>
                      {capitalize(s.name)} ({t.structureKinds[s.kind] ?? s.kind})
                    </strong>
                    : {s.note}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t.noStructures}</p>
            )}
            <TextList title={t.precautions} items={needling.precautions} />
          </section>
        </details>
      )}
    </>
  )
}
