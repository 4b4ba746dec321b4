// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as TestHooksModule from '@/boot/testHooks'

/** The module afresh, in a page driven by automation or not (navigator.webdriver). */
async function load(webdriver: boolean): Promise<typeof TestHooksModule> {
  vi.resetModules()
  Object.defineProperty(navigator, 'webdriver', { configurable: true, get: () => webdriver })
  return import('@/boot/testHooks')
}

describe('test hooks', () => {
  beforeEach(() => {
    delete window.__perf
    delete window.__bodymap
    delete window.__bench
    delete document.body.dataset.bodyDrawn
  })
  afterEach(() => Reflect.deleteProperty(navigator, 'webdriver'))

  it("are absent from a person's browser: no window globals, only the page marker", async () => {
    const hooks = await load(false)
    expect(hooks.underAutomation()).toBe(false)
    hooks.countFrame()
    const uninstall = hooks.installTestHook('__bench', { orbit: async () => undefined })
    expect(window.__perf).toBeUndefined()
    expect(window.__bench).toBeUndefined()
    expect(['__perf', '__bodymap', '__bench'].filter((k) => k in window)).toEqual([])
    expect(document.body.dataset.bodyDrawn).toBe('true')
    uninstall()
  })

  it('are installed under automation, count frames and uninstall', async () => {
    const hooks = await load(true)
    hooks.countFrame(10)
    hooks.countFrame(20)
    expect(window.__perf).toEqual({ firstFrameAt: 10, frames: 2, frameTimes: [10, 20] })
    const bench = { orbit: async () => undefined }
    const uninstall = hooks.installTestHook('__bench', bench)
    expect(window.__bench).toBe(bench)
    uninstall()
    expect(window.__bench).toBeUndefined()
  })
})
