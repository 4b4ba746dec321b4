/**
 * Updates of the installed map, in the app's words: registers the offline worker (sw.js, tools/pwaPlugin.ts)
 * and, when a new version has been downloaded and waits, offers "A new version of the map is ready – Reload". A
 * new version never takes over a running page: it starts when the person reloads (here, or later by themselves).
 * Also says so when a part of the map could not load because a new version replaced its file (main.tsx passes
 * Vite's preload errors here). A plain DOM banner, no React: it must work whatever else failed.
 */
import { Workbox } from 'workbox-window'
import { strings } from '@/i18n'
import './updates.css'

let banner: HTMLElement | null = null

/** Shows (once) the banner with `text` and a Reload button that calls `reload`. */
export function showUpdateBanner(text: string, reload: () => void = () => window.location.reload()): void {
  if (banner?.isConnected) return
  const u = strings.updates
  banner = document.createElement('div')
  banner.className = 'update-banner'
  banner.setAttribute('role', 'status')
  const message = document.createElement('span')
  message.textContent = text
  const button = document.createElement('button')
  button.type = 'button'
  button.textContent = u.reload
  button.addEventListener('click', () => {
    button.disabled = true
    reload()
  })
  const later = document.createElement('button')
  later.type = 'button'
  later.className = 'update-later'
  later.textContent = u.later
  later.addEventListener('click', () => banner?.remove())
  banner.append(message, button, later)
  document.body.append(banner)
}

/** Registers the worker and offers the waiting version. */
export function startUpdates(url = './sw.js'): Workbox {
  const wb = new Workbox(url)
  wb.addEventListener('waiting', () => {
    showUpdateBanner(strings.updates.ready, () => {
      // The new worker takes over once asked; the page reloads into the new version then.
      wb.addEventListener('controlling', () => window.location.reload())
      wb.messageSkipWaiting()
    })
  })
  wb.register().catch((err: unknown) => {
    console.warn('Offline use is unavailable: the service worker did not register.', err)
  })
  return wb
}

/** A file of this version could not be loaded (it was replaced by an update): offer to reload. */
export function partUpdated(): void {
  showUpdateBanner(strings.updates.partUpdated)
}
