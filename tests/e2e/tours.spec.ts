// Guided tours (issue #6, "For the educator"): play through with the keyboard, open a step from a link, back and
// forward between steps, Escape restores the view from before, and compare of three muscles with its key.
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, waitForScene, waitForStill } from './fixtures'

const SHOTS = 'test-results/screens'
const tourData = (id: string) =>
  JSON.parse(readFileSync(`data/tours/${id}.json`, 'utf8')) as {
    title: string
    steps: { caption: string; muscles?: string[] }[]
  }
const headache = tourData('headache')
const tennis = tourData('tennis-elbow')

test.describe('guided tours', () => {
  // Several steps, each waiting for the camera on a shared, software-rendered machine.
  test.describe.configure({ timeout: 180_000 })

  test('a tour plays through with the keyboard, step by step, and the last step ends it', async ({
    page,
  }) => {
    await page.goto('/#tab=teach')
    await waitForScene(page)
    await page.getByRole('button', { name: `Start the tour: ${headache.title}` }).click()
    const bar = page.getByRole('region', { name: `Tour: ${headache.title}` })
    const caption = bar.locator('.tour-caption')
    await expect(bar).toContainText('Step 1 of 6')
    await expect(caption).toContainText(headache.steps[0]!.caption)
    await expect(page).toHaveURL(/#tour=headache&step=1$/)
    // focus is on Next: the body view and the page both take the tour keys
    await expect(bar.getByRole('button', { name: /Next/ })).toBeFocused()
    const keys = ['ArrowRight', 'PageDown', ' ', 'Enter', 'ArrowRight']
    for (const [i, key] of keys.entries()) {
      // each step gets its own history entry (changes within half a second are merged)
      await page.waitForTimeout(600)
      if (i === 2) await page.locator('.body-view').focus() // keys also work with the 3D view focused
      await page.keyboard.press(key)
      const n = i + 2
      await expect(bar).toContainText(`Step ${n} of 6`)
      await expect(caption).toContainText(headache.steps[n - 1]!.caption)
      await expect(page).toHaveURL(new RegExp(`#tour=headache&step=${n}$`))
      if (n === 4) {
        // the step frames its neck muscles and their pattern, from the view that shows most of it (the view
        // buttons say which)
        await waitForStill(page)
        await expect(page.locator('.view-controls [aria-pressed="true"]')).toHaveCount(1)
        expect(await page.evaluate(() => window.__bodymap!.patternBox()?.outside)).toBe(0)
      }
      const first = headache.steps[n - 1]!.muscles?.[0]
      if (first) await expect(page.locator('.tour-on-body')).toContainText(muscleName(first))
    }
    await waitForStill(page)
    expect(await page.locator('.view-controls [aria-pressed="true"]').textContent()).toMatch(/front/i)
    // back and forward move between steps
    await page.goBack()
    await expect(bar).toContainText('Step 5 of 6')
    await expect(caption).toContainText(headache.steps[4]!.caption)
    await page.goForward()
    await expect(bar).toContainText('Step 6 of 6')
    await expect(bar.getByRole('button', { name: /Finish/ })).toBeVisible()
    // Next on the last step ends the tour and returns to the list, focus on the tour's Start button
    await page.keyboard.press('ArrowRight')
    await expect(bar).toHaveCount(0)
    await expect(page.getByText(`You finished the tour “${headache.title}”.`)).toBeVisible()
    await expect(page.getByRole('button', { name: `Start the tour: ${headache.title}` })).toBeFocused()
    await expect(page).toHaveURL(/#tab=teach$/)
  })

  test('a tour link opens at its step, Previous goes back, and the screens read well', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.goto('/#tour=tennis-elbow&step=3')
    const bar = page.getByRole('region', { name: `Tour: ${tennis.title}` })
    await expect(bar).toContainText('Step 3 of 6')
    await expect(bar.locator('.tour-caption')).toContainText(tennis.steps[2]!.caption)
    await expect(page.locator('.selection-bar')).toContainText(muscleName('extensor-carpi-radialis-brevis'))
    await expect(page.locator('.legend-muscles li')).toHaveCount(2)
    // the step frames its muscle and pattern, all of it on the screen
    await waitForScene(page)
    await waitForStill(page)
    await expect(page.locator('.view-controls [aria-pressed="true"]')).toHaveCount(1)
    expect(await page.evaluate(() => window.__bodymap!.patternBox()?.outside)).toBe(0)
    const size = await bar
      .locator('.tour-caption')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(size, 'caption type is large on a projector').toBeGreaterThanOrEqual(28)
    for (const b of await bar.getByRole('button').all()) {
      const box = (await b.boundingBox())!
      expect(box.height).toBeGreaterThanOrEqual(44)
      expect(box.width).toBeGreaterThanOrEqual(44)
    }
    await page.screenshot({ path: `${SHOTS}/tour-1920.png` })
    await bar.getByRole('button', { name: /Previous/ }).click()
    await expect(bar).toContainText('Step 2 of 6')
    await expect(page).toHaveURL(/#tour=tennis-elbow&step=2$/)

    await page.setViewportSize({ width: 375, height: 740 })
    await waitForStill(page)
    const box = (await bar.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(375)
    const next = (await bar.getByRole('button', { name: /Next/ }).boundingBox())!
    expect(next.y + next.height).toBeLessThanOrEqual(740)
    await page.screenshot({ path: `${SHOTS}/tour-375.png` })
  })

  test('Escape ends the tour and restores the view from before it', async ({ page }) => {
    await page.goto('/#m=supinator&side=left&view=right&tab=teach')
    await waitForScene(page)
    await waitForStill(page)
    const before = new URL(page.url()).hash
    await page.getByRole('button', { name: `Start the tour: ${headache.title}` }).click()
    await expect(page).toHaveURL(/#tour=headache&step=1$/)
    await page.keyboard.press('ArrowRight')
    await expect(page.locator('.tour-bar')).toContainText('Step 2 of 6')
    await page.keyboard.press('Escape')
    await expect(page.locator('.tour-bar')).toHaveCount(0)
    await expect.poll(() => new URL(page.url()).hash).toBe(before)
    await expect(page.locator('.selection-bar')).toContainText(muscleName('supinator'))
    await waitForStill(page)
    await expect(page.locator('.view-controls [aria-pressed="true"]')).toHaveText(/right/i)
  })

  test('an unknown tour in a link gives a friendly notice and the map opens', async ({ page }) => {
    await page.goto('/#tour=migraine-tour&step=2')
    await expect(page.getByRole('status', { name: 'Messages' })).toContainText('migraine-tour')
    await expect(page.locator('.tour-bar')).toHaveCount(0)
  })

  test('Copy link copies the link of the current step', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/#tour=knee&step=4')
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByText(/link to this step was copied/)).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toMatch(/#tour=knee&step=4$/)
  })

  test('compare of three muscles: three patterns, three entries in the key', async ({ page }) => {
    await page.goto('/#m=upper-trapezius&cmp=levator-scapulae,infraspinatus&view=back')
    await waitForScene(page)
    await waitForStill(page)
    const entries = page.locator('.legend-muscles li')
    await expect(entries).toHaveCount(3)
    await expect(entries.nth(0)).toContainText(muscleName('upper-trapezius'))
    await expect(entries.nth(1)).toContainText(muscleName('levator-scapulae'))
    await expect(entries.nth(2)).toContainText(muscleName('infraspinatus'))
    // each entry has its own colour
    const colours = await entries
      .locator('[data-role^="pattern-"]')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor))
    expect(new Set(colours).size).toBe(3)
    await page.screenshot({ path: `${SHOTS}/compare-3.png` })
  })
})

test.describe('guided tours, accessibility and without WebGL', () => {
  test.describe.configure({ timeout: 180_000 }) // three axe runs on a shared machine

  test('axe finds no violations in the tour list, a playing tour and a compare', async ({ page }) => {
    await page.goto('/#tab=teach')
    await expect(page.getByRole('button', { name: `Start the tour: ${headache.title}` })).toBeVisible()
    const list = await new AxeBuilder({ page }).exclude('canvas').analyze()
    expect(list.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    await page.goto('/#tour=headache&step=2')
    await expect(page.locator('.tour-bar')).toContainText('Step 2 of 6')
    const playing = await new AxeBuilder({ page }).exclude('canvas').analyze()
    expect(playing.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    await page.goto('/#m=upper-trapezius&cmp=levator-scapulae,infraspinatus')
    await expect(page.getByRole('region', { name: 'Where each pattern reaches' })).toBeVisible()
    const compare = await new AxeBuilder({ page }).exclude('canvas').analyze()
    expect(compare.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })

  test('without WebGL a tour still plays: captions and the outline in words', async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (/webgl/i.test(type)) return null
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
      } as typeof original
    })
    await page.goto('/#tour=headache&step=2')
    await expect(page.getByText(/WebGL is not available/)).toBeVisible()
    const bar = page.locator('.tour-bar')
    await expect(bar).toContainText(headache.steps[1]!.caption)
    await expect(page.locator('.tour-on-body')).toContainText(muscleName('upper-trapezius'))
    await page.keyboard.press('ArrowRight')
    await expect(bar).toContainText('Step 3 of 6')
    await expect(page.locator('.tour-on-body')).toContainText(muscleName('suboccipitals'))
    await page.screenshot({ path: `${SHOTS}/tour-no-webgl.png` })
  })
})

function muscleName(id: string): string {
  return (JSON.parse(readFileSync(`data/muscles/${id}.json`, 'utf8')) as { name: string }).name
}
