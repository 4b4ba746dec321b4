/**
 * Frame counts for tests and the benchmark (`window.__perf`), kept by whichever draws the body: the start-up
 * frame (bootFrame.ts) or the 3D view (SceneProbe.tsx). The first frame of the body also marks the page with
 * `data-body-drawn` on <body>; the 3D view's own first frame sets `data-scene-ready` (SceneProbe).
 */
export interface Perf {
  /** performance.now() when the body's first frame was drawn. */
  firstFrameAt?: number
  frames: number
  frameTimes: number[]
}

declare global {
  interface Window {
    __perf?: Perf
  }
}

const perf: Perf = (window.__perf ??= { frames: 0, frameTimes: [] })

/** Counts one frame of the body, drawn now (called just before it is rendered). */
export function countFrame(now = performance.now()): void {
  if (perf.firstFrameAt === undefined) {
    perf.firstFrameAt = now
    document.body.dataset.bodyDrawn = 'true'
  }
  perf.frames++
  perf.frameTimes.push(now)
  if (perf.frameTimes.length > 600) perf.frameTimes.shift()
}
