/** Side (Left / Right / Both), Compare and Focus controls for the selected muscle. */
import type { Muscle } from '@/data/schema'
import { useAppStore } from '@/state/store'
import type { Side } from '@/state/viewState'
import { strings } from '@/i18n'

const SIDES: readonly Side[] = ['left', 'right', 'both']

export function MuscleActions({ muscle }: { muscle: Muscle }) {
  const side = useAppStore((s) => s.side)
  const setSide = useAppStore((s) => s.setSide)
  const comparing = useAppStore((s) => s.overlayMuscleIds.includes(muscle.id))
  const toggleOverlay = useAppStore((s) => s.toggleOverlay)
  const focusSelection = useAppStore((s) => s.focusSelection)
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
      <button type="button" onClick={focusSelection}>
        {t.focus}
      </button>
    </div>
  )
}
