/**
 * The body's start-up frame (boot/bootFrame.ts; its contract: boot/index.ts): the body is drawn before the app's code
 * has run, where the 3D view will be, and the 3D view carries on with the same canvas and the same picture.
 */
import type { Page } from '@playwright/test'
import { canvasVariance, expect, test, waitForScene, waitForStill } from './fixtures'

/** Holds back the app's code (React, the panels, the 3D view) until the returned function is called. */
async function holdBackApp(page: Page): Promise<() => void> {
  let release = () => undefined as void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/start-[^/]*\.js$/, async (route) => {
    await released
    await route.continue()
  })
  return release
}

/** The canvas: its place on the page and a 48×48 grey-level thumbnail of what it shows. */
async function canvasState(page: Page) {
  return page.evaluate(() => {
    const canvases = [...document.querySelectorAll('canvas')]
    const canvas = canvases[0]!
    const r = canvas.getBoundingClientRect()
    const copy = document.createElement('canvas')
    copy.width = copy.height = 48
    const ctx = copy.getContext('2d')!
    ctx.drawImage(canvas, 0, 0, 48, 48)
    const { data } = ctx.getImageData(0, 0, 48, 48)
    const grey: number[] = []
    for (let i = 0; i < data.length; i += 4) grey.push((data[i]! + data[i + 1]! + data[i + 2]!) / 3)
    return {
      canvases: canvases.length,
      rect: [r.x, r.y, r.width, r.height].map(Math.round),
      grey,
      bootPage: document.querySelector('.boot-shell') !== null,
      inBootStage: canvas.parentElement?.id === 'boot-stage',
    }
  })
}

const meanDifference = (a: number[], b: number[]) =>
  a.reduce((s, v, i) => s + Math.abs(v - b[i]!), 0) / a.length

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`draws the body before the app has loaded, where the 3D view then carries on (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    const release = await holdBackApp(page)
    await page.goto('/')
    await page.waitForFunction(() => document.body.dataset.bodyDrawn === 'true', undefined, {
      timeout: 60_000,
    })
    await page.waitForTimeout(500) // the frame is drawn; let it reach the screen
    const boot = await canvasState(page)
    expect(boot.bootPage, 'the app has not started yet').toBe(true)
    expect(boot.inBootStage).toBe(true)
    expect(await canvasVariance(page), 'the start-up frame shows the body').toBeGreaterThan(10)
    await page.screenshot({ path: `test-results/screens/boot-frame-${viewport.width}.png` })

    release()
    await waitForScene(page)
    await waitForStill(page)
    const app = await canvasState(page)
    expect(app.bootPage, 'React has replaced the start-up page').toBe(false)
    expect(app.canvases).toBe(1)
    expect(app.rect, 'the 3D view is where the start-up frame was').toEqual(boot.rect)
    expect(meanDifference(boot.grey, app.grey), 'the 3D view shows the same picture').toBeLessThan(3)
    // ...which it did not draw again: the start-up frame is the only one drawn until something changes.
    const renders = () => page.evaluate(() => window.__bodymap!.info().renders)
    expect(await renders()).toBe(1)
    await page.keyboard.press('Tab') // nothing that changes the picture
    await page.waitForTimeout(300)
    expect(await renders()).toBe(1)
    // A change is drawn: a selected muscle and its pain pattern.
    await page.evaluate(() => (location.hash = '#m=upper-trapezius'))
    await expect.poll(renders).toBeGreaterThan(1)
    await waitForStill(page)
    expect(meanDifference(app.grey, (await canvasState(page)).grey)).toBeGreaterThan(3)
  })
}

test('leaves a link to a muscle to the app, which draws it with its selection', async ({ page }) => {
  const release = await holdBackApp(page)
  const model = page.waitForResponse(/\/assets\/body-[^/]*\.glb$/)
  await page.goto('/#m=upper-trapezius')
  await (await model).finished()
  await page.waitForTimeout(1500)
  expect(await page.evaluate(() => document.body.dataset.bodyDrawn ?? null)).toBeNull()
  expect(await page.locator('canvas').count()).toBe(0)
  release()
  await waitForScene(page)
  await expect(page.getByRole('heading', { level: 2, name: /Upper trapezius/i })).toBeVisible()
})
