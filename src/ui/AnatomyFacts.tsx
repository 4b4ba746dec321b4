/** A muscle's attachments and nerve supply, as a list of facts (the muscle panel and presentation mode). */
import type { Muscle } from '@/data/schema'
import { strings } from '@/i18n'

export function AnatomyFacts({ muscle }: { muscle: Muscle }) {
  const t = strings.ui.muscle
  return (
    <dl className="facts">
      <dt>{t.origin}</dt>
      <dd>{muscle.origin}</dd>
      <dt>{t.insertion}</dt>
      <dd>{muscle.insertion}</dd>
      <dt>{t.innervation}</dt>
      <dd>{muscle.innervation}</dd>
    </dl>
  )
}
