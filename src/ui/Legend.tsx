/** The key to what the body shows: solid = main pain area, hatched = spillover, one colour per drawn muscle. */
import { useShallow } from 'zustand/react/shallow'
import { selectPatternMuscleIds, useAppStore } from '@/state/store'
import { strings } from '@/strings'
import { useDataset } from './DatasetContext'
import { patternColor } from './palette'

export function Legend() {
  const dataset = useDataset()
  const ids = useAppStore(useShallow(selectPatternMuscleIds))
  const previewing = useAppStore((s) => s.previewMuscleId !== null)
  const t = strings.ui.legend
  return (
    <section aria-labelledby="legend-heading" className="legend">
      <h2 id="legend-heading" className="legend-heading">
        {t.heading}
      </h2>
      {ids.length === 0 ? (
        <p className="legend-empty">{t.nothing}</p>
      ) : (
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
                <span className="swatch" style={{ background: patternColor(i) }} aria-hidden="true" />
                {dataset.musclesById.get(id)?.name ?? id}
                {previewing && <span className="muted"> ({t.preview})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
