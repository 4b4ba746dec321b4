/** Camera presets (Front / Back / Left side / Right side) and "Focus on selection". */
import { useAppStore } from '@/state/store'
import type { CameraPreset } from '@/state/viewState'
import { CAMERA_PRESETS } from '@/state/viewState'
import { strings } from '@/i18n'

export function ViewControls() {
  const camera = useAppStore((s) => s.camera)
  // After a drag by hand the body is seen from wherever the person left it: no button is the current view.
  const moved = useAppStore((s) => s.cameraMoved)
  const hasSelection = useAppStore((s) => s.selectedMuscleId !== null)
  const setCamera = useAppStore((s) => s.setCamera)
  const requestCamera = useAppStore((s) => s.requestCamera)
  const focusSelection = useAppStore((s) => s.focusSelection)
  const t = strings.ui.view
  const go = (preset: CameraPreset) => {
    setCamera(preset)
    requestCamera()
  }
  return (
    <div role="group" aria-label={t.heading} className="view-controls">
      {CAMERA_PRESETS.map((p) => (
        <button key={p} type="button" aria-pressed={camera === p && !moved} onClick={() => go(p)}>
          {t[p]}
        </button>
      ))}
      <button type="button" className="focus-selection" disabled={!hasSelection} onClick={focusSelection}>
        {t.focus}
      </button>
    </div>
  )
}
