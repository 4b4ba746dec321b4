/** The muscles kept on the body for comparison (besides the selected one), each removable, plus "Stop comparing". */
import { useShallow } from 'zustand/react/shallow'
import { useAppStore } from '@/state/store'
import { strings } from '@/strings'
import { useDataset } from './DatasetContext'

export function CompareList({ exceptId }: { exceptId: string }) {
  const dataset = useDataset()
  const ids = useAppStore(useShallow((s) => s.overlayMuscleIds.filter((id) => id !== exceptId)))
  const toggleOverlay = useAppStore((s) => s.toggleOverlay)
  const clearOverlays = useAppStore((s) => s.clearOverlays)
  const t = strings.ui.muscle
  if (!ids.length) return null
  return (
    <div className="compare-list">
      <h3 id="compare-heading">{t.comparing}</h3>
      <ul aria-labelledby="compare-heading" className="chip-list">
        {ids.map((id) => {
          const name = dataset.musclesById.get(id)?.name ?? id
          return (
            <li key={id}>
              <button
                type="button"
                className="chip"
                aria-label={t.removeCompare(name)}
                onClick={() => toggleOverlay(id)}
              >
                {name} <span aria-hidden="true">×</span>
              </button>
            </li>
          )
        })}
      </ul>
      <button type="button" className="link-button" onClick={clearOverlays}>
        {t.clearCompare}
      </button>
    </div>
  )
}
