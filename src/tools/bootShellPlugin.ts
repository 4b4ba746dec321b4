/**
 * Vite plugin (dev server and build): writes the start-up page (boot/bootShell.ts) into the app's index.html, in
 * its `<div id="root"></div>`. An index.html without that element fails the build with a message that says so;
 * other pages (the benchmark's bare page) are left alone.
 *
 * It also makes embed.html, the view of the map for a clinic's article (src/app/EmbedApp.tsx): the same page and
 * scripts, marked `data-page="embed"`, with the embedded view's start-up page and no web-app manifest. Built from
 * index.html (no second HTML file to keep in step), by the dev server on request and by the build beside it.
 */
import { readFile } from 'node:fs/promises'
import type { Plugin } from 'vite'
import { bootShellHtml, embedShellHtml } from '../boot/bootShell'
import { strings } from '../i18n/index'

const ROOT = '<div id="root"></div>'
const HTML_TAG = '<html lang="en">'
export const EMBED_FILE = 'embed.html'

export function withBootShell(html: string, shell = bootShellHtml()): string {
  if (!html.includes(ROOT)) throw new Error(`index.html: expected ${ROOT} to write the start-up page into`)
  return html.replace(ROOT, `<div id="root">${shell}</div>`)
}

/** embed.html from the app's page (index.html with its start-up page written in). */
export function toEmbedPage(appPage: string): string {
  const shell = `<div id="root">${bootShellHtml()}</div>`
  for (const [needed, what] of [
    [shell, 'the start-up page'],
    [HTML_TAG, HTML_TAG],
  ] as const)
    if (!appPage.includes(needed)) throw new Error(`index.html: expected ${what} to make ${EMBED_FILE} from`)
  return appPage
    .replace(HTML_TAG, '<html lang="en" data-page="embed">')
    .replace(shell, `<div id="root">${embedShellHtml()}</div>`)
    .replace(/\s*<link rel="manifest"[^>]*>/, '')
    .replace(/<title>[^<]*<\/title>/, `<title>${strings.embed.pageTitle}</title>`)
}

export function bootShellPlugin(): Plugin {
  return {
    name: 'bodymap-boot-shell',
    transformIndexHtml: (html, ctx) => (/(^|\/)index\.html$/.test(ctx.path) ? withBootShell(html) : html),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!new RegExp(`^/${EMBED_FILE}([?#]|$)`).test(req.url ?? '')) return next()
        readFile(new URL('../../index.html', import.meta.url), 'utf8')
          .then((raw) => server.transformIndexHtml('/index.html', raw, req.originalUrl))
          .then((html) => {
            res.setHeader('content-type', 'text/html; charset=utf-8')
            res.end(toEmbedPage(html))
          })
          .catch(next)
      })
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html']
        if (index?.type !== 'asset') return // a build without the app's page (the benchmark's bare page)
        const page = typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source)
        this.emitFile({ type: 'asset', fileName: EMBED_FILE, source: toEmbedPage(page) })
      },
    },
  }
}
