/**
 * The key to what the body shows: solid = main pain area, hatched = spillover, one colour per drawn muscle;
 * plus the marked painful areas and the muscles of the open condition when those are drawn.
 */
import { useShallow } from 'zustand/react/shallow'
import { COLORS } from '@/state/appearance'
import { selectPatternMuscleIds, useAppStore } from '@/state/store'
import { strings } from '@/strings'
import { useDataset } from './DatasetContext'
import { PAIN_MARK_COLOR, PATTERN_PALETTE, patternColor } from './palette'
import './compare.css'

const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`

function Swatch({ color, dotted = false }: { color: string; dotted?: boolean }) {
  return (
    <span
      className={dotted ? 'swatch swatch-dotted' : 'swatch'}
      style={{ backgroundColor: color }}
      aria-hidden="true"
    />
  )
}

export function Legend() {
  const dataset = useDataset()
  const ids = useAppStore(useShallow(selectPatternMuscleIds))
  const previewing = useAppStore((s) => s.previewMuscleId !== null)
  const painMarked = useAppStore(
    (s) => s.painRegionKeys.length > 0 || s.paint !== null || s.pendingDrawing !== null,
  )
  const conditionId = useAppStore((s) => s.conditionId)
  const condition = conditionId ? dataset.conditionsById.get(conditionId) : undefined
  const t = strings.ui.legend
  const empty = ids.length === 0 && !painMarked && !condition
  return (
    // Focusable: on phones a long key (many muscles compared) scrolls, and keyboard users must be able to scroll it.
    <section aria-labelledby="legend-heading" className="legend" tabIndex={empty ? undefined : 0}>
      <h2 id="legend-heading" className="legend-heading">
        {t.heading}
      </h2>
      {empty && <p className="legend-empty">{t.nothing}</p>}
      {ids.length > 0 && (
        <>
          <ul className="legend-kinds">
            <li>
              <span className="swatch swatch-essential" aria-hidden="true" /> {t.essential}
            </li>
            <li>
              <span className="swatch swatch-spillover" aria-hidden="true" /> {t.spillover}
            </li>
          </ul>
          <ul className="legend-muscles">
            {ids.map((id, i) => (
              <li key={id}>
                <Swatch color={patternColor(i)} />
                {dataset.musclesById.get(id)?.name ?? id}
                {previewing && <span className="muted"> ({t.preview})</span>}
              </li>
            ))}
          </ul>
          {ids.length > PATTERN_PALETTE.length && (
            <p className="legend-note">{strings.compare.coloursRepeat}</p>
          )}
        </>
      )}
      {(painMarked || condition) && (
        <ul className="legend-extra">
          {painMarked && (
            <li>
              <Swatch color={PAIN_MARK_COLOR} dotted />
              {t.painMarked}
            </li>
          )}
          {condition && (
            <li>
              <Swatch color={hex(COLORS.condition)} />
              {t.condition(condition.layName)}
            </li>
          )}
        </ul>
      )}
    </section>
  )
}
