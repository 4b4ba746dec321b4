/**
 * One small interface over the three engines of the cross-engine smoke suite: Chromium and Firefox through
 * puppeteer-core (Chrome DevTools Protocol and WebDriver BiDi), WebKit through WebKitWebDriver (webdriver.ts).
 * Page scripts are function bodies in strings (with `arguments`), run the same way in every engine.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import puppeteer from 'puppeteer-core'
import type { Browser, Page } from 'puppeteer-core'
import { CHROMIUM_ARGS, findChromium } from '../../src/tools/chromium.mjs'
import { findFirefox, findMiniBrowser, findWebKitDriver } from '../../src/tools/engines.mjs'
import { newSession } from './webdriver'
import type { WebDriverSession } from './webdriver'

export type EngineName = 'chromium' | 'firefox' | 'webkit'

export interface Viewport {
  width: number
  height: number
}

export interface EngineDriver {
  name: EngineName
  /** Opens `url` in a fresh page of `viewport` size and waits for its load event. */
  open(url: string, viewport: Viewport): Promise<void>
  /** Runs a function body (its arguments are `args`) in the page; returns its JSON result. */
  run<T>(body: string, ...args: unknown[]): Promise<T>
  /** A PNG of the page's viewport as the user sees it. */
  screenshot(): Promise<Buffer>
  /** A tap where the engine can (Chromium, Firefox), else a click, at a viewport point. */
  tap(x: number, y: number): Promise<void>
  close(): Promise<void>
}

async function puppeteerDriver(name: 'chromium' | 'firefox'): Promise<EngineDriver> {
  const browser: Browser =
    name === 'chromium'
      ? await puppeteer.launch({ executablePath: findChromium() ?? '', headless: true, args: CHROMIUM_ARGS })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: findFirefox() ?? '',
          // Headless Firefox has no WebGL on these machines; a window on the (virtual) display has.
          headless: false,
          extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false, 'dom.ipc.processCount': 2 },
        })
  let page: Page | null = null
  const current = () => {
    if (!page) throw new Error('no page open')
    return page
  }
  return {
    name,
    async open(url, viewport) {
      await page?.close()
      page = await browser.newPage()
      await page.setViewport({ ...viewport, deviceScaleFactor: 1, hasTouch: true })
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 })
    },
    run: (body, ...args) =>
      current().evaluate(`(function () { ${body} }).apply(null, ${JSON.stringify(args)})`) as Promise<never>,
    screenshot: async () => Buffer.from(await current().screenshot({ type: 'png' })),
    tap: (x, y) => current().touchscreen.tap(x, y),
    close: () => browser.close(),
  }
}

async function webkitDriver(port: number): Promise<EngineDriver> {
  const driver: ChildProcess = spawn(findWebKitDriver() ?? 'WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
  })
  const server = `http://127.0.0.1:${port}`
  let session: WebDriverSession | null = null
  for (let i = 0; i < 50 && !session; i++) {
    await new Promise((r) => setTimeout(r, 200))
    session = await newSession(server, {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
    }).catch(() => null)
  }
  if (!session) {
    driver.kill()
    throw new Error(`WebKitWebDriver did not start a session on port ${port}`)
  }
  const s = session
  // The window's outer size differs from the page's viewport by the browser's frame: measure it once and add it.
  let frame: Viewport | null = null
  return {
    name: 'webkit',
    async open(url, viewport) {
      if (!frame) {
        await s.setWindowSize(viewport.width, viewport.height)
        const inner = await s.execute<Viewport>('return { width: innerWidth, height: innerHeight }')
        frame = { width: viewport.width - inner.width, height: viewport.height - inner.height }
      }
      await s.setWindowSize(viewport.width + frame.width, viewport.height + frame.height)
      await s.goto('about:blank')
      await s.goto(url)
    },
    run: (body, ...args) => s.execute(body, ...args),
    screenshot: () => s.screenshot(),
    tap: (x, y) => s.click(x, y),
    close: async () => {
      await s.quit().catch(() => undefined)
      driver.kill()
    },
  }
}

export function launch(name: EngineName, webdriverPort = 4455): Promise<EngineDriver> {
  return name === 'webkit' ? webkitDriver(webdriverPort) : puppeteerDriver(name)
}
