/**
 * A static server for the cross-engine tests: serves a build under its base path (as a project site would, e.g.
 * /tpmap/), counts every request by path, and answers 404 for anything missing (counted too). Into each HTML page
 * it adds one same-origin script (capture.js) that records page errors, console errors and CSP violations in
 * `window.__engineLog`, since WebDriver classic cannot read a page's console.
 */
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.glb': 'model/gltf-binary',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
}

const CAPTURE = `(() => {
  const log = (window.__engineLog = { errors: [] })
  const push = (text) => log.errors.push(String(text).slice(0, 500))
  addEventListener('error', (e) => {
    const t = e.target
    push(t && t !== window && (t.src || t.href) ? 'failed to load ' + (t.src || t.href) : 'error: ' + e.message)
  }, true)
  addEventListener('unhandledrejection', (e) => push('unhandled rejection: ' + ((e.reason && e.reason.message) || e.reason)))
  document.addEventListener('securitypolicyviolation', (e) => push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI))
  const original = console.error
  console.error = function (...args) {
    push('console.error: ' + args.map(String).join(' '))
    return original.apply(this, args)
  }
})()
`
export const CAPTURE_PATH = '__engines/capture.js'

export interface StaticServer {
  origin: string
  /** The folder served (a new deployment: setRoot). */
  root: string
  setRoot(dir: string): void
  /** Paths answered 404 whatever is on disk (a deployment half done). */
  failing: Set<string>
  /** Every file sent, with its size, in order. */
  sent: { path: string; bytes: number }[]
  /** Requests by path (query and hash dropped), in order. */
  requests: string[]
  /** Paths answered 404. */
  missing: string[]
  /** Extra pages by path (an article that embeds the map, say). */
  pages: Map<string, string>
  close(): Promise<void>
}

export async function startStaticServer(
  root: string,
  base = '/',
  port = 0,
  { capture = true }: { capture?: boolean } = {},
): Promise<StaticServer> {
  const requests: string[] = []
  const failing = new Set<string>()
  const sent: { path: string; bytes: number }[] = []
  const missing: string[] = []
  const pages = new Map<string, string>()
  const withCapture = (html: string) =>
    capture ? html.replace('<head>', `<head><script src="${base}${CAPTURE_PATH}"></script>`) : html
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      requests.push(path)
      if (path === `${base}${CAPTURE_PATH}`) {
        res.writeHead(200, { 'content-type': MIME['.js'], 'cache-control': 'no-store' })
        return res.end(CAPTURE)
      }
      const page = pages.get(path)
      if (page !== undefined) {
        res.writeHead(200, { 'content-type': MIME['.html'] })
        return res.end(withCapture(page))
      }
      const rel = path.startsWith(base) ? path.slice(base.length) : null
      const file =
        rel === null
          ? null
          : join(root, normalize(rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel))
      const found =
        file && file.startsWith(root) && !failing.has(path) ? await stat(file).catch(() => null) : null
      if (!file || !found?.isFile()) {
        missing.push(path)
        res.writeHead(404, { 'content-type': 'text/plain' })
        return res.end('not found')
      }
      const type = MIME[extname(file)] ?? 'application/octet-stream'
      let body: Buffer | string = await readFile(file)
      if (extname(file) === '.html') body = withCapture(body.toString('utf8'))
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' })
      sent.push({ path, bytes: body.length })
      res.end(body)
    })().catch((err: unknown) => {
      res.writeHead(500)
      res.end(String(err))
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  return {
    origin: `http://127.0.0.1:${actual}`,
    get root() {
      return root
    },
    setRoot: (dir) => {
      root = dir
    },
    failing,
    sent,
    requests,
    missing,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
