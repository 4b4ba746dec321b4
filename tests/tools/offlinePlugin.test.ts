import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import {
  PUBLIC_FILES,
  contentSecurityPolicy,
  BOOT_MODULE,
  earlyModules,
  precacheList,
  serviceWorkerSource,
} from '../../src/tools/offlinePlugin'

describe('content security policy', () => {
  const csp = contentSecurityPolicy()
  const directive = (name: string) =>
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `))

  it('allows scripts, styles, data and fonts from the app itself only', () => {
    expect(directive('default-src')).toBe("default-src 'self'")
    expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'")
    expect(directive('connect-src')).toBe("connect-src 'self'")
    expect(directive('style-src')).toBe("style-src 'self'")
    expect(directive('object-src')).toBe("object-src 'none'")
  })

  it('never allows inline scripts, eval or other hosts', () => {
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/)
  })
})

describe('early modules', () => {
  const APP_MODULE = /[\\/]src[\\/]app[\\/]start\.tsx$/
  const chunk = (
    fileName: string,
    imports: string[],
    facadeModuleId: string | null = null,
    isEntry = false,
  ) => ({
    fileName,
    imports,
    facadeModuleId,
    isEntry,
  })
  const chunks = [
    chunk('assets/index.js', ['assets/runtime.js', 'assets/datasetRequest.js'], '/app/src/main.tsx', true),
    chunk('assets/runtime.js', []),
    chunk('assets/datasetRequest.js', ['assets/runtime.js']),
    chunk(
      'assets/start.js',
      ['assets/three.core.js', 'assets/panel.js', 'assets/runtime.js'],
      '/app/src/app/start.tsx',
    ),
    chunk('assets/panel.js', ['assets/util.js', 'assets/datasetRequest.js']),
    chunk('assets/util.js', ['assets/panel.js']),
    chunk('assets/three.core.js', []),
    chunk('assets/search.js', ['assets/util.js'], '/app/node_modules/minisearch/index.js'),
    chunk(
      'assets/bootFrame.js',
      ['assets/three.core.js', 'assets/boot-util.js'],
      '/app/src/scene/bootFrame.ts',
    ),
    chunk('assets/boot-util.js', []),
  ]

  it('names the app chunk first, then everything it imports that the entry does not already load', () => {
    expect(earlyModules(chunks, [APP_MODULE])).toEqual([
      '/assets/start.js',
      '/assets/panel.js',
      '/assets/three.core.js',
      '/assets/util.js',
    ])
  })

  it('names the start-up frame code before the app code, and a shared chunk once', () => {
    expect(earlyModules(chunks, [BOOT_MODULE, APP_MODULE])).toEqual([
      '/assets/bootFrame.js',
      '/assets/boot-util.js',
      '/assets/three.core.js',
      '/assets/start.js',
      '/assets/panel.js',
      '/assets/util.js',
    ])
    expect(BOOT_MODULE.test('C:\\app\\src\\scene\\bootFrame.ts')).toBe(true)
  })

  it("writes URLs under the build's base path (a project site at /tpmap/, or relative)", () => {
    expect(earlyModules(chunks, [BOOT_MODULE], '/tpmap/')).toEqual([
      '/tpmap/assets/bootFrame.js',
      '/tpmap/assets/boot-util.js',
      '/tpmap/assets/three.core.js',
    ])
    expect(earlyModules(chunks, [BOOT_MODULE], './')[0]).toBe('./assets/bootFrame.js')
  })

  it('leaves out lazily loaded chunks and finds nothing without the app module', () => {
    expect(earlyModules(chunks, [BOOT_MODULE, APP_MODULE])).not.toContain('/assets/search.js')
    expect(earlyModules(chunks, [/nothing-like-this/])).toEqual([])
  })
})

describe('precache list', () => {
  it('keeps the page, the app files and the model, and drops maps, README pictures and the worker itself', () => {
    const list = precacheList(
      ['assets/index-abc.js', 'assets/index-abc.js.map', 'assets/body-123.glb', 'index.html', 'sw.js'],
      ['screenshots/body-map.png', ...PUBLIC_FILES],
    )
    expect(list[0]).toBe('./')
    expect(list).toContain('./assets/index-abc.js')
    expect(list).toContain('./assets/body-123.glb')
    expect(list).toContain('./icon-512.png')
    expect(list.some((f) => f.endsWith('.map') || f.includes('screenshots') || f.endsWith('sw.js'))).toBe(
      false,
    )
    expect(new Set(list).size).toBe(list.length)
  })
})

describe('service worker source', () => {
  // Runs the generated worker in a sandbox with just enough of the worker globals to capture its handlers.
  function load(files: string[]) {
    const handlers: Record<string, (e: unknown) => void> = {}
    const self = {
      addEventListener: (type: string, fn: (e: unknown) => void) => (handlers[type] = fn),
      location: { origin: 'https://app.example' },
      clients: { claim: () => Promise.resolve() },
      skipWaiting: () => Promise.resolve(),
    }
    const cached = new Map<string, string>()
    const caches = {
      open: () =>
        Promise.resolve({
          addAll: (urls: string[]) => {
            for (const u of urls) cached.set(u, `body of ${u}`)
            return Promise.resolve()
          },
          put: () => Promise.resolve(),
        }),
      keys: () => Promise.resolve([]),
      delete: () => Promise.resolve(true),
      match: (req: { url?: string } | string) =>
        Promise.resolve(cached.get(typeof req === 'string' ? req : (req.url ?? '')) ?? undefined),
    }
    runInNewContext(serviceWorkerSource(files), { self, caches, URL, Promise, fetch: () => Promise.reject() })
    return { handlers, cached }
  }

  it('is valid JavaScript that registers install, activate and fetch handlers', () => {
    const { handlers } = load(['./', './assets/a.js'])
    expect(Object.keys(handlers).sort()).toEqual(['activate', 'fetch', 'install'])
  })

  it('caches every listed file on install', async () => {
    const { handlers, cached } = load(['./', './assets/a.js', './assets/body.glb'])
    let done: Promise<unknown> = Promise.resolve()
    handlers.install!({ waitUntil: (p: Promise<unknown>) => (done = p) })
    await done
    expect([...cached.keys()]).toEqual(['./', './assets/a.js', './assets/body.glb'])
  })

  it('answers a same-origin file from the cache when the network is gone, and leaves other hosts alone', async () => {
    const { handlers, cached } = load(['./assets/a.js'])
    cached.set('https://app.example/assets/a.js', 'cached js')
    let answer: Promise<unknown> | undefined
    handlers.fetch!({
      request: { method: 'GET', mode: 'no-cors', url: 'https://app.example/assets/a.js' },
      respondWith: (p: Promise<unknown>) => (answer = p),
    })
    expect(await answer).toBe('cached js')
    answer = undefined
    handlers.fetch!({
      request: { method: 'GET', mode: 'no-cors', url: 'https://elsewhere.example/x.js' },
      respondWith: (p: Promise<unknown>) => (answer = p),
    })
    expect(answer).toBeUndefined()
  })

  it('changes its cache name when the file list changes, so a new build replaces the old cache', () => {
    const name = (files: string[]) => /const CACHE = '([^']+)'/.exec(serviceWorkerSource(files))![1]
    expect(name(['./a.js'])).toBe(name(['./a.js']))
    expect(name(['./a.js'])).not.toBe(name(['./b.js']))
  })
})
