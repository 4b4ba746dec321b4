/** The open chairside dialog (handout or explainer): loaded on first open so the first load stays small. */
import type { ChairsideDialog } from '@/state/chairsideSlice'
import { Explainer } from './Explainer'
import { Handout } from './Handout'

export function ChairsideDialogs({
  dialog,
  onClose,
  onSavePicture,
}: {
  dialog: ChairsideDialog
  onClose: () => void
  onSavePicture: () => void
}) {
  return dialog === 'handout' ? (
    <Handout onClose={onClose} onSavePicture={onSavePicture} />
  ) : (
    <Explainer onClose={onClose} />
  )
}
