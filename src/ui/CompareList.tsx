/**
 * The muscles kept on the body for comparison (besides the selected one), each removable, plus "Stop comparing";
 * and the comparison in words: where each pattern reaches, with the same colours as the key, and the areas more
 * than one pattern covers. Words carry the comparison for colour-blind readers, greyscale print and screen readers.
 */
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { comparePatterns } from '@/domain/comparePatterns'
import { useView } from '@/state/store'
import { strings } from '@/i18n'
import { regionKeyLabel, regionKeysInWords } from '@/i18n/regionLabel'
import { useDataset } from './DatasetContext'
import { PATTERN_PALETTE, patternColor } from '@/look/palette'
import './compare.css'

export function CompareList({ exceptId }: { exceptId: string }) {
  const dataset = useDataset()
  const ids = useView(useShallow((s) => s.overlayMuscleIds.filter((id) => id !== exceptId)))
  const toggleOverlay = useView((s) => s.toggleOverlay)
  const clearOverlays = useView((s) => s.clearOverlays)
  const selectedId = useView((s) => s.selectedMuscleId)
  const t = strings.ui.muscle
  // Colours follow the key: the selected muscle first, then the compared ones in order.
  const drawn = useMemo(
    () => [...new Set([...(selectedId ? [selectedId] : []), exceptId, ...ids])],
    [selectedId, exceptId, ids],
  )
  if (!ids.length) return null
  const name = (id: string) => dataset.musclesById.get(id)?.name ?? id
  return (
    <div className="compare-list">
      <h3 id="compare-heading">{t.comparing}</h3>
      <ul aria-labelledby="compare-heading" className="chip-list">
        {ids.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="chip"
              aria-label={t.removeCompare(name(id))}
              onClick={() => toggleOverlay(id)}
            >
              <span
                className="swatch compare-chip-swatch"
                style={{ backgroundColor: patternColor(drawn.indexOf(id)) }}
                aria-hidden="true"
              />
              {name(id)} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={clearOverlays}>
        {t.clearCompare}
      </button>
      <CompareInWords ids={drawn} />
    </div>
  )
}

function CompareInWords({ ids }: { ids: readonly string[] }) {
  const dataset = useDataset()
  const t = strings.compare
  const { rows, shared } = useMemo(() => comparePatterns(dataset, ids), [dataset, ids])
  const name = (id: string) => dataset.musclesById.get(id)?.name ?? id
  const areas = (list: readonly string[]) => (list.length ? regionKeysInWords(dataset, list) : t.nothing)
  return (
    <section className="compare-words" aria-labelledby="compare-words-heading">
      <h4 id="compare-words-heading">{t.heading}</h4>
      <p className="compare-intro">{t.intro}</p>
      <ol className="compare-rows">
        {rows.map((row) => {
          const i = ids.indexOf(row.muscleId)
          return (
            <li key={row.muscleId} className="compare-row">
              <p className="compare-row-name">
                <span
                  className="swatch compare-swatch"
                  style={{ backgroundColor: patternColor(i) }}
                  aria-hidden="true"
                />
                <strong>{name(row.muscleId)}</strong>
              </p>
              <p>
                <span className="compare-label">{t.main}:</span> {areas(row.essential)}
              </p>
              <p>
                <span className="compare-label">{t.spreads}:</span> {areas(row.spillover)}
              </p>
            </li>
          )
        })}
      </ol>
      {ids.length > PATTERN_PALETTE.length && <p className="compare-note">{t.coloursRepeat}</p>}
      {shared.length > 0 && (
        <>
          <h4 id="compare-shared-heading">{t.sharedHeading}</h4>
          <p className="compare-note">{t.sharedHint}</p>
          <ul aria-labelledby="compare-shared-heading" className="compare-shared">
            {shared.map((area) => (
              <li key={area.regionId}>
                {t.sharedItem(
                  regionKeyLabel(dataset, area.regionId),
                  strings.list(area.muscles.map((m) => `${name(m.muscleId)} (${t.level[m.level]})`)),
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
