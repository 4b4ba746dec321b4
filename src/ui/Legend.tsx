/**
 * The key to what the body shows, in the colours the body uses (ui/palette.ts): the selected muscle's own colour,
 * solid = main pain area, hatched = spillover, one pattern colour per drawn muscle; plus the marked painful areas
 * and the muscles of the open condition when those are drawn. Each swatch says its role (data-role) for tests.
 */
import { useShallow } from 'zustand/react/shallow'
import { selectPatternMuscleIds, useAppStore } from '@/state/store'
import { strings } from '@/strings'
import { useDataset } from './DatasetContext'
import { MUSCLE_KEY_COLORS, PAIN_MARK_COLOR, PATTERN_PALETTE, patternColor } from './palette'
import './compare.css'

type Fill = 'solid' | 'hatched' | 'dotted'

function Swatch({ color, fill = 'solid', role }: { color: string; fill?: Fill; role: string }) {
  const style =
    fill === 'hatched'
      ? {
          background: `repeating-linear-gradient(45deg, ${color} 0 2px, transparent 2px 5px)`,
          borderColor: color,
        }
      : { backgroundColor: color }
  return (
    <span
      className={fill === 'dotted' ? 'swatch swatch-dotted' : 'swatch'}
      style={style}
      data-role={role}
      data-color={color.toLowerCase()}
      aria-hidden="true"
    />
  )
}

/** Solid and hatched in a neutral tone when several patterns are drawn, each in its own colour. */
const NEUTRAL_KIND = '#d9e1e7'

export function Legend() {
  const dataset = useDataset()
  const ids = useAppStore(useShallow(selectPatternMuscleIds))
  const previewing = useAppStore((s) => s.previewMuscleId !== null)
  const painMarked = useAppStore(
    (s) => s.painRegionKeys.length > 0 || s.paint !== null || s.pendingDrawing !== null,
  )
  const conditionId = useAppStore((s) => s.conditionId)
  const condition = conditionId ? dataset.conditionsById.get(conditionId) : undefined
  const selectedId = useAppStore((s) => s.selectedMuscleId)
  const selected = selectedId && ids.includes(selectedId) ? dataset.musclesById.get(selectedId) : undefined
  // With one pattern the kinds show its colour; with several, each muscle's line gives its colour.
  const kindColor = ids.length === 1 ? patternColor(0) : NEUTRAL_KIND
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
          {selected && ids.length === 1 && (
            <p className="legend-muscle-itself">
              <Swatch color={MUSCLE_KEY_COLORS.selected} role="selected-muscle" />
              {t.muscleItself(selected.name)}
            </p>
          )}
          <ul className="legend-kinds">
            <li>
              <Swatch color={kindColor} role="essential" /> {t.essential}
            </li>
            <li>
              <Swatch color={kindColor} fill="hatched" role="spillover" /> {t.spillover}
            </li>
          </ul>
          {(ids.length > 1 || !selected) && (
            <ul className="legend-muscles">
              {ids.map((id, i) => (
                <li key={id}>
                  {/* several patterns: the selected muscle's own colour sits beside its pattern's, on its line */}
                  {id === selected?.id && (
                    <Swatch color={MUSCLE_KEY_COLORS.selected} role="selected-muscle" />
                  )}
                  <Swatch color={patternColor(i)} role={`pattern-${i}`} />
                  {dataset.musclesById.get(id)?.name ?? id}
                  {previewing && <span className="muted"> ({t.preview})</span>}
                </li>
              ))}
            </ul>
          )}
          {ids.length > PATTERN_PALETTE.length && (
            <p className="legend-note">{strings.compare.coloursRepeat}</p>
          )}
        </>
      )}
      {(painMarked || condition) && (
        <ul className="legend-extra">
          {painMarked && (
            <li>
              <Swatch color={PAIN_MARK_COLOR} fill="dotted" role="pain-marked" />
              {t.painMarked}
            </li>
          )}
          {condition && (
            <li>
              <Swatch color={MUSCLE_KEY_COLORS.condition} role="condition-muscle" />
              {t.condition(condition.layName)}
            </li>
          )}
        </ul>
      )}
    </section>
  )
}
