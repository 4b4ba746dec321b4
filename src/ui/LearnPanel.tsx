/**
 * About dry needling: the education sections, with safety and contraindications one tap away ("Safety first"
 * jump list), then the FAQ and sources. Jumps scroll and move focus instead of using #fragments, because the
 * location hash holds the shareable view.
 */
import type { Education } from '@/data/schema'
import { strings } from '@/i18n'
import { useDataset } from './DatasetContext'
import { SourceList } from './SourceList'

const SAFETY_KINDS: readonly Education['sections'][number]['kind'][] = [
  'safety',
  'contraindications',
  'side-effects',
]
const sectionId = (id: string) => `learn-${id}`

function jumpTo(id: string) {
  const heading = document.getElementById(sectionId(id))
  heading?.scrollIntoView?.({ block: 'start' })
  heading?.focus()
}

/** One education section (title, paragraphs, bullets); also read aloud in the chairside explainer. */
export function EducationSection({
  section: s,
  headingId,
}: {
  section: Education['sections'][number]
  headingId: string
}) {
  return (
    <section aria-labelledby={headingId} className={`learn-section kind-${s.kind}`}>
      <h3 id={headingId} tabIndex={-1}>
        {s.title}
      </h3>
      {s.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {s.bullets && (
        <ul>
          {s.bullets.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
    </section>
  )
}

export function LearnPanel() {
  const { education } = useDataset()
  const t = strings.ui.learn
  const safety = education.sections.filter((s) => SAFETY_KINDS.includes(s.kind))
  return (
    <article aria-labelledby="learn-heading" className="learn-panel">
      <h2 id="learn-heading">{t.heading}</h2>
      <p className="note" role="note">
        {education.disclaimer}
      </p>
      {safety.length > 0 && (
        <nav aria-labelledby="safety-first" className="safety-first">
          <h3 id="safety-first">{t.safetyFirst}</h3>
          <ul className="chip-list">
            {safety.map((s) => (
              <li key={s.id}>
                <button type="button" className="chip chip-safety" onClick={() => jumpTo(s.id)}>
                  {s.title}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {education.sections.map((s) => (
        <EducationSection key={s.id} section={s} headingId={sectionId(s.id)} />
      ))}
      <section aria-labelledby="faq-heading">
        <h3 id="faq-heading">{t.faq}</h3>
        {education.faq.map((q) => (
          <details key={q.id} className="disclosure">
            <summary>{q.question}</summary>
            <p>{q.answer}</p>
          </details>
        ))}
      </section>
      <details className="disclosure">
        <summary>{t.sources}</summary>
        <SourceList refs={education.sources} />
      </details>
    </article>
  )
}
