// Injected by src/tools/bench.ts into both the app and the bare page before any of their scripts run
// (context.addInitScript), so both are measured by the same code. Plain browser JS: tsx would rewrite
// functions passed to page.evaluate (esbuild keepNames adds `__name(...)` calls that do not exist in the page).
;(() => {
  const PAINTED_MESSAGE = '__bp:first-frame-painted'
  const LIVE_MESSAGE = '__bp:live-painted'
  const perf = () => window.__perf ?? { frames: 0, frameTimes: [] }
  const bp = {
    /** performance.now() at the first rAF after the first model frame (≈ that frame rasterised). */
    firstFramePainted: undefined,
    /** performance.now() at the first rAF after the 3D view was live (data-scene-ready). */
    livePainted: undefined,
    armed: false,
    /** Last hover sample: t0 = capture-phase pointermove, raf = the next rAF callbacks after it. */
    hover: null,
    frames: () => perf().frames,
    frameTimesSince: (t) => perf().frameTimes.filter((x) => x >= t),
    now: () => performance.now(),
    /** Resolves once no frame has been drawn for `quietMs` (or after `timeoutMs`). */
    settle(quietMs, timeoutMs) {
      return new Promise((resolve) => {
        const start = performance.now()
        let last = perf().frames
        let changedAt = start
        const timer = setInterval(() => {
          const now = performance.now()
          if (perf().frames !== last) {
            last = perf().frames
            changedAt = now
          } else if (now - changedAt >= quietMs || now - start >= timeoutMs) {
            clearInterval(timer)
            resolve({ quiet: now - changedAt >= quietMs, waited: now - start })
          }
        }, 50)
      })
    },
    /** Frames drawn during `ms` of doing nothing. */
    countFrames(ms) {
      const before = perf().frames
      return new Promise((resolve) => setTimeout(() => resolve(perf().frames - before), ms))
    },
    armHover() {
      bp.hover = null
      bp.armed = true
    },
    /** Once the hover's frame has been drawn: { t0, frame, nextRaf } in page time, else null. */
    hoverResult() {
      const h = bp.hover
      if (!h || h.raf.length < 2) return null
      const frame = perf().frameTimes.find((t) => t >= h.t0)
      if (frame === undefined) return null
      const nextRaf = h.raf.find((t) => t > frame)
      return nextRaf === undefined ? null : { t0: h.t0, frame, nextRaf }
    },
  }
  window.__bp = bp

  document.addEventListener(
    'pointermove',
    () => {
      if (!bp.armed) return
      bp.armed = false
      const h = { t0: performance.now(), raf: [] }
      bp.hover = h
      const tick = () => {
        h.raf.push(performance.now())
        if (h.raf.length < 6) requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    },
    { capture: true },
  )

  // The bench waits for these messages rather than polling the page: Playwright's polling would run its own
  // injected script in the page while the first frame is still being prepared.
  const watch = () => {
    const d = document.body.dataset
    const stamp = () => {
      // data-body-drawn: the body's first frame (data-scene-ready on a page that marks nothing earlier)
      if (bp.firstFramePainted === undefined && (d.bodyDrawn === 'true' || d.sceneReady === 'true')) {
        bp.firstFramePainted = null
        requestAnimationFrame(() => {
          bp.firstFramePainted = performance.now()
          console.debug(PAINTED_MESSAGE)
        })
      }
      // data-scene-ready: the page's 3D view is live (controls, picking); the next animation frame is the first
      // the page can answer input in.
      if (bp.livePainted === undefined && d.sceneReady === 'true') {
        bp.livePainted = null
        requestAnimationFrame(() => {
          bp.livePainted = performance.now()
          console.debug(LIVE_MESSAGE)
        })
      }
      return bp.livePainted !== undefined
    }
    if (stamp()) return
    const mo = new MutationObserver(() => stamp() && mo.disconnect())
    mo.observe(document.body, { attributes: true, attributeFilter: ['data-body-drawn', 'data-scene-ready'] })
  }
  if (document.body) watch()
  else document.addEventListener('DOMContentLoaded', watch)
})()
