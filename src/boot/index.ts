/**
 * # The start-up path (src/boot/)
 *
 * Everything between the page's first script and the live 3D view, in one place, with one contract. main.tsx
 * calls startUp(); the app (app/start.tsx) and the start-up frame's picture (scene/bootScene.ts) are handed in, so
 * this folder imports neither the app nor the scene (the scene imports it: the renderer hand-over, the WebGL
 * probe, the model request, the first-frame signal, the test hooks).
 *
 * ## The one model request
 * `requestBody()` (bodyRequest.ts) is the page's only request for models/body.glb, made first thing, before the
 * app's code downloads (no `<link rel=preload>`: WebKit would download the file twice). The loading indicator and
 * the scene's loader (scene/bodyLoad.ts) read its bytes and progress; nothing else fetches the model.
 *
 * ## What the start-up frame draws
 * For a link it can draw exactly (state/bootView.ts: layers, x-ray, a preset camera, the tab; nothing named from
 * the dataset), bootFrame.ts draws the body once, with plain three.js, in the start-up page's stage (bootShell.ts,
 * written into index.html by the build), on the WebGL2 context the probe made (webgl.ts: one context per page), at
 * the stage's final size (sizedRenderer.ts: one drawing-buffer allocation). Then it sets `data-boot-frame="drawn"`
 * (and `data-body-drawn`) on <body>, and only then asks for the app and the dataset (or after 0.8 s regardless, on
 * a slow connection, when the app shows the download's progress itself). Other links are drawn by the app.
 *
 * ## What it hands to React's <Canvas>
 * CANVAS_HAND_OVER (renderer.ts), spread on the 3D view's <Canvas>: `gl` gives the start-up frame's renderer
 * (its canvas, context, compiled shaders and uploaded model) or, without one, a renderer on the probe's context;
 * never a second WebGL context. `resize` measures the stage at once (measureNow.ts), `dpr` is the same ratio the
 * start-up frame drew at, `frameloop` is 'demand'. The canvas is moved into the 3D view's place with moveCanvas.ts
 * (WebKit stops showing a moved WebGL canvas until it draws again; a clear of no pixels brings the picture back).
 * tests/boot/handOver.test.tsx fails if react-three-fiber stops adopting the given renderer.
 *
 * ## What the 3D view must not redo
 * It does not draw the start-up frame's picture again: while the canvas shows it (same size, same camera, nothing
 * drawn since, nothing drawn changed; showsBootPicture in bootFrame.ts) its frames are skipped
 * (scene/DrawOnDemand.tsx), so start-up draws the body once. It does not make a context, load or upload the model
 * again. Its first frame (drawn or skipped) sets `data-scene-ready` and announces itself (firstFrame.ts), and the
 * app mounts its panels after it.
 */
import { requestDataset } from '@/data/datasetRequest'
import { bootViewOf } from '@/state/bootView'
import { requestBody } from './bodyRequest'
import type { BootScene } from './bootFrame'
import { BOOT_STAGE_ID, pageKind } from './bootStage'
import type { PageKind } from './bootStage'
import { webglAvailable } from './webgl'

/** How long (from the page's start) the app waits for the body's start-up frame before it starts regardless. */
const BOOT_WAIT_MS = 800

/** What the start-up path is given: the app, and what the start-up frame draws, each loaded when wanted. */
export interface StartUp {
  app: () => Promise<{ start(root: HTMLElement, page: PageKind): void }>
  bootScene: () => Promise<{ bootScene: BootScene }>
  /** The decoder the model needs, compiled while its bytes download (only where WebGL can draw it). */
  decoderReady: () => Promise<unknown>
}

export function startUp({ app: importApp, bootScene: importBootScene, decoderReady }: StartUp): void {
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  /** The full map (index.html), or the view embedded in an article (embed.html: tools/bootShellPlugin.ts). */
  const page = pageKind(document)

  // The body model is asked for first thing: it is what the first frame waits for longest.
  requestBody().catch(() => undefined)
  const has3d = webglAvailable()
  if (has3d) void decoderReady()

  // The start-up frame's code and picture come in dynamic imports (preloaded by index.html: tools/offlinePlugin.ts),
  // so this runs at once and the model's request above starts early.
  const host = document.getElementById(BOOT_STAGE_ID)
  const view = has3d && host ? bootViewOf(location.hash) : null
  const boot = view && host ? import('./bootFrame') : null
  const picture = boot ? importBootScene() : null

  // The app and its dataset, side by side (the app module awaits this same request in data/bundledData.ts). Asked
  // for once the start-up frame is drawn, so as not to slow the model's download; at once without that frame.
  let app: ReturnType<StartUp['app']> | null = null
  const loadApp = () => {
    if (!app) {
      requestDataset().catch(() => undefined)
      app = importApp()
    }
    return app
  }

  const booted =
    boot && picture && host && view
      ? Promise.all([boot, picture])
          .then(([b, p]) => b.drawBootFrame(host, view, p.bootScene, loadApp))
          .catch(warnBoot)
      : null
  const waited = new Promise((resolve) => setTimeout(resolve, Math.max(0, BOOT_WAIT_MS - performance.now())))

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
}

function warnBoot(err: unknown) {
  console.warn('The body will appear with the app: its start-up frame could not be drawn.', err)
}
