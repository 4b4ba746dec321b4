/** A visually hidden live region that tells screen-reader users what the body view now shows. */
import { useAppStore } from '@/state/store'
import { strings } from '@/i18n'
import { useDataset } from './DatasetContext'

export function SelectionStatus() {
  const dataset = useDataset()
  const selectedId = useAppStore((s) => s.selectedMuscleId)
  const side = useAppStore((s) => s.side)
  const overlays = useAppStore((s) => s.overlayMuscleIds.join(','))
  const previewId = useAppStore((s) => s.previewMuscleId)
  const painCount = useAppStore((s) => s.painRegionKeys.length)
  const hidden = useAppStore((s) => s.quizHidesNames)
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
