/**
 * The offline worker (sw.js), made at build time by a kept library: vite-plugin-pwa, with Workbox's
 * `generateSW` (a plain file from this origin, so the Content Security Policy stays strict). What it does:
 * - precaches every file of the build (app, data, model, embed.html) with a revision per file: on an update, only
 *   the files that changed are downloaded (hashed names are their own revision; the 2 MB model is not fetched
 *   again while it is unchanged);
 * - answers a navigation with the precached page of its own version (index.html, or embed.html), so the page and
 *   its lazy files always belong together, online or not; no page is cached at run time;
 * - waits: a new version never takes over a running page. The app says "A new version is ready – Reload"
 *   (src/app/updates.ts); the old version's files stay until no page uses them.
 * Registered by the app itself (injectRegister false), not by the embedded view.
 */
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import type { VitePWAOptions } from 'vite-plugin-pwa'

/** The options, apart so a test can read them. */
export function pwaOptions(): Partial<VitePWAOptions> {
  return {
    strategies: 'generateSW',
    filename: 'sw.js',
    injectRegister: false,
    registerType: 'prompt',
    // public/manifest.webmanifest is the app's manifest (the dev server serves it too).
    manifest: false,
    includeManifestIcons: false,
    workbox: {
      cacheId: 'body-map',
      globPatterns: ['**/*.{html,js,css,json,glb,svg,png,webmanifest,wasm}'],
      globIgnores: ['screenshots/**', '**/*.gz', 'sw.js', 'workbox-*.js'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Hashed file names change with their content: no revision needed, and none forces a new download.
      dontCacheBustURLsMatching: /^assets\//,
      navigateFallback: 'index.html',
      // embed.html is answered as itself (it is precached under its own name).
      navigateFallbackDenylist: [/\/embed\.html$/],
      skipWaiting: false,
      clientsClaim: false,
      cleanupOutdatedCaches: true,
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  }
}

export function pwaPlugin(): Plugin[] {
  return VitePWA(pwaOptions())
}
