/**
 * Keeps a camera preset for a moment after a tour changes the view. The 3D view turns towards a newly selected
 * muscle when it faces away (CameraRig); in a tour the author's camera wins, so such a turn is put back at once.
 */
import { useAppStore } from '@/state/store'
import type { CameraPreset } from '@/state/viewState'

const HOLD_MS = 600
let release: (() => void) | null = null

/** Stops holding (before the tour itself moves the camera). */
export function releaseCamera(): void {
  release?.()
}

export function holdCamera(preset: CameraPreset): void {
  release?.()
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.camera !== preset && prev.camera === preset) {
      stop()
      s.setCamera(preset)
      useAppStore.getState().requestCamera()
    }
  })
  const timer = setTimeout(() => stop(), HOLD_MS)
  function stop() {
    clearTimeout(timer)
    unsubscribe()
    if (release === stop) release = null
  }
  release = stop
}
