/** A visually hidden live region that tells screen-reader users what the body view now shows. */
import { useView } from '@/state/store'
import { strings } from '@/i18n'
import { useDataset } from './DatasetContext'

export function SelectionStatus() {
  const dataset = useDataset()
  const selectedId = useView((s) => s.selectedMuscleId)
  const side = useView((s) => s.side)
  const overlays = useView((s) => s.overlayMuscleIds.join(','))
  const previewId = useView((s) => s.previewMuscleId)
  const painCount = useView((s) => s.painRegionKeys.length)
  const hidden = useView((s) => s.quizHidesNames)
  const t = strings.ui.status
  const name = (id: string) => dataset.musclesById.get(id)?.name ?? id
  const parts: string[] = []
  if (hidden) parts.push(strings.quizUi.statusHidden)
  else if (previewId) parts.push(t.preview(name(previewId)))
  else if (selectedId) parts.push(t.selected(name(selectedId), t.sides[side]))
  else parts.push(t.nothing)
  const compared = overlays ? overlays.split(',').filter((id) => id !== selectedId) : []
  if (compared.length && !hidden) parts.push(t.comparing(compared.map(name).join(', ')))
  if (painCount) parts.push(t.pain(painCount))
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="selection-status">
      {parts.join(' ')}
    </p>
  )
}
