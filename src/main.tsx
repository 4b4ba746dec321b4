/**
 * The page's first script: the start-up path (boot/index.ts, where its contract is written) given the app and
 * the start-up frame's picture to load when it wants them, plus the offline worker. Kept small: it runs before
 * anything else, and the model's request starts in it.
 */
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { startUp } from '@/boot'
import { pageKind } from '@/boot/bootStage'
import '@/ui/styles.css'
// The header's chairside tools are in the start-up page too (boot/bootShell.ts): their styles come first, so the
// header is as tall before React as after, and the body's start-up frame sits where the 3D view will be.
import '@/ui/chairside/chairside.css'
// The embedded view's layout (embed.html), as small as its start-up page needs.
import '@/ui/embed.css'

startUp({
  app: () => import('@/app/start'),
  bootScene: () => import('@/scene/bootScene'),
  // The meshopt decoder compiles its WebAssembly while the model downloads (naming `ready` keeps it in the build).
  decoderReady: () => MeshoptDecoder.ready,
})

// Installable and offline (not the embedded view: an article's reader has not chosen to install the map): the
// worker registers once the page has loaded, so caching the app and the model never competes with the first
// frame; app/updates.ts then offers each new version ("A new version of the map is ready – Reload").
const updates =
  import.meta.env.PROD && pageKind(document) === 'app' && 'serviceWorker' in navigator
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
