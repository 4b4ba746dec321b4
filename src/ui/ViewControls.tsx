/** Camera presets (Front / Back / Left side / Right side) and "Focus on selection". */
import { camera as cameraIntents } from '@/state/intents'
import { useView } from '@/state/store'
import type { CameraPreset } from '@/state/viewState'
import { CAMERA_PRESETS } from '@/state/viewState'
import { strings } from '@/i18n'

export function ViewControls() {
  const camera = useView((s) => s.camera)
  // After a drag by hand the body is seen from wherever the person left it: no button is the current view.
  const moved = useView((s) => s.handAzimuth !== null)
  const hasSelection = useView((s) => s.selectedMuscleId !== null)
  const t = strings.ui.view
  const go = (preset: CameraPreset) => cameraIntents.showPreset(preset)
  return (
    <div role="group" aria-label={t.heading} className="view-controls">
      {CAMERA_PRESETS.map((p) => (
        <button key={p} type="button" aria-pressed={camera === p && !moved} onClick={() => go(p)}>
          {t[p]}
        </button>
      ))}
      <button
        type="button"
        className="focus-selection"
        disabled={!hasSelection}
        onClick={() => cameraIntents.focusSelection()}
      >
        {t.focus}
      </button>
    </div>
  )
}
