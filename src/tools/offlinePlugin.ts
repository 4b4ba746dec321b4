/**
 * Vite plugin for the built app (not the dev server; the manifest and icon in public/ serve both):
 * - modulepreload links for the body's start-up frame (boot/bootFrame.ts, scene/bootScene.ts), so its code downloads
 *   alongside the entry's. Not for the app's code nor the dataset: on the first visit they would share the connection
 *   with the model, which the start-up frame waits for; the start-up path (boot/index.ts) asks for them once that frame
 *   is drawn (or, on a slow connection, soon after the start), and at once for a link the app must draw itself;
 * - a strict Content Security Policy as a <meta> tag: scripts, styles, data and the model from this origin only
 *   ('wasm-unsafe-eval' lets the meshopt decoder compile its WebAssembly; images may be data:/blob: for the QR
 *   code and saved pictures);
 * (The offline worker, sw.js, is pwaPlugin.ts's.)
 * Every URL it writes starts with Vite's `base`, so the app can be served under a sub-path (`vite build --base
 * /tpmap/`). No preload for the body model: WebKit (Safari) does not give a preloaded file to the `fetch()` that
 * asks for it, and so downloads the 2 MB model twice; the start-up path asks for it first thing instead.
 * Pure helpers (`contentSecurityPolicy`, `earlyModules`) are unit-tested.
 */
import type { Plugin } from 'vite'

export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  // No 'manifest-src': 'default-src' covers it (and WebKitGTK reports the directive as unrecognised).
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
}

export function contentSecurityPolicy(directives = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ')
}

/** What earlyModules needs to know of each emitted chunk (a subset of Rollup's OutputChunk). */
export interface ChunkInfo {
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  imports: readonly string[]
}

/**
 * The code the start-up path imports dynamically (the chunks made from `modules`, in that order), each followed by
 * every chunk it imports statically, minus what the entry already loads through its own script tags, as URLs under
 * `base`. Named in index.html as modulepreloads, these download and compile while the entry runs, instead of after it
 * asks for them.
 */
export function earlyModules(chunks: readonly ChunkInfo[], modules: readonly RegExp[], base = '/'): string[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const closure = (start: readonly string[]) => {
    const seen = new Set<string>()
    const visit = (f: string) => {
      if (seen.has(f)) return
      seen.add(f)
      for (const i of byName.get(f)?.imports ?? []) visit(i)
    }
    start.forEach(visit)
    return seen
  }
  const listed = closure(chunks.filter((c) => c.isEntry).map((c) => c.fileName))
  const early: string[] = []
  for (const pattern of modules) {
    const top = chunks.find((c) => c.facadeModuleId !== null && pattern.test(c.facadeModuleId))
    if (!top) continue
    const rest = [...closure([top.fileName])].filter((f) => f !== top.fileName).sort()
    for (const f of [top.fileName, ...rest]) {
      if (listed.has(f)) continue
      listed.add(f)
      early.push(`${base}${f}`)
    }
  }
  return early
}

/** The modules of the body's start-up frame (its drawing and its picture), which the start-up path loads first. */
export const BOOT_MODULES = [/[\\/]src[\\/]boot[\\/]bootFrame\.ts$/, /[\\/]src[\\/]scene[\\/]bootScene\.ts$/]

export function offlinePlugin(): Plugin {
  let base = '/'
  return {
    name: 'trigger-point-page-head',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {}
        const chunks = Object.values(bundle).filter((o) => o.type === 'chunk')
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
            injectTo: 'head-prepend',
          },
          ...earlyModules(chunks, BOOT_MODULES, base).map((href) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', href, crossorigin: '' },
            injectTo: 'head' as const,
          })),
        ]
      },
    },
  }
}
