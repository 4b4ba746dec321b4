/** Which muscles' referral patterns are drawn: a pure selector, kept apart from the store so the start-up frame
 * (scene/bootScene.ts) can use the appearance rules without loading the store. */
import type { AppState } from './types'

type PatternState = Pick<AppState, 'previewMuscleId' | 'selectedMuscleId' | 'overlayMuscleIds'> &
  Partial<Pick<AppState, 'quizPattern'>>

/**
 * Muscles whose patterns are drawn on the skin: the preview, else selected + overlays (no duplicates). None while
 * a quiz draws its own pattern (quizPattern).
 */
export function selectPatternMuscleIds(s: PatternState): string[] {
  if (s.quizPattern) return []
  if (s.previewMuscleId) return [s.previewMuscleId]
  const ids = s.selectedMuscleId ? [s.selectedMuscleId, ...s.overlayMuscleIds] : [...s.overlayMuscleIds]
  return [...new Set(ids)]
}
