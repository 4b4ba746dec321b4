import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import type * as AppModule from '@/app/start'
import { BOOT_STAGE_ID, pageKind } from '@/app/bootStage'
import { requestDataset } from '@/data/datasetRequest'
import { bootViewOf } from '@/state/bootView'
import { requestBody } from '@/scene/bodyRequest'
import { webglAvailable } from '@/scene/webgl'
import '@/ui/styles.css'
// The header's chairside tools are in the start-up page too (app/bootShell.ts): their styles come first, so the
// header is as tall before React as after, and the body's start-up frame sits where the 3D view will be.
import '@/ui/chairside/chairside.css'
// The embedded view's layout (embed.html), as small as its start-up page needs.
import '@/ui/embed.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
/** The full map (index.html), or the view embedded in an article (embed.html: tools/bootShellPlugin.ts). */
const page = pageKind(document)

/** How long (from the page's start) the app waits for the body's start-up frame before it starts regardless. */
const BOOT_WAIT_MS = 800

// The body model is asked for first thing: it is what the first frame waits for longest. (Not by a preload in
// index.html: WebKit, Safari's engine, does not give a preloaded file to the fetch() that asks for it, and would
// download the 2 MB twice.) Then, where WebGL can draw it, its meshopt decoder compiles its WebAssembly, so it is
// ready when the bytes are in (naming `ready` keeps the import in the build).
requestBody().catch(() => undefined)
const has3d = webglAvailable()
if (has3d) void MeshoptDecoder.ready

// The body's start-up frame (scene/bootFrame.ts): drawn with three.js alone into the start-up page (index.html,
// app/bootShell.ts) before React and the app run, for a link it can draw as the app would. The app waits for it,
// but not for long: on a slow connection the app starts and shows the model's progress itself. Both come in
// dynamic imports (the start-up frame's code preloaded by index.html), so this file runs at once and the model's
// request above starts early.
const host = document.getElementById(BOOT_STAGE_ID)
const view = has3d && host ? bootViewOf(location.hash) : null
const boot = view && host ? import('@/scene/bootFrame') : null

// The app and its dataset, side by side (the app module awaits this same request in data/bundledData.ts). Asked
// for once the start-up frame is drawn, so as not to slow the model's download; at once without that frame.
let app: Promise<typeof AppModule> | null = null
function loadApp() {
  if (!app) {
    requestDataset().catch(() => undefined)
    app = import('@/app/start')
  }
  return app
}

const booted =
  boot && host && view ? boot.then((b) => b.drawBootFrame(host, view, loadApp)).catch(warnBoot) : null
const waited = new Promise((resolve) => setTimeout(resolve, Math.max(0, BOOT_WAIT_MS - performance.now())))

function warnBoot(err: unknown) {
  console.warn('The body will appear with the app: its start-up frame could not be drawn.', err)
}

// The app starts once the start-up frame is drawn (or not waited for); if it cannot, say so plainly.
Promise.race([booted ?? Promise.resolve(), waited])
  .then(() => Promise.all([loadApp(), boot?.catch(() => null)]))
  .then(([{ start }, bootFrame]) => {
    bootFrame?.liftBootCanvas() // React replaces the start-up page; the body stays until the 3D view takes it
    start(root, page)
  })
  .catch((err: unknown) => {
    console.error(err)
    void boot?.then((b) => b.dropBootFrame()).catch(() => undefined)
    const p = document.createElement('p')
    p.className = 'startup-error'
    p.setAttribute('role', 'alert')
    p.textContent =
      'The body map could not start: its content did not load. Please check your connection and reload the page.'
    root.replaceChildren(p)
  })

// Installable and offline (not the embedded view: an article's reader has not chosen to install the map): the
// worker registers once the page has loaded, so caching the app and the model never competes with the first
// frame; app/updates.ts then offers each new version ("A new version of the map is ready – Reload").
const updates =
  import.meta.env.PROD && page === 'app' && 'serviceWorker' in navigator
    ? new Promise((loaded) => window.addEventListener('load', loaded, { once: true }))
        .then(() => new Promise((later) => window.setTimeout(later, 2000)))
        .then(() => import('@/app/updates'))
    : null
updates
  ?.then((u) => u.startUpdates())
  .catch((err: unknown) => console.warn('Offline use is unavailable.', err))

// A file of this version could not be loaded (most likely replaced by an update while the page was open): the
// part that needed it says so (ui/PartBoundary.tsx), and a banner offers to reload.
window.addEventListener('vite:preloadError', () => {
  void (updates ?? import('@/app/updates')).then((u) => u.partUpdated()).catch(() => undefined)
})
