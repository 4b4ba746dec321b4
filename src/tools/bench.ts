/**
 * `npm run bench`: measures the production app against a bare three.js page (src/tools/bench/bare.ts) that loads
 * the same models/body.glb, in the same run, in headless Chromium (SwiftShader), and prints a table plus
 * PASS/FAIL per target. Figures also go to bench-results.json at the repo root. Exits 0 whatever the figures
 * (it is a report, not a test); non-zero only when the harness itself fails.
 *
 * Method: cold browser per first-frame sample, samples interleaved app/bare, and
 * nothing but the shared probe runs in either page before its first frame is painted (see openAndWait);
 * then warm rounds per page (idle frames, heap after GC, hover latency, orbit frame times). Both pages get the
 * same in-page probe (src/tools/bench/probe.js) and the same canvas size.
 *
 * Env: BENCH_SAMPLES (cold samples per page, default 5), BENCH_ROUNDS (warm rounds per page, default 2),
 * BENCH_ORBIT_FRAMES (default 30), BENCH_HOVERS (hover samples per round, default 6), BENCH_KEEP_BUILD=1
 * (keep .cache/bench-app and .cache/bench-bare, deleted by default), BENCH_SKIP_BUILD=1 (reuse kept builds),
 * BENCH_FORCE_DRAG=1 (orbit by pointer drags even when the app has the programmatic hook).
 */
import { execSync, spawn } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import type { Browser, CDPSession, Page } from '@playwright/test'
import { build, preview } from 'vite'
import type { PreviewServer } from 'vite'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const BENCH_DIR = path.join(ROOT, 'src/tools/bench')
const APP_OUT = '.cache/bench-app'
const BARE_OUT = path.join(ROOT, '.cache/bench-bare')
const RESULTS = path.join(ROOT, 'bench-results.json')
const APP_PORT = 4180
const BARE_PORT = 4181
const VIEWPORT = { width: 1280, height: 800 }
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const envInt = (name: string, fallback: number, min: number) => {
  const n = Number(process.env[name])
  return Number.isFinite(n) && n >= min ? Math.floor(n) : fallback
}
const SAMPLES = envInt('BENCH_SAMPLES', 5, 3)
const ROUNDS = envInt('BENCH_ROUNDS', 2, 1)
const ORBIT_FRAMES = envInt('BENCH_ORBIT_FRAMES', 30, 5)
const HOVERS = envInt('BENCH_HOVERS', 6, 1)
const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === '1'

const TARGETS = { firstFrameRatio: 1.3, orbitP95Ratio: 1.2, idleFrames: 0, appJsBytes: 400_000 }

type Kind = 'app' | 'bare'
interface Point {
  x: number
  y: number
}
interface Rect extends Point {
  width: number
  height: number
}

/** What the pages expose: SceneProbe / bare.ts (`__perf`, `__bodymap`, `__bench`) and probe.js (`__bp`). */
interface PageGlobals {
  __perf?: { firstFrameAt?: number; frames: number; frameTimes: number[] }
  __bodymap?: {
    musclePoint(muscleId: string, side: string): Point | null
    info(): { triangles: number; calls: number; meshes: number }
  }
  __bench?: {
    orbit?(frames: number, step: number): Promise<void>
    hoverTargets?(): { muscleId: string; side: string; x: number; y: number }[]
    musclePoint?(muscleId: string, side: string): Point | null
    hovered?(): string | null
    info?(): { triangles: number; calls: number; meshes: number; bvh: boolean; bvhMs: number }
  }
  __bp: {
    firstFramePainted?: number
    livePainted?: number
    frames(): number
    frameTimesSince(t: number): number[]
    now(): number
    settle(quietMs: number, timeoutMs: number): Promise<{ quiet: boolean; waited: number }>
    countFrames(ms: number): Promise<number>
    armHover(): void
    hoverResult(): { t0: number; frame: number; nextRaf: number } | null
  }
}

interface Bytes {
  jsEncoded: number
  /** JS requested before the first frame was drawn (the rest is loaded lazily after it). */
  jsBeforeFirstFrame: number
  jsDecoded: number
  modelEncoded: number
  modelDecoded: number
  otherEncoded: number
  totalEncoded: number
  requests: number
  external: string[]
  failed: string[]
  files: { url: string; encoded: number; decoded: number; encoding: string }[]
}

interface ColdSample {
  firstFrameAt: number
  /** The first animation frame after the 3D view was live (controls, picking): when it can answer input. */
  livePainted: number
  firstFramePainted: number
  domContentLoaded: number
  fcp: number | null
  canvas: Rect
  bytes: Bytes
}

interface HoverSample {
  target: string
  toFrame: number
  toNextFrame: number
}

interface WarmRound {
  settled: boolean
  idleFrames: number
  heapUsed: number
  info: Record<string, number | boolean>
  hover: HoverSample[]
  hoverMisses: string[]
  orbitMode: 'programmatic' | 'drag'
  orbitDeltas: number[]
}

// ---------------------------------------------------------------------------------------------- helpers

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const log = (msg: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`)

function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b)
  if (!s.length) return NaN
  const pos = (s.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo)
}
const median = (v: number[]) => quantile(v, 0.5)
const summary = (v: number[]) => ({
  median: median(v),
  min: Math.min(...v),
  max: Math.max(...v),
  p95: quantile(v, 0.95),
  n: v.length,
})
const round1 = (n: number) => Math.round(n * 10) / 10

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${out.slice(-3000)}`)),
    )
  })
}

const loadLine = () => {
  const [a = 0, b = 0, c = 0] = loadavg()
  return `${a.toFixed(2)} ${b.toFixed(2)} ${c.toFixed(2)} (${cpus().length} cores)`
}

let executablePath: string | null = null

/** `findChromium()` from the project's chromium.mjs (src/tools/). */
async function resolveChromium(): Promise<string> {
  for (const rel of ['../src/tools/chromium.mjs', './chromium.mjs']) {
    const file = new URL(rel, import.meta.url)
    if (!existsSync(file)) continue
    const mod = (await import(file.href)) as { findChromium(): string | null }
    const found = mod.findChromium()
    if (found) return found
  }
  throw new Error('No Chromium found (set CHROMIUM_PATH or install Debian chromium)')
}

async function launch(): Promise<Browser> {
  executablePath ??= await resolveChromium()
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS })
}

async function openPage(browser: Browser, probe: string): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  await context.addInitScript({ content: probe })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  return { page, cdp }
}

/** Records every request's transferred (encoded) and decoded bytes through CDP Network events. */
async function trackNetwork(cdp: CDPSession, origin: string) {
  interface Req {
    url: string
    type: string
    encoded: number
    decoded: number
    encoding: string
    done: boolean
    failed: boolean
    /** When it was requested, ms since the epoch. */
    wallMs: number
  }
  const reqs = new Map<string, Req>()
  cdp.on('Network.requestWillBeSent', (e) =>
    reqs.set(e.requestId, {
      wallMs: e.wallTime * 1000,
      url: e.request.url,
      type: e.type ?? '',
      encoded: 0,
      decoded: 0,
      encoding: '',
      done: false,
      failed: false,
    }),
  )
  cdp.on('Network.responseReceived', (e) => {
    const r = reqs.get(e.requestId)
    if (!r) return
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]))
    r.encoding = String(h['content-encoding'] ?? 'identity')
  })
  cdp.on('Network.dataReceived', (e) => {
    const r = reqs.get(e.requestId)
    if (r) r.decoded += e.dataLength
  })
  cdp.on('Network.loadingFinished', (e) => {
    const r = reqs.get(e.requestId)
    if (!r) return
    r.encoded = e.encodedDataLength
    r.done = true
  })
  cdp.on('Network.loadingFailed', (e) => {
    const r = reqs.get(e.requestId)
    if (r) r.failed = true
  })
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })

  return (firstFrameWallMs = Infinity): Bytes => {
    const b: Bytes = {
      jsEncoded: 0,
      jsBeforeFirstFrame: 0,
      jsDecoded: 0,
      modelEncoded: 0,
      modelDecoded: 0,
      otherEncoded: 0,
      totalEncoded: 0,
      requests: 0,
      external: [],
      failed: [],
      files: [],
    }
    for (const r of reqs.values()) {
      if (!/^https?:/.test(r.url)) continue
      b.requests++
      if (!r.url.startsWith(origin)) b.external.push(r.url)
      if (r.failed) b.failed.push(r.url)
      const file = new URL(r.url).pathname
      b.files.push({ url: file, encoded: r.encoded, decoded: r.decoded, encoding: r.encoding })
      b.totalEncoded += r.encoded
      if (/\.m?js$/.test(file) || r.type === 'Script') {
        b.jsEncoded += r.encoded
        if (r.wallMs <= firstFrameWallMs) b.jsBeforeFirstFrame += r.encoded
        b.jsDecoded += r.decoded
      } else if (/\.glb$/.test(file)) {
        b.modelEncoded += r.encoded
        b.modelDecoded += r.decoded
      } else b.otherEncoded += r.encoded
    }
    b.files.sort((x, y) => y.encoded - x.encoded)
    return b
  }
}

/** Logged by probe.js once the first frame has been painted (keep the two in step). */
const PAINTED_MESSAGE = '__bp:first-frame-painted'
const LIVE_MESSAGE = '__bp:live-painted'

/**
 * Opens `url` and waits until its first frame is painted, without running anything in the page before then:
 * Playwright's waitForSelector / waitForFunction inject and run its helper script in the page (≈20–30 ms of the
 * main thread), which landed in the app's start-up but in the bare page's idle wait for the model.
 */
async function openAndWait(page: Page, url: string) {
  const heard = (text: string) =>
    page.waitForEvent('console', { predicate: (m) => m.text() === text, timeout: 120_000 })
  const painted = heard(PAINTED_MESSAGE)
  const live = heard(LIVE_MESSAGE)
  await page.goto(url, { waitUntil: 'commit' })
  await painted
  await live
  await waitReady(page)
}

async function waitReady(page: Page) {
  await page.waitForSelector('body[data-scene-ready="true"]', { state: 'attached', timeout: 120_000 })
  await page.waitForFunction(
    () => (window as unknown as PageGlobals).__bp.firstFramePainted !== undefined,
    null,
    {
      timeout: 30_000,
    },
  )
}

const settle = (page: Page, quietMs = 1000, timeoutMs = 20_000) =>
  page.evaluate(([q, t]) => (window as unknown as PageGlobals).__bp.settle(q, t), [
    quietMs,
    timeoutMs,
  ] as const)

async function canvasRect(page: Page): Promise<Rect> {
  return page.evaluate(() => {
    const c = document.querySelector('canvas')
    if (!c) throw new Error('no canvas')
    const r = c.getBoundingClientRect()
    return { x: r.x, y: r.y, width: r.width, height: r.height }
  })
}

// ------------------------------------------------------------------------------------------ measurements

async function coldSample(kind: Kind, url: string, origin: string, probe: string): Promise<ColdSample> {
  const browser = await launch()
  try {
    const { page, cdp } = await openPage(browser, probe)
    const bytesNow = await trackNetwork(cdp, origin)
    await openAndWait(page, url)
    const t = await page.evaluate(() => {
      const w = window as unknown as PageGlobals
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]
      return {
        firstFrameAt: w.__perf?.firstFrameAt ?? NaN,
        livePainted: w.__bp.livePainted ?? NaN,
        firstFrameWallMs: performance.timeOrigin + (w.__perf?.firstFrameAt ?? NaN),
        firstFramePainted: w.__bp.firstFramePainted ?? NaN,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : NaN,
        fcp: fcp ? fcp.startTime : null,
      }
    })
    const canvas = await canvasRect(page)
    if (kind === 'app' && !process.env.BENCH_FORCE_DRAG) {
      const hook = await page.evaluate(
        () => typeof (window as unknown as PageGlobals).__bench?.orbit === 'function',
      )
      orbitMode = hook ? 'programmatic' : 'drag'
    }
    await settle(page, 800, 10_000) // let late requests (lazy chunks) finish before counting bytes
    await sleep(300)
    const { firstFrameWallMs, ...times } = t
    return { ...times, canvas, bytes: bytesNow(firstFrameWallMs) }
  } catch (e) {
    throw new Error(`${kind} cold sample failed: ${(e as Error).message}`)
  } finally {
    await browser.close()
  }
}

interface HoverTarget {
  muscleId: string
  side: string
}

async function hoverSamples(page: Page, kind: Kind, targets: HoverTarget[]) {
  const samples: HoverSample[] = []
  const misses: string[] = []
  const rect = await canvasRect(page)
  const bg = { x: rect.x + 12, y: rect.y + rect.height / 2 }
  for (let i = 0; i < HOVERS && targets.length; i++) {
    const target = targets[i % targets.length]!
    const name = `${target.muscleId}.${target.side}`
    await page.mouse.move(bg.x, bg.y)
    await settle(page, 500, 8000)
    const p = await page.evaluate(
      ([k, id, side]) => {
        const w = window as unknown as PageGlobals
        return k === 'app'
          ? (w.__bodymap?.musclePoint(id, side) ?? null)
          : (w.__bench?.musclePoint?.(id, side) ?? null)
      },
      [kind, target.muscleId, target.side] as const,
    )
    if (!p) {
      misses.push(`${name} (off screen)`)
      continue
    }
    await page.evaluate(() => (window as unknown as PageGlobals).__bp.armHover())
    await page.mouse.move(p.x, p.y)
    try {
      await page.waitForFunction(
        ([k, want]) => {
          const w = window as unknown as PageGlobals
          if (!w.__bp.hoverResult()) return false
          if (k === 'bare') return w.__bench?.hovered?.() === want
          const label = document.querySelector<HTMLElement>('.hover-label')
          return !!label && !label.hidden && !!label.textContent
        },
        [kind, name] as const,
        { timeout: 8000, polling: 50 },
      )
    } catch {
      misses.push(`${name} (no highlight)`)
      continue
    }
    const r = await page.evaluate(() => (window as unknown as PageGlobals).__bp.hoverResult())
    if (r) samples.push({ target: name, toFrame: r.frame - r.t0, toNextFrame: r.nextRaf - r.t0 })
  }
  await page.mouse.move(bg.x, bg.y)
  return { samples, misses }
}

/** Programmatic orbit only when the app exposes `window.__bench.orbit` (src/scene/benchHooks.ts), else drags. */
let orbitMode: WarmRound['orbitMode'] = 'drag'

async function orbit(page: Page): Promise<{ mode: WarmRound['orbitMode']; deltas: number[] }> {
  const rect = await canvasRect(page)
  const mode = orbitMode
  const cx = rect.x + rect.width / 2
  const cy = rect.y + rect.height / 2
  if (mode === 'drag') await page.mouse.move(cx, cy)
  await settle(page, 500, 8000)
  const tStart = await page.evaluate(() => (window as unknown as PageGlobals).__bp.now())
  const want = ORBIT_FRAMES + 1
  if (mode === 'programmatic') {
    // One full turn about the target in `want` frames, one step per frame.
    await page.evaluate(([n, step]) => (window as unknown as PageGlobals).__bench!.orbit!(n, step), [
      want,
      (2 * Math.PI) / want,
    ] as const)
  } else {
    // Horizontal drag, back and forth over ±200 px around the canvas centre, small steps at a steady pace.
    await page.mouse.down()
    const started = Date.now()
    let x = cx
    let dir = 1
    for (let i = 1; ; i++) {
      x += dir * 6
      if (Math.abs(x - cx) >= 200) dir = -dir
      await page.mouse.move(x, cy)
      await sleep(15)
      if (i % 5 !== 0) continue
      const n = await page.evaluate(
        (t) => (window as unknown as PageGlobals).__bp.frameTimesSince(t).length,
        tStart,
      )
      if (n >= want + 1 || Date.now() - started > 150_000) break
    }
    await page.mouse.up()
  }
  await settle(page, 500, 10_000) // the last requested frames (and camera-controls damping) finish
  const times = await page.evaluate((t) => (window as unknown as PageGlobals).__bp.frameTimesSince(t), tStart)
  // In drag mode the first frame after mouse-down follows an idle gap: start from the second frame.
  const frames = mode === 'drag' ? times.slice(1, want + 1) : times.slice(0, want)
  const deltas = frames.slice(1).map((t, i) => t - frames[i]!)
  return { mode, deltas }
}

async function warmRound(kind: Kind, url: string, probe: string, targets: HoverTarget[]) {
  const browser = await launch()
  try {
    const { page, cdp } = await openPage(browser, probe)
    await page.goto(url, { waitUntil: 'load' })
    await waitReady(page)
    const { quiet } = await settle(page, 1000, 20_000)
    const idleFrames = await page.evaluate(() => (window as unknown as PageGlobals).__bp.countFrames(5000))
    await cdp.send('HeapProfiler.enable')
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = await cdp.send('Runtime.getHeapUsage')
    const info = await page.evaluate((k) => {
      const w = window as unknown as PageGlobals
      return (k === 'app' ? w.__bodymap?.info() : w.__bench?.info?.()) ?? {}
    }, kind)
    let found = targets
    if (kind === 'bare' && !targets.length) {
      await page.waitForFunction(() => !!(window as unknown as PageGlobals).__bench?.info?.().bvh)
      found = await page.evaluate(() => (window as unknown as PageGlobals).__bench?.hoverTargets?.() ?? [])
      found = found.map(({ muscleId, side }) => ({ muscleId, side }))
    }
    const hover = await hoverSamples(page, kind, found)
    const orb = await orbit(page)
    const round: WarmRound = {
      settled: quiet,
      idleFrames,
      heapUsed: heap.usedSize,
      info: info as Record<string, number | boolean>,
      hover: hover.samples,
      hoverMisses: hover.misses,
      orbitMode: orb.mode,
      orbitDeltas: orb.deltas,
    }
    return { round, targets: found }
  } catch (e) {
    throw new Error(`${kind} warm round failed: ${(e as Error).message}`)
  } finally {
    await browser.close()
  }
}

// ------------------------------------------------------------------------------------------------ report

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  return rows
    .map((r, i) => {
      const line = r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  ')
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line
    })
    .join('\n')
}

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)}` : 'n/a')
const range = (s: { median: number; min: number; max: number }) =>
  `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? a / b : NaN)
const x = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a')

// -------------------------------------------------------------------------------------------------- main

async function main() {
  const started = Date.now()
  const uptimeStart = execSync('uptime').toString().trim()
  const loadStart = loadLine()
  log(`uptime: ${uptimeStart}`)
  if (!existsSync(path.join(ROOT, 'models/body.glb'))) throw new Error('models/body.glb is missing')
  const probe = readFileSync(path.join(BENCH_DIR, 'probe.js'), 'utf8')

  if (!SKIP_BUILD) {
    log(`building the app (npm run build -- --outDir ${APP_OUT})`)
    await run('npm', ['run', 'build', '--', '--outDir', APP_OUT, '--emptyOutDir'])
    log('building the bare page')
    await build({
      configFile: false,
      root: BENCH_DIR,
      logLevel: 'warn',
      build: {
        outDir: BARE_OUT,
        emptyOutDir: true,
        chunkSizeWarningLimit: 2000,
        rolldownOptions: { input: path.join(BENCH_DIR, 'bare.html') },
      },
    })
  }
  const buildSeconds = (Date.now() - started) / 1000
  // The bare page loads the very GLB the app build emitted (models/body.glb may change between the builds).
  const glb = readdirSync(path.join(ROOT, APP_OUT, 'assets')).find((f) => /^body-.*\.glb$/.test(f))
  if (!glb) throw new Error(`no body-*.glb in ${APP_OUT}/assets`)
  mkdirSync(path.join(BARE_OUT, 'assets'), { recursive: true })
  copyFileSync(path.join(ROOT, APP_OUT, 'assets', glb), path.join(BARE_OUT, 'assets', glb))

  const servers: PreviewServer[] = []
  try {
    servers.push(
      await preview({
        root: ROOT,
        logLevel: 'warn',
        build: { outDir: APP_OUT },
        preview: { port: APP_PORT, strictPort: true, host: '127.0.0.1' },
      }),
    )
    servers.push(
      await preview({
        configFile: false,
        root: BENCH_DIR,
        logLevel: 'warn',
        build: { outDir: BARE_OUT },
        preview: { port: BARE_PORT, strictPort: true, host: '127.0.0.1' },
      }),
    )
    const appOrigin = `http://127.0.0.1:${APP_PORT}`
    const bareOrigin = `http://127.0.0.1:${BARE_PORT}`
    const appUrl = `${appOrigin}/`
    const bareModel = `model=/assets/${glb}`
    let bareUrl = `${bareOrigin}/bare.html?${bareModel}`

    const browser = await launch()
    const chromiumVersion = browser.version()
    await browser.close()

    // Cold first frames, interleaved so both pages see the same background load. The first app sample
    // gives the canvas size the bare page then uses.
    const cold: Record<Kind, ColdSample[]> = { app: [], bare: [] }
    for (let i = 0; i < SAMPLES; i++) {
      const a = await coldSample('app', appUrl, appOrigin, probe)
      cold.app.push(a)
      if (i === 0)
        bareUrl = `${bareOrigin}/bare.html?w=${Math.round(a.canvas.width)}&h=${Math.round(a.canvas.height)}&${bareModel}`
      const b = await coldSample('bare', bareUrl, bareOrigin, probe)
      cold.bare.push(b)
      log(
        `cold ${i + 1}/${SAMPLES}: app ${ms(a.firstFrameAt)} ms, bare ${ms(b.firstFrameAt)} ms  (load ${loadLine()})`,
      )
    }

    // Warm rounds: bare first (it finds muscles a ray actually hits at their centre), then the app.
    const warm: Record<Kind, WarmRound[]> = { app: [], bare: [] }
    let targets: HoverTarget[] = []
    for (let i = 0; i < ROUNDS; i++) {
      const b = await warmRound('bare', bareUrl, probe, targets)
      targets = b.targets
      warm.bare.push(b.round)
      const a = await warmRound('app', appUrl, probe, targets)
      warm.app.push(a.round)
      log(
        `warm ${i + 1}/${ROUNDS}: orbit p95 app ${ms(quantile(a.round.orbitDeltas, 0.95))} ms, ` +
          `bare ${ms(quantile(b.round.orbitDeltas, 0.95))} ms; idle frames app ${a.round.idleFrames}, ` +
          `bare ${b.round.idleFrames}  (load ${loadLine()})`,
      )
    }

    // --------------------------------------------------------------------------------------- figures
    const fig = (k: Kind) => {
      const c = cold[k]
      const w = warm[k]
      const deltas = w.flatMap((r) => r.orbitDeltas)
      const hover = w.flatMap((r) => r.hover)
      return {
        firstFrame: summary(c.map((s) => s.firstFrameAt)),
        firstFramePainted: summary(c.map((s) => s.firstFramePainted)),
        live: summary(c.map((s) => s.livePainted)),
        domContentLoaded: summary(c.map((s) => s.domContentLoaded)),
        fcp: summary(c.map((s) => s.fcp ?? NaN)),
        canvas: c[0]!.canvas,
        orbit: {
          mode: w[0]!.orbitMode,
          frames: deltas.length,
          p50: quantile(deltas, 0.5),
          p95: quantile(deltas, 0.95),
          max: Math.max(...deltas),
          perRoundP95: w.map((r) => quantile(r.orbitDeltas, 0.95)),
        },
        hover: {
          samples: hover.length,
          misses: w.flatMap((r) => r.hoverMisses),
          toFrameP50: quantile(
            hover.map((h) => h.toFrame),
            0.5,
          ),
          toFrameMax: Math.max(...hover.map((h) => h.toFrame)),
          toNextFrameP50: quantile(
            hover.map((h) => h.toNextFrame),
            0.5,
          ),
          toNextFrameMax: Math.max(...hover.map((h) => h.toNextFrame)),
        },
        idleFrames: Math.max(...w.map((r) => r.idleFrames)),
        idleSettled: w.every((r) => r.settled),
        heapUsed: median(w.map((r) => r.heapUsed)),
        bytes: c[0]!.bytes,
        jsEncodedMedian: median(c.map((s) => s.bytes.jsEncoded)),
        info: w[0]!.info,
      }
    }
    const app = fig('app')
    const bare = fig('bare')
    const ratios = {
      firstFrame: ratio(app.firstFrame.median, bare.firstFrame.median),
      firstFramePainted: ratio(app.firstFramePainted.median, bare.firstFramePainted.median),
      live: ratio(app.live.median, bare.live.median),
      orbitP50: ratio(app.orbit.p50, bare.orbit.p50),
      orbitP95: ratio(app.orbit.p95, bare.orbit.p95),
      hoverToFrame: ratio(app.hover.toFrameP50, bare.hover.toFrameP50),
      hoverToNextFrame: ratio(app.hover.toNextFrameP50, bare.hover.toNextFrameP50),
      jsBytes: ratio(app.bytes.jsEncoded, bare.bytes.jsEncoded),
      heap: ratio(app.heapUsed, bare.heapUsed),
    }
    const checks = [
      {
        target: `first frame ≤ ${TARGETS.firstFrameRatio}× bare`,
        value: x(ratios.firstFrame),
        pass: ratios.firstFrame <= TARGETS.firstFrameRatio,
      },
      {
        target: `orbit p95 ≤ ${TARGETS.orbitP95Ratio}× bare`,
        value: x(ratios.orbitP95),
        pass: ratios.orbitP95 <= TARGETS.orbitP95Ratio,
      },
      {
        target: `idle frames in 5 s = ${TARGETS.idleFrames}`,
        value: `${app.idleFrames}`,
        pass: app.idleFrames === TARGETS.idleFrames,
      },
      {
        target: `app JS ≤ ${TARGETS.appJsBytes / 1000} KB gzip`,
        value: `${(app.bytes.jsEncoded / 1000).toFixed(1)} KB`,
        pass: app.bytes.jsEncoded <= TARGETS.appJsBytes,
      },
    ]
    const uptimeEnd = execSync('uptime').toString().trim()
    const seconds = (Date.now() - started) / 1000

    const rows = [
      ['metric', 'app', 'bare', 'app/bare'],
      [
        `first frame ms, median (range), n=${SAMPLES}`,
        range(app.firstFrame),
        range(bare.firstFrame),
        x(ratios.firstFrame),
      ],
      [
        'first frame painted ms (next rAF after it)',
        range(app.firstFramePainted),
        range(bare.firstFramePainted),
        x(ratios.firstFramePainted),
      ],
      [
        '3D view live ms (next rAF after controls and picking work)',
        range(app.live),
        range(bare.live),
        x(ratios.live),
      ],
      ['DOMContentLoaded ms, median', ms(app.domContentLoaded.median), ms(bare.domContentLoaded.median), ''],
      ['first contentful paint ms, median', ms(app.fcp.median), ms(bare.fcp.median), ''],
      [
        `orbit frame ms p50 (${app.orbit.mode}, ${app.orbit.frames}/${bare.orbit.frames} frames)`,
        ms(app.orbit.p50),
        ms(bare.orbit.p50),
        x(ratios.orbitP50),
      ],
      ['orbit frame ms p95', ms(app.orbit.p95), ms(bare.orbit.p95), x(ratios.orbitP95)],
      [
        'orbit frame ms p95 per round',
        app.orbit.perRoundP95.map(ms).join(' / '),
        bare.orbit.perRoundP95.map(ms).join(' / '),
        '',
      ],
      [
        `hover → frame ms p50 (max), n=${app.hover.samples}/${bare.hover.samples}`,
        `${ms(app.hover.toFrameP50)} (${ms(app.hover.toFrameMax)})`,
        `${ms(bare.hover.toFrameP50)} (${ms(bare.hover.toFrameMax)})`,
        x(ratios.hoverToFrame),
      ],
      [
        'hover → next frame start ms p50 (max)',
        `${ms(app.hover.toNextFrameP50)} (${ms(app.hover.toNextFrameMax)})`,
        `${ms(bare.hover.toNextFrameP50)} (${ms(bare.hover.toNextFrameMax)})`,
        x(ratios.hoverToNextFrame),
      ],
      ['idle frames in 5 s (max over rounds)', `${app.idleFrames}`, `${bare.idleFrames}`, ''],
      ['JS transferred (gzip)', kib(app.bytes.jsEncoded), kib(bare.bytes.jsEncoded), x(ratios.jsBytes)],
      [
        '  of which before the first frame',
        kib(app.bytes.jsBeforeFirstFrame),
        kib(bare.bytes.jsBeforeFirstFrame),
        x(ratio(app.bytes.jsBeforeFirstFrame, bare.bytes.jsBeforeFirstFrame)),
      ],
      ['JS decoded', kib(app.bytes.jsDecoded), kib(bare.bytes.jsDecoded), ''],
      ['model transferred', kib(app.bytes.modelEncoded), kib(bare.bytes.modelEncoded), ''],
      ['other transferred (HTML, CSS, JSON)', kib(app.bytes.otherEncoded), kib(bare.bytes.otherEncoded), ''],
      ['all transferred', kib(app.bytes.totalEncoded), kib(bare.bytes.totalEncoded), ''],
      [
        'requests (external)',
        `${app.bytes.requests} (${app.bytes.external.length})`,
        `${bare.bytes.requests} (${bare.bytes.external.length})`,
        '',
      ],
      ['JS heap after GC', kib(app.heapUsed), kib(bare.heapUsed), x(ratios.heap)],
      [
        'canvas px',
        `${Math.round(app.canvas.width)}x${Math.round(app.canvas.height)}`,
        `${Math.round(bare.canvas.width)}x${Math.round(bare.canvas.height)}`,
        '',
      ],
      [
        'meshes / triangles / draw calls',
        `${app.info.meshes} / ${app.info.triangles} / ${app.info.calls}`,
        `${bare.info.meshes} / ${bare.info.triangles} / ${bare.info.calls}`,
        '',
      ],
    ]

    const out: string[] = []
    out.push(`bench ${new Date().toISOString()}  ${chromiumVersion ? `Chromium ${chromiumVersion}` : ''}`)
    out.push(`load average at start: ${loadStart}   at end: ${loadLine()}`)
    out.push(`uptime at start: ${uptimeStart}`)
    out.push(`app ${appUrl} (vite preview of ${APP_OUT})   bare ${bareUrl}`)
    out.push('')
    out.push(table(rows))
    out.push('')
    out.push(
      table([
        ['target', 'value', 'result'],
        ...checks.map((c) => [c.target, c.value, c.pass ? 'PASS' : 'FAIL']),
      ]),
    )
    const notes: string[] = []
    if (app.hover.misses.length) notes.push(`app hover misses: ${app.hover.misses.join(', ')}`)
    if (bare.hover.misses.length) notes.push(`bare hover misses: ${bare.hover.misses.join(', ')}`)
    const bvhMs = Number(bare.info.bvhMs)
    if (Number.isFinite(bvhMs)) {
      notes.push(
        `bare: skin BVH built in ${ms(bvhMs)} ms after its first frame (the app builds it when idle after its first frame)`,
      )
    }
    for (const [k, w] of Object.entries(warm)) {
      const short = w.filter((r) => r.orbitDeltas.length < ORBIT_FRAMES).length
      if (short) notes.push(`${k}: ${short} orbit round(s) got fewer than ${ORBIT_FRAMES} frames (time cap)`)
    }
    if (app.bytes.modelDecoded !== bare.bytes.modelDecoded)
      notes.push('WARNING: the pages loaded different GLBs')
    if (!app.idleSettled) notes.push('app did not go quiet for 1 s within 20 s before the idle count')
    for (const [k, f] of [
      ['app', app],
      ['bare', bare],
    ] as const) {
      if (f.bytes.external.length) notes.push(`${k} external requests: ${f.bytes.external.join(', ')}`)
      if (f.bytes.failed.length) notes.push(`${k} failed requests: ${f.bytes.failed.join(', ')}`)
    }
    if (notes.length) out.push('', ...notes)
    out.push('', `took ${seconds.toFixed(0)} s (builds ${buildSeconds.toFixed(0)} s)`)
    console.log(out.join('\n'))

    const results = {
      date: new Date().toISOString(),
      chromium: chromiumVersion,
      uptimeStart,
      uptimeEnd,
      config: {
        samples: SAMPLES,
        rounds: ROUNDS,
        orbitFrames: ORBIT_FRAMES,
        hovers: HOVERS,
        viewport: VIEWPORT,
      },
      seconds,
      buildSeconds,
      app: { ...fig('app'), cold: cold.app, warm: warm.app },
      bare: { ...fig('bare'), cold: cold.bare, warm: warm.bare },
      ratios,
      targets: TARGETS,
      checks,
    }
    writeFileSync(
      RESULTS,
      JSON.stringify(results, (_k, v: unknown) => (typeof v === 'number' ? round1(v) : v), 2) + '\n',
    )
    log(`wrote ${path.relative(ROOT, RESULTS)}`)
  } finally {
    await Promise.all(servers.map((s) => s.close()))
    // `eslint .` does not read .gitignore: leave no built bundles behind unless asked to.
    if (process.env.BENCH_KEEP_BUILD !== '1') {
      for (const dir of [path.join(ROOT, APP_OUT), BARE_OUT]) rmSync(dir, { recursive: true, force: true })
    }
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e)
    process.exit(1)
  },
)
