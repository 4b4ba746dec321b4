/** Two saved drawings side by side (earlier | later, front and back pictures) and what changed, in words. */
import type { SavedDrawing } from '@/data/drawingStore'
import { compareDrawings } from '@/domain/drawingChanges'
import { strings } from '@/i18n'
import { useDataset } from '@/ui/DatasetContext'
import { regionKeysInWords } from '@/i18n/regionLabel'
import './drawing.css'

export const drawingName = (d: SavedDrawing['drawing']): string =>
  d.label ?? `${strings.painDrawing.untitled}, ${formatDate(d.createdAt)}`

export function formatDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

function Thumb({ saved, view }: { saved: SavedDrawing; view: 'front' | 'back' }) {
  const t = strings.painDrawing
  const src = saved.thumbnails[view]
  const alt = t.thumbAlt(drawingName(saved.drawing), t[view])
  return src ? (
    <img className="drawing-thumb" src={src} alt={alt} />
  ) : (
    <span className="drawing-thumb drawing-thumb-empty" role="img" aria-label={alt}>
      {t.noThumb}
    </span>
  )
}

export function CompareDrawings({
  a,
  b,
  onClose,
}: {
  a: SavedDrawing
  b: SavedDrawing
  onClose: () => void
}) {
  const dataset = useDataset()
  const t = strings.painDrawing
  const [earlier, later] = a.drawing.createdAt <= b.drawing.createdAt ? [a, b] : [b, a]
  const changes = compareDrawings(earlier.drawing, later.drawing)
  const lines = [
    changes.added.length ? t.changeNew(regionKeysInWords(dataset, changes.added)) : null,
    changes.gone.length ? t.changeGone(regionKeysInWords(dataset, changes.gone)) : null,
    changes.worse.length ? t.changeWorse(regionKeysInWords(dataset, changes.worse)) : null,
    changes.better.length ? t.changeBetter(regionKeysInWords(dataset, changes.better)) : null,
    changes.same.length ? t.changeSame(regionKeysInWords(dataset, changes.same)) : null,
  ].filter((l): l is string => l !== null)
  const changed = changes.added.length + changes.gone.length + changes.worse.length + changes.better.length
  return (
    <section className="drawing-compare" aria-labelledby="drawing-compare-heading">
      <h4 id="drawing-compare-heading">{t.compareHeading}</h4>
      <div className="compare-grid">
        {[[t.earlier, earlier] as const, [t.later, later] as const].map(([when, saved]) => (
          <figure key={saved.id} className="compare-column">
            <figcaption>
              <strong>{when}</strong>
              <span>{drawingName(saved.drawing)}</span>
              {saved.drawing.label && <span className="muted">{formatDate(saved.drawing.createdAt)}</span>}
            </figcaption>
            <div className="compare-thumbs">
              <Thumb saved={saved} view="front" />
              <Thumb saved={saved} view="back" />
            </div>
          </figure>
        ))}
      </div>
      <h5>{t.changesHeading}</h5>
      <ul className="compare-changes">
        {changed === 0 && <li>{t.noChange}</li>}
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        {t.closeCompare}
      </button>
    </section>
  )
}

export { Thumb }
