/**
 * Outside the Explore tab, a one-line reminder of the selected muscle (e.g. picked on the body) with a button
 * to its details, so a 3D pick is never a dead end in the DOM.
 */
import { useView } from '@/state/store'
import { strings } from '@/i18n'
import { useDataset } from './DatasetContext'

export function SelectionBar() {
  const dataset = useDataset()
  const tab = useView((s) => s.tab)
  const selectedId = useView((s) => s.selectedMuscleId)
  const setTab = useView((s) => s.setTab)
  const hidden = useView((s) => s.quizHidesNames)
  const muscle = selectedId ? dataset.musclesById.get(selectedId) : undefined
  if (!muscle || tab === 'explore' || hidden) return null
  return (
    <div className="selection-bar">
      <span>{strings.ui.selectedBar(muscle.name)}</span>
      <button type="button" className="link-button" onClick={() => setTab('explore')}>
        {strings.ui.showDetails}
      </button>
    </div>
  )
}
