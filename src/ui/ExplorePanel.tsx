/** The Explore tab: the selected muscle's details, or the list of every muscle when nothing is selected. */
import { useView } from '@/state/store'
import { useDataset } from './DatasetContext'
import { MuscleList } from './MuscleList'
import { MusclePanel } from './MusclePanel'

export function ExplorePanel() {
  const dataset = useDataset()
  const selectedId = useView((s) => s.selectedMuscleId)
  const muscle = selectedId ? dataset.musclesById.get(selectedId) : undefined
  return muscle ? <MusclePanel key={muscle.id} muscle={muscle} /> : <MuscleList />
}
