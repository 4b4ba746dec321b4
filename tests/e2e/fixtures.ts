/**
 * Shared Playwright fixtures: every test fails on console errors, page errors or any request that leaves the
 * app's origin (the app must work offline), and helpers to wait for the 3D scene and click real anatomy.
 */
import { test as base, expect } from '@playwright/test'
import type { Page } from '@playwright/test'

export const test = base.extend<{ guard: { errors: string[]; external: string[] } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = []
      const external: string[] = []
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
      // The built page carries a strict Content Security Policy: any violation fails the test.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`)
        })
      })
      await page.route(
        (url) => url.origin !== origin && url.protocol.startsWith('http'),
        (route) => {
          external.push(route.request().url())
          return route.abort('internetdisconnected')
        },
      )
      const guard = { errors, external }
      await use(guard)
      expect(external, 'requests to other hosts').toEqual([])
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Waits until the body model has loaded and drawn its first frame. */
export async function waitForScene(page: Page) {
  await page.waitForFunction(() => document.body.dataset.sceneReady === 'true', undefined, {
    polling: 100,
    timeout: 60_000,
  })
}

/** Waits for the camera to stop moving (frame count stable for a while). */
export async function waitForStill(page: Page) {
  let last = -1
  for (let i = 0; i < 40; i++) {
    const frames = await page.evaluate(() => window.__perf?.frames ?? 0)
    if (frames === last) return
    last = frames
    await page.waitForTimeout(400)
  }
}

/** Screen point of a skin region ("temple.L") or null when it is not in view. */
export async function regionPoint(page: Page, key: string) {
  return page.evaluate((k) => window.__bodymap?.regionPoint(k) ?? null, key)
}

/** Standard deviation of the canvas pixels' luminance: ~0 for a blank canvas. */
export async function canvasVariance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas')
    if (!canvas) return 0
    const copy = document.createElement('canvas')
    copy.width = 200
    copy.height = 200
    const ctx = copy.getContext('2d')
    if (!ctx) return 0
    ctx.drawImage(canvas, 0, 0, 200, 200)
    const { data } = ctx.getImageData(0, 0, 200, 200)
    let sum = 0
    let sq = 0
    const n = data.length / 4
    for (let i = 0; i < data.length; i += 4) {
      const l = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!
      sum += l
      sq += l * l
    }
    const mean = sum / n
    return Math.sqrt(sq / n - mean * mean)
  })
}
