/**
 * The cross-engine smoke suite: what a physiotherapist's iPad (WebKit), a clinic PC (Firefox, Chromium) must do
 * right after load. Each check opens its own page; every check also fails on a page error, a console error, a CSP
 * violation or a file the page could not load (server.ts's capture script).
 */
import { PATTERN_PALETTE } from '../../src/look/palette'
import type { EngineDriver, Viewport } from './drivers'
import { bodyShare, hueShare } from './pixels'
import type { Rect } from './pixels'

export interface SmokeContext {
  /** The app's URL (ending in its base path, e.g. http://127.0.0.1:5000/ or …/tpmap/). */
  app: string
  /** The same build under a sub-path, and the paths its server answered 404. */
  subApp: string
  subMissing: () => string[]
  /** The same build served by nginx with the README's example config (its headers, CSP included). */
  hosted: string
  /** A page on another origin that embeds two views of the map side by side (articlePage). */
  article: string
}

export interface Check {
  name: string
  run(driver: EngineDriver, ctx: SmokeContext): Promise<void>
}

const DESKTOP: Viewport = { width: 1280, height: 800 }
/** Share of the stage's middle that the body covers in a whole-body view (about 0.15–0.25 when drawn). */
const BODY_SEEN = 0.05

export function assert(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message)
}

async function until<T>(what: string, probe: () => Promise<T>, timeoutMs = 60_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await probe().catch(() => null)
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** Opens a view and waits until the 3D view is live and the page has painted since. */
async function openView(d: EngineDriver, url: string, viewport = DESKTOP) {
  await d.open(url, viewport)
  await until('the 3D view', () => d.run<boolean>('return document.body.dataset.sceneReady === "true"'))
  // Two frames for the moved canvas to show its picture again (boot/moveCanvas.ts), then a moment to paint.
  await new Promise((r) => setTimeout(r, 1000))
}

/** The middle of the stage (the view buttons above and the key below left out). */
async function stageMiddle(d: EngineDriver): Promise<Rect> {
  const r = await d.run<Rect>(`const r = document.querySelector('.body-view').getBoundingClientRect()
    return { x: r.x + r.width * 0.25, y: r.y + r.height * 0.15, width: r.width * 0.5, height: r.height * 0.7 }`)
  return r
}

async function expectBodyShown(d: EngineDriver, what: string) {
  const share = bodyShare(await d.screenshot(), await stageMiddle(d))
  assert(share > BODY_SEEN, `${what}: the stage shows no body (body pixels ${(share * 100).toFixed(1)} %)`)
  return share
}

async function expectNoErrors(d: EngineDriver) {
  const errors = await d.run<string[]>(
    'return (window.__engineLog && window.__engineLog.errors) || ["no capture"]',
  )
  assert(errors.length === 0, `page errors: ${errors.join(' | ')}`)
}

async function modelDownloads(d: EngineDriver) {
  return d.run<number>(
    `return performance.getEntriesByType('resource').filter((e) => /\\/body-[^/]*\\.glb$/.test(e.name)).length`,
  )
}

export const CHECKS: Check[] = [
  {
    name: 'the body is on screen right after load at /, and the model is fetched once',
    async run(d, { app }) {
      await openView(d, app)
      await expectBodyShown(d, '/')
      const downloads = await modelDownloads(d)
      assert(downloads === 1, `the model was requested ${downloads} times`)
      const boot = await d.run<string | undefined>('return document.body.dataset.bootFrame')
      assert(boot === 'drawn', `the start-up frame was not drawn first (data-boot-frame=${boot})`)
      await expectNoErrors(d)
    },
  },
  {
    name: 'the body is on screen right after load at #view=back',
    async run(d, { app }) {
      await openView(d, `${app}#view=back`)
      await expectBodyShown(d, '#view=back')
      assert((await modelDownloads(d)) === 1, 'the model was requested more than once')
      await expectNoErrors(d)
    },
  },
  {
    name: "a muscle link shows the body with the muscle's pattern painted",
    async run(d, { app }) {
      await openView(d, `${app}#m=upper-trapezius`)
      const png = await d.screenshot()
      const rect = await stageMiddle(d)
      const body = bodyShare(png, rect)
      assert(body > BODY_SEEN, `the stage shows no body (${(body * 100).toFixed(1)} %)`)
      const pattern = hueShare(png, rect, PATTERN_PALETTE[0])
      assert(pattern > 0.001, `no referral pattern painted (${(pattern * 100).toFixed(2)} % of the stage)`)
      await expectNoErrors(d)
    },
  },
  {
    name: 'search finds "tennis elbow"',
    async run(d, { app }) {
      await openView(d, app)
      await d.run(`const input = document.querySelector('.search-input')
        input.focus()
        const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
        set.call(input, 'tennis elbow')
        input.dispatchEvent(new Event('input', { bubbles: true }))`)
      const labels = await until('search results', () =>
        d.run<
          string[]
        >(`const l = [...document.querySelectorAll('.search-option-label')].map((e) => e.textContent)
          return l.length ? l : null`),
      )
      assert(
        labels.some((l) => /tennis elbow/i.test(l)),
        `no "tennis elbow" among the results: ${labels.join(', ')}`,
      )
      await expectNoErrors(d)
    },
  },
  {
    name: 'a tap on the upper back, seen from behind, selects a trapezius',
    async run(d, { app }) {
      await openView(d, `${app}#view=back`)
      const p = await d.run<{ x: number; y: number } | null>(
        "return window.__bodymap && window.__bodymap.musclePoint('middle-trapezius', 'left')",
      )
      assert(p, 'the upper back is not in view')
      await d.tap(p.x, p.y)
      const heading = await until('the muscle panel', () =>
        d.run<string | null>(
          `const h = document.getElementById('muscle-heading'); return h && h.textContent`,
        ),
      )
      assert(/trapezius|rhomboid/i.test(heading), `the tap opened "${heading}"`)
      await expectNoErrors(d)
    },
  },
  {
    name: 'under a sub-path (/tpmap/) every file is found and the start-up frame is drawn first',
    async run(d, { subApp, subMissing }) {
      await openView(d, subApp)
      await expectBodyShown(d, subApp)
      const boot = await d.run<string | undefined>('return document.body.dataset.bootFrame')
      assert(boot === 'drawn', `the start-up frame was not drawn first (data-boot-frame=${boot})`)
      assert(subMissing().length === 0, `not found: ${subMissing().join(', ')}`)
      await expectNoErrors(d)
    },
  },
  {
    name: "served by nginx with the example config's headers, a muscle link draws body and pattern",
    async run(d, { hosted }) {
      // nginx serves the build untouched (no capture script): the app must show its work instead, the model
      // (meshopt's WebAssembly under the CSP header), the dataset and the muscle's pattern.
      await openView(d, `${hosted}#m=upper-trapezius&view=left`)
      const png = await d.screenshot()
      const rect = await stageMiddle(d)
      assert(bodyShare(png, rect) > BODY_SEEN, 'the stage shows no body')
      assert(hueShare(png, rect, PATTERN_PALETTE[0]) > 0.001, 'no referral pattern painted')
      assert((await modelDownloads(d)) === 1, 'the model was requested more than once')
    },
  },
  {
    name: 'the embedded view (embed.html) shows the body, a caption and a link to the full map',
    async run(d, { app }) {
      await openView(d, `${app}embed.html#m=upper-trapezius&view=left`)
      await expectBodyShown(d, 'embed.html')
      const { caption, href, panels } = await d.run<{ caption: string; href: string; panels: number }>(
        `return { caption: document.querySelector('.embed-text').textContent,
          href: document.querySelector('.embed-open').href,
          panels: document.querySelectorAll('.panel, .app-header').length }`,
      )
      assert(/upper trapezius/i.test(caption), `caption: "${caption}"`)
      assert(href === `${app}#m=upper-trapezius&view=left`, `"Open in the full map" goes to ${href}`)
      assert(panels === 0, 'the embedded view shows panels or the header')
      await expectNoErrors(d)
    },
  },
  {
    name: 'an article on another site embeds two views side by side, and both draw',
    async run(d, { article }) {
      await d.open(article, DESKTOP)
      const frames = await d.run<Rect[]>(
        `return [...document.querySelectorAll('iframe')].map((f) => {
          const r = f.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height } })`,
      )
      assert(frames.length === 2, `the article has ${frames.length} frames`)
      const middle = (r: Rect): Rect => ({
        x: r.x + r.width * 0.25,
        y: r.y + r.height * 0.1,
        width: r.width * 0.5,
        height: r.height * 0.7,
      })
      const shares = await until('both embedded views to draw', async () => {
        const png = await d.screenshot()
        const s = frames.map((f) => bodyShare(png, middle(f)))
        return s.every((x) => x > BODY_SEEN) ? s : null
      })
      assert(shares.length === 2, 'both views drawn')
      await expectNoErrors(d)
    },
  },
]

/** A clinic's article, on another origin, with two views of the map (at `app`) side by side. */
export function articlePage(app: string): string {
  const frame = (hash: string, title: string) =>
    `<iframe src="${app}embed.html${hash}" title="${title}" loading="lazy" width="600" height="420" style="border:0"></iframe>`
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A clinic's article</title></head>
<body style="margin:0;font:16px sans-serif"><h1 style="margin:8px">Neck pain and headaches</h1>
<div style="display:flex;gap:16px;padding:0 8px">${frame('#m=upper-trapezius&view=left', 'Upper trapezius')}${frame('#view=back', 'The back')}</div>
</body></html>`
}
