/** Side (Left / Right / Both), Compare and Focus controls for the selected muscle. */
import type { Muscle } from '@/data/schema'
import { camera } from '@/state/intents'
import { useView } from '@/state/store'
import type { Side } from '@/state/viewState'
import { strings } from '@/i18n'

const SIDES: readonly Side[] = ['left', 'right', 'both']

export function MuscleActions({ muscle }: { muscle: Muscle }) {
  const side = useView((s) => s.side)
  const setSide = useView((s) => s.setSide)
  const comparing = useView((s) => s.overlayMuscleIds.includes(muscle.id))
  const toggleOverlay = useView((s) => s.toggleOverlay)
  const t = strings.ui.muscle
  return (
    <div className="muscle-actions">
      {muscle.laterality === 'bilateral' && (
        <div role="group" aria-label={t.side} className="segmented">
          {SIDES.map((s) => (
            <button key={s} type="button" aria-pressed={side === s} onClick={() => setSide(s)}>
              {t.sides[s]}
            </button>
          ))}
        </div>
      )}
      <button
        type="button"
        className="toggle"
        aria-pressed={comparing}
        title={t.compareHint}
        onClick={() => toggleOverlay(muscle.id)}
      >
        {t.compare}
      </button>
      <button type="button" onClick={() => camera.focusSelection()}>
        {t.focus}
      </button>
    </div>
  )
}
