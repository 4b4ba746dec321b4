/**
 * Test hooks: the one module that puts anything on `window` for tests and the benchmark, and only under browser
 * automation (`navigator.webdriver`, which Playwright, WebDriver and puppeteer set and a person's browser does
 * not). The e2e suite, the cross-engine suite and `npm run bench` all run under automation and find them:
 * - `window.__perf`: the frames drawn of the body (kept by whichever draws it: the start-up frame, bootFrame.ts,
 *   or the 3D view, scene/DrawOnDemand.tsx);
 * - `window.__bodymap`: the scene's probe (screen points of anatomy, colours, render counts; scene/SceneProbe.tsx);
 * - `window.__bench`: the benchmark's deterministic orbit (scene/benchHooks.ts).
 * The page markers on <body> are for everyone (they cost nothing): `data-boot-frame="drawn"` (the start-up frame),
 * `data-body-drawn` (the body's first frame, whoever drew it) and `data-scene-ready` (the 3D view is live).
 */

/** Frame counts for tests and the benchmark. */
export interface Perf {
  /** performance.now() when the body's first frame was drawn. */
  firstFrameAt?: number
  frames: number
  frameTimes: number[]
}

/** The hooks' names; each hook declares its type on `Window` where it is made. */
export type TestHookName = '__perf' | '__bodymap' | '__bench'

declare global {
  interface Window {
    __perf?: Perf
  }
}

/** Is this page driven by browser automation (tests, the benchmark)? */
export function underAutomation(): boolean {
  return typeof navigator !== 'undefined' && navigator.webdriver === true
}

/** Puts `value` on `window[name]` under automation only; returns the uninstall function. */
export function installTestHook<K extends TestHookName>(name: K, value: NonNullable<Window[K]>): () => void {
  if (!underAutomation()) return () => undefined
  const hooks = window as unknown as Partial<Record<TestHookName, unknown>>
  hooks[name] = value
  return () => {
    if (hooks[name] === value) delete hooks[name]
  }
}

let perf: Perf | null | undefined
let drawn = false

/** Counts one frame of the body, drawn now (called just before it is rendered); marks the page at the first. */
export function countFrame(now = performance.now()): void {
  if (!drawn) {
    drawn = true
    document.body.dataset.bodyDrawn = 'true'
  }
  if (perf === undefined) {
    perf = underAutomation() ? { frames: 0, frameTimes: [] } : null
    if (perf) installTestHook('__perf', perf)
  }
  if (!perf) return
  perf.firstFrameAt ??= now
  perf.frames++
  perf.frameTimes.push(now)
  if (perf.frameTimes.length > 600) perf.frameTimes.shift()
}
