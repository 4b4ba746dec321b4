/**
 * Test hook for `npm run bench` (scripts/bench.ts): `window.__bench.orbit(frames, step)` turns the camera about
 * its target by `step` radians per frame for `frames` frames, a deterministic orbit (pointer drags are noisy).
 * Installed only under browser automation (`navigator.webdriver`), so it does nothing for real users.
 *
 * Wiring (CameraRig): `useEffect(() => (ref.current ? installBenchHooks(ref.current, invalidate) : undefined),
 * [invalidate])`.
 */

/** The part of camera-controls this hook uses. */
interface Rotatable {
  rotate(azimuthAngle: number, polarAngle: number, enableTransition?: boolean): Promise<void>
}

export interface BenchHooks {
  orbit(frames: number, step: number): Promise<void>
}

/** Installs `window.__bench`; returns the uninstall function. */
export function installBenchHooks(cc: Rotatable, invalidate: () => void): () => void {
  if (typeof navigator === 'undefined' || !navigator.webdriver) return () => undefined
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
  const w = window as unknown as { __bench?: BenchHooks }
  w.__bench = hooks
  return () => {
    if (w.__bench === hooks) delete w.__bench
  }
}
