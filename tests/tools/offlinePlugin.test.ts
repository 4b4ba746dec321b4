import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, BOOT_MODULES, earlyModules } from '../../src/tools/offlinePlugin'
import { pwaOptions } from '../../src/tools/pwaPlugin'

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
      '/app/src/boot/bootFrame.ts',
    ),
    chunk('assets/boot-util.js', []),
    chunk(
      'assets/bootScene.js',
      ['assets/three.core.js', 'assets/bodyLoad.js'],
      '/app/src/scene/bootScene.ts',
    ),
    chunk('assets/bodyLoad.js', ['assets/three.core.js']),
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
    expect(earlyModules(chunks, [...BOOT_MODULES, APP_MODULE])).toEqual([
      '/assets/bootFrame.js',
      '/assets/boot-util.js',
      '/assets/three.core.js',
      '/assets/bootScene.js',
      '/assets/bodyLoad.js',
      '/assets/start.js',
      '/assets/panel.js',
      '/assets/util.js',
    ])
    expect(BOOT_MODULES[0]!.test('C:\\app\\src\\boot\\bootFrame.ts')).toBe(true)
  })

  it("writes URLs under the build's base path (a project site at /tpmap/, or relative)", () => {
    expect(earlyModules(chunks, BOOT_MODULES, '/tpmap/')).toEqual([
      '/tpmap/assets/bootFrame.js',
      '/tpmap/assets/boot-util.js',
      '/tpmap/assets/three.core.js',
      '/tpmap/assets/bootScene.js',
      '/tpmap/assets/bodyLoad.js',
    ])
    expect(earlyModules(chunks, BOOT_MODULES, './')[0]).toBe('./assets/bootFrame.js')
  })

  it('leaves out lazily loaded chunks and finds nothing without the app module', () => {
    expect(earlyModules(chunks, [...BOOT_MODULES, APP_MODULE])).not.toContain('/assets/search.js')
    expect(earlyModules(chunks, [/nothing-like-this/])).toEqual([])
  })
})

describe('the offline worker (vite-plugin-pwa)', () => {
  const { workbox, injectRegister, filename } = pwaOptions()

  it('never takes over a running page: it waits until the app, asked by the person, lets it', () => {
    expect(workbox?.skipWaiting).toBe(false)
    expect(workbox?.clientsClaim).toBe(false)
    expect(injectRegister).toBe(false) // src/app/updates.ts registers it and offers the new version
    expect(filename).toBe('sw.js')
  })

  it('answers pages from its own version: the map by index.html, the embed as itself', () => {
    expect(workbox?.navigateFallback).toBe('index.html')
    expect(workbox?.navigateFallbackDenylist?.some((r) => r.test('/tpmap/embed.html'))).toBe(true)
    expect(workbox?.navigateFallbackDenylist?.some((r) => r.test('/tpmap/'))).toBe(false)
  })

  it('precaches the model and the app but not the compressed copies or README pictures, hashed files by name', () => {
    const patterns = workbox?.globPatterns?.join() ?? ''
    for (const ext of ['html', 'js', 'css', 'json', 'glb']) expect(patterns).toContain(ext)
    expect(workbox?.globIgnores).toEqual(expect.arrayContaining(['**/*.gz', 'screenshots/**']))
    expect((workbox?.dontCacheBustURLsMatching as RegExp).test('assets/body-1a.glb')).toBe(true)
    expect(workbox?.maximumFileSizeToCacheInBytes).toBeGreaterThan(2.3e6) // the model
  })
})
