/**
 * "Dry needling explained": the dataset's education sections in reading-aloud order (what it is, the twitch
 * response, a session, afterwards, side effects, safety, who should not have it), in a dialog reachable in one
 * tap from the header. Reuses the "About dry needling" tab's section renderer.
 */
import { strings } from '@/i18n'
import { useDataset } from '../DatasetContext'
import { EducationSection } from '../LearnPanel'
import { Dialog } from './Dialog'
import { readingOrder } from './readingOrder'

export function Explainer({ onClose }: { onClose: () => void }) {
  const { education } = useDataset()
  const t = strings.chairside
  return (
    <Dialog labelledBy="cs-explainer-heading" onClose={onClose} className="cs-explainer">
      <div className="cs-dialog-bar cs-no-print">
        <button type="button" className="cs-close" onClick={onClose} data-autofocus>
          {t.close}
        </button>
      </div>
      <article className="learn-panel cs-reading">
        <h2 id="cs-explainer-heading">{t.explainerHeading}</h2>
        <p className="muted">{t.explainerIntro}</p>
        <p className="note" role="note">
          {education.disclaimer}
        </p>
        {readingOrder(education.sections).map((s) => (
          <EducationSection key={s.id} section={s} headingId={`cs-explain-${s.id}`} />
        ))}
      </article>
    </Dialog>
  )
}
