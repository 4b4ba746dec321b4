/**
 * Issue #15, framing: by touch (hasTouch, isMobile) on a phone and a tablet, a muscle chosen from a condition's list
 * is shown with its referral pattern inside the 3D view and clear of every bar over it (the view buttons, the key,
 * the sheet's edge); the bottom sheet collapses to its handle and the body gets the room; an area found by search
 * is marked on one side and framed; a tour step frames its muscle (a fair share of the stage, not a smudge in the
 * whole body), on a tablet and on a projector in presentation mode.
 */
import type { Page } from '@playwright/test'
import { expect, test, waitForScene, waitForStill } from './fixtures'

const SHOTS = 'test-results/screens'

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** What is drawn over the 3D view: the view buttons, the key, a tour's caption bar and the panel (the sheet). */
async function bars(page: Page): Promise<{ name: string; box: Box }[]> {
  const out: { name: string; box: Box }[] = []
  for (const sel of ['.stage-tools > *', '.legend', '.tour-bar', '.panel']) {
    for (const el of await page.locator(sel).all()) {
      const box = await el.boundingBox()
      if (box && box.width > 0 && box.height > 0) out.push({ name: sel, box })
    }
  }
  return out
}

/**
 * The screen points of the skin the camera sees of the selected muscle's pattern (or of `keys`): each must lie in
 * the 3D view and under none of the bars. Returns how many points there were, and the pattern's screen box.
 */
async function expectClear(page: Page, keys?: string[]) {
  const stage = (await page.locator('.body-view canvas').boundingBox())!
  const shown = await page.evaluate((k) => window.__bodymap!.patternBox(k, true), keys)
  expect(shown, 'the pattern faces the camera').not.toBeNull()
  const over = await bars(page)
  const xy = shown!.xy!
  const stray: string[] = []
  for (let i = 0; i < xy.length; i += 2) {
    const [x, y] = [xy[i]!, xy[i + 1]!]
    if (x < stage.x || x > stage.x + stage.width || y < stage.y || y > stage.y + stage.height)
      stray.push(`(${x | 0}, ${y | 0}) off the view`)
    for (const { name, box } of over)
      if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height)
        stray.push(`(${x | 0}, ${y | 0}) under ${name}`)
  }
  expect(stray.slice(0, 5), `${stray.length} of ${xy.length / 2} pattern points hidden`).toEqual([])
  return { box: shown!, stage }
}

async function openFromCondition(page: Page, condition: RegExp, muscle: RegExp) {
  await page.getByRole('tab', { name: 'Conditions' }).tap()
  await page.getByRole('button', { name: condition }).first().tap()
  await page.locator('.condition-detail').getByRole('button', { name: muscle }).tap()
  await waitForStill(page)
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
]) {
  test.describe(`by touch at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true })
    test.describe.configure({ timeout: 150_000 })

    test('upper trapezius from the tension headache page shows its pattern, the temple too, clear of every bar', async ({
      page,
    }) => {
      await page.goto('/')
      await waitForScene(page)
      await openFromCondition(page, /tension/i, /^Upper trapezius/)
      await page.screenshot({ path: `${SHOTS}/framing-trapezius-${viewport.width}.png` })
      const { box, stage } = await expectClear(page)
      // The temple is part of what shows (seen from the side), not hidden behind the head.
      const temple = await page.evaluate(() => window.__bodymap!.patternBox(['temple'], true))
      expect(temple?.points ?? 0, 'the temple faces the camera').toBeGreaterThan(0)
      await expectClear(page, ['temple'])
      // Big enough to read: the pattern spans a good part of the view's height (the head was ~40 px wide); on a
      // phone with the sheet up, the view buttons and the key's rows leave it half the view (collapsed: below).
      expect(box.bottom - box.top).toBeGreaterThan(stage.height * (viewport.width < 700 ? 0.22 : 0.3))
    })

    test('Focus frames the muscle between the bars', async ({ page }) => {
      await page.goto('/')
      await waitForScene(page)
      await openFromCondition(page, /tension/i, /^Upper trapezius/)
      await page.locator('.muscle-actions').getByRole('button', { name: 'Focus' }).tap()
      await waitForStill(page)
      const box = (await page.evaluate(() => window.__bodymap!.muscleBox('upper-trapezius')))!
      expect(box.outside).toBe(0)
      for (const { name, box: bar } of await bars(page)) {
        const apart =
          box.right <= bar.x ||
          box.left >= bar.x + bar.width ||
          box.bottom <= bar.y ||
          box.top >= bar.y + bar.height
        expect(apart, `the muscle is clear of ${name}`).toBe(true)
      }
    })

    test('"back of the knee" from search marks one knee and turns to it', async ({ page }) => {
      await page.goto('/')
      await waitForScene(page)
      const search = page.getByRole('combobox', { name: /Search/ })
      await search.tap()
      await search.fill('back of the knee')
      await page
        .getByRole('option', { name: /back of the knee/i })
        .first()
        .tap()
      await expect(page.getByRole('list', { name: 'You marked' }).getByRole('listitem')).toHaveCount(1)
      await expect(page.getByRole('button', { name: '+ Back of the knee, Left too' })).toBeVisible()
      await waitForStill(page)
      await page.screenshot({ path: `${SHOTS}/framing-knee-${viewport.width}.png` })
      const knee = await page.evaluate(() => window.__bodymap!.patternBox(['back-of-knee.R'], true))
      expect(knee?.points ?? 0, 'the back of the knee faces the camera').toBeGreaterThan(0)
      await expectClear(page, ['back-of-knee.R'])
    })
  })
}

test.describe('the phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
  test.describe.configure({ timeout: 150_000 })

  test('the bottom sheet collapses to its handle; the body gets the room and the pattern stays in view', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForScene(page)
    await openFromCondition(page, /tension/i, /^Upper trapezius/)
    const before = (await page.locator('.body-view').boundingBox())!
    await page.getByRole('button', { name: 'Hide the panel' }).tap()
    const handle = page.getByRole('button', { name: 'Show the panel' })
    await expect(handle).toBeVisible()
    await waitForStill(page)
    const panel = (await page.locator('.panel').boundingBox())!
    const after = (await page.locator('.body-view').boundingBox())!
    expect(panel.height, 'collapsed to its handle').toBeLessThan(70)
    expect(after.height).toBeGreaterThan(before.height * 2)
    await page.screenshot({ path: `${SHOTS}/framing-sheet-collapsed-390.png` })
    const { box, stage } = await expectClear(page)
    expect(box.bottom - box.top).toBeGreaterThan(stage.height * 0.3)
    // ...and comes back with a tap on the handle.
    await handle.tap()
    await expect(page.getByRole('heading', { level: 2, name: 'Upper trapezius' })).toBeVisible()
  })
})

/** The share of the stage's height and width a muscle's screen box takes. */
async function muscleShare(page: Page, muscleId: string) {
  const stage = (await page.locator('.body-view canvas').boundingBox())!
  const box = (await page.evaluate((id) => window.__bodymap!.muscleBox(id), muscleId))!
  return { h: (box.bottom - box.top) / stage.height, w: (box.right - box.left) / stage.width, box }
}

test.describe('tours', () => {
  test.describe.configure({ timeout: 150_000 })

  test('on a tablet, a step frames its muscle and pattern: a fair share of the stage, clear of the bars', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      isMobile: true,
    })
    const page = await context.newPage()
    await page.goto('/#tour=headache&step=2')
    await waitForScene(page)
    await expect(page.locator('.tour-bar')).toBeVisible()
    await waitForStill(page)
    await page.screenshot({ path: `${SHOTS}/framing-tour-1024.png` })
    const share = await muscleShare(page, 'upper-trapezius')
    expect(Math.max(share.h, share.w), 'the muscle is not a smudge').toBeGreaterThan(0.3)
    await expectClear(page)
    await context.close()
  })

  test('on a projector in presentation mode the step is framed, the head clear of the bars, the stage given the room', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.goto('/#tour=headache&step=3')
    await waitForScene(page)
    await page.keyboard.press('Alt+Shift+P')
    await expect(page.locator(':root[data-presentation="true"]')).toHaveCount(1)
    await expect(page.locator('.tour-bar')).toBeVisible()
    await waitForStill(page)
    await page.screenshot({ path: `${SHOTS}/framing-tour-1920.png` })
    // The side panel steps aside while the tour plays: the stage takes the width.
    const stage = (await page.locator('.stage').boundingBox())!
    expect(stage.width).toBeGreaterThan(1900)
    // A small deep muscle (a few centimetres) with its pattern across the head: the head fills the stage's height.
    const share = await muscleShare(page, 'suboccipitals')
    expect(Math.max(share.h, share.w), 'the suboccipitals are not a smudge').toBeGreaterThan(0.06)
    const { box, stage: view } = await expectClear(page)
    expect(box.bottom - box.top).toBeGreaterThan(view.height * 0.3)
    // The top of the head is in the view, under none of the bars.
    await expectClear(page, ['occiput'])
  })
})
