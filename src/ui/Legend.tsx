/**
 * The key to what the body shows, in the colours the body uses (look/palette.ts): the selected muscle's own colour,
 * solid = main pain area, hatched = spillover, one pattern colour per drawn muscle; plus the marked painful areas
 * and the muscles of the open condition when those are drawn (keyEntries.ts, shared with the saved picture's key).
 * Each swatch says its role (data-role) for tests.
 */
import { useShallow } from 'zustand/react/shallow'
import { useView } from '@/state/store'
import { selectPatternMuscleIds } from '@/state/patterns'
import { strings } from '@/i18n'
import { useDataset } from './DatasetContext'
import type { KeyEntry } from './keyEntries'
import { keyContent } from './keyEntries'
import { MUSCLE_KEY_COLORS, PATTERN_PALETTE } from '@/look/palette'
import './compare.css'

function Swatch({ entry }: { entry: KeyEntry }) {
  const { color, fill } = entry
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
      data-role={entry.role}
      data-color={color.toLowerCase()}
      aria-hidden="true"
    />
  )
}

export function Legend() {
  const dataset = useDataset()
  const ids = useView(useShallow(selectPatternMuscleIds))
  const previewing = useView((s) => s.previewMuscleId !== null)
  const painMarked = useView(
    (s) => s.painRegionKeys.length > 0 || s.paint !== null || s.pendingDrawing !== null,
  )
  const conditionId = useView((s) => s.conditionId)
  const selectedMuscleId = useView((s) => s.selectedMuscleId)
  const key = keyContent(dataset, { patternIds: ids, selectedMuscleId, previewing, painMarked, conditionId })
  const selectedEntry = key.itself ?? null
  const t = strings.ui.legend
  const empty = ids.length === 0 && !key.extra.length
  return (
    // Focusable: on phones a long key (many muscles compared) scrolls, and keyboard users must be able to scroll it.
    <section aria-labelledby="legend-heading" className="legend" tabIndex={empty ? undefined : 0}>
      <h2 id="legend-heading" className="legend-heading">
        {t.heading}
      </h2>
      {empty && <p className="legend-empty">{t.nothing}</p>}
      {selectedEntry && (
        <p className="legend-muscle-itself">
          <Swatch entry={selectedEntry} />
          {selectedEntry.label}
        </p>
      )}
      {key.kinds.length > 0 && (
        <ul className="legend-kinds">
          {key.kinds.map((entry) => (
            <li key={entry.role}>
              <Swatch entry={entry} /> {entry.label}
            </li>
          ))}
        </ul>
      )}
      {key.muscles.length > 0 && (
        <ul className="legend-muscles">
          {key.muscles.map((entry, i) => (
            <li key={entry.role}>
              {/* several patterns: the selected muscle's own colour sits beside its pattern's, on its line */}
              {ids[i] === selectedMuscleId && (
                <Swatch entry={{ ...entry, role: 'selected-muscle', color: MUSCLE_KEY_COLORS.selected }} />
              )}
              <Swatch entry={entry} />
              {entry.label}
              {entry.note && <span className="muted"> ({entry.note})</span>}
            </li>
          ))}
        </ul>
      )}
      {ids.length > PATTERN_PALETTE.length && <p className="legend-note">{strings.compare.coloursRepeat}</p>}
      {key.extra.length > 0 && (
        <ul className="legend-extra">
          {key.extra.map((entry) => (
            <li key={entry.role}>
              <Swatch entry={entry} />
              {entry.label}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
