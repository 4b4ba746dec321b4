import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { requestBody } from '@/scene/bodyRequest'
import { webglAvailable } from '@/scene/webgl'
import { requestDataset } from '@/data/datasetRequest'
import '@/ui/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// Ask for the dataset now, while the app's code downloads (the app awaits this same request; a failure shows
// below, through the app's import).
requestDataset().catch(() => undefined)

// Fetch the body model alongside the app's code too, but only where it can be drawn (2 MB saved elsewhere). Its
// bytes are in memory when the 3D view asks for them (scene/useBodyModel.ts); a failure shows there. The model's
// meshopt decoder compiles its WebAssembly when its module runs, here rather than with the app's code, so it is
// ready by then too (naming `ready` keeps the import in the build).
if (webglAvailable()) {
  requestBody().catch(() => undefined)
  void MeshoptDecoder.ready
}

// React and the app come in one dynamic import (preloaded by index.html), so this file runs at once and the two
// requests above start before the app's code has arrived. The app module waits for the dataset (top-level await
// in data/bundledData.ts); if that fails, say so plainly.
import('@/app/start')
  .then(({ start }) => start(root))
  .catch((err: unknown) => {
    console.error(err)
    const p = document.createElement('p')
    p.className = 'startup-error'
    p.setAttribute('role', 'alert')
    p.textContent =
      'The body map could not start: its content did not load. Please check your connection and reload the page.'
    root.replaceChildren(p)
  })

// Installable and offline: the built app registers its service worker (sw.js, generated at build time) once the
// page has loaded, so caching the app and the model never competes with the first frame.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    window.setTimeout(() => {
      navigator.serviceWorker.register('./sw.js').catch((err: unknown) => {
        console.warn('Offline use is unavailable: the service worker did not register.', err)
      })
    }, 2000)
  })
}
