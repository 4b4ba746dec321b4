import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { config as zodConfig } from 'zod'
import '@/ui/styles.css'

// The built app runs under a strict Content Security Policy (src/tools/offlinePlugin.ts): no eval, so zod must not
// probe for it (the probe alone is reported as a policy violation).
zodConfig({ jitless: true })

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// The app module waits for the dataset (top-level await in data/bundledData.ts); if that fails, say so plainly.
import('@/app/App')
  .then(({ App }) =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )
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
