// Renders models/body.glb headless (Chromium + three) from several views and modes into models/renders/.
// Usage: npm run render:model [-- mode:view ...]   e.g. muscle:front skin:face
import { createServer } from 'node:http'
import { readFile, mkdir } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { chromium } from '@playwright/test'

const root = resolve(import.meta.dirname, '../..')
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.glb': 'model/gltf-binary',
}
const server = createServer((req, res) => {
  const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')
  const file = url === '/' ? join(root, 'src/tools/renderModel.html') : join(root, url)
  if (!file.startsWith(root)) {
    res.writeHead(403).end()
    return
  }
  readFile(file).then(
    (buf) =>
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(buf),
    () => res.writeHead(404).end(),
  )
})
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
const addr = server.address()
const port = typeof addr === 'object' && addr ? addr.port : 0

const all = [
  'skin:front',
  'skin:back',
  'skin:left',
  'skin:right',
  'skin:neck',
  'skin:face',
  'skin:profile',
  'skin:hand',
  'skin:foot',
  'muscle:front',
  'muscle:back',
  'muscle:left',
  'muscle:right',
  'muscle:neck',
  'deep:front',
  'deep:back',
  'deep:left',
  'deep:right',
  'deep:neck',
  'skeleton:front',
  'skeleton:back',
  'skeleton:left',
  'skeleton:right',
  'skeleton:neck',
  'skeleton:face',
  'regions:front',
  'regions:back',
  // the atlas's deep muscles (deep2: the deep layer only)
  'muscle:face',
  'deep2:calf',
  'deep2:forearm',
  'deep:palm',
  'deep:handback',
  'deep2:hipback',
  'deep2:pelvisbelow',
  'deep2:diaphragm',
]
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : all
const outDir = process.env.RENDER_OUT ?? join(root, 'models/renders')
await mkdir(outDir, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--enable-unsafe-swiftshader',
    '--use-angle=swiftshader',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } })
  page.on('pageerror', (e) => console.error('page error:', e.message))
  await page.goto(
    `http://127.0.0.1:${port}/?glb=${encodeURIComponent(process.env.RENDER_GLB ?? '/models/body.glb')}`,
  )
  await page.waitForFunction(() => (window as unknown as { ready?: unknown }).ready !== undefined)
  await page.evaluate(() => (window as unknown as { ready: Promise<unknown> }).ready)
  for (const w of wanted) {
    const [mode = 'skin', view = 'front'] = w.split(':')
    const regions = mode === 'regions'
    await page.evaluate(
      ([m, v, r]) =>
        (window as unknown as { setView: (a: string, b: string, c: boolean) => void }).setView(m, v, r),
      [regions ? 'skin' : mode, view, regions] as [string, string, boolean],
    )
    const file = join(outDir, `${mode}-${view}.png`)
    await page.locator('canvas').screenshot({ path: file })
    console.log('wrote', file)
    // the README shows the current front and back muscle views
    if (mode === 'muscle' && (view === 'front' || view === 'back')) {
      await page.locator('canvas').screenshot({ path: join(outDir, `muscles-${view}.png`) })
    }
  }
} finally {
  await browser.close()
  server.close()
}
