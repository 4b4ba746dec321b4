/**
 * Test hook for `npm run bench` (src/tools/bench.ts): `window.__bench.orbit(frames, step)` turns the camera about
 * its target by `step` radians per frame for `frames` frames, a deterministic orbit (pointer drags are noisy).
 * Installed only under browser automation, as every test hook (boot/testHooks.ts).
 *
 * Wiring (CameraRig): `useEffect(() => (ref.current ? installBenchHooks(ref.current, invalidate) : undefined),
 * [invalidate])`.
 */
import { installTestHook } from '@/boot/testHooks'

/** The part of camera-controls this hook uses. */
interface Rotatable {
  rotate(azimuthAngle: number, polarAngle: number, enableTransition?: boolean): Promise<void>
}

export interface BenchHooks {
  orbit(frames: number, step: number): Promise<void>
}

declare global {
  interface Window {
    __bench?: BenchHooks
  }
}

/** Installs `window.__bench`; returns the uninstall function. */
export function installBenchHooks(cc: Rotatable, invalidate: () => void): () => void {
  const hooks: BenchHooks = {
    orbit(frames, step) {
      return new Promise((resolve) => {
        let left = frames
        const tick = () => {
          if (left-- <= 0) return resolve()
          void cc.rotate(step, 0, false)
          invalidate()
          requestAnimationFrame(tick)
        }
        tick()
      })
    },
  }
  return installTestHook('__bench', hooks)
}
