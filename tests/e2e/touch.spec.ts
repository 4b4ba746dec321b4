/**
 * The journeys of issue #15 by touch (hasTouch, isMobile), on a phone and a tablet: a tap must land where the
 * finger is, so nothing a tap previews may move what is under it.
 */
import type { Page } from '@playwright/test'
import { expect, test, waitForScene, waitForStill } from './fixtures'

const shots = process.env.TOUCH_SHOTS ?? 'test-results/screens'

/** The first of `muscles` (either side) that a tap on the canvas reaches, with its screen point. */
async function reachableMuscle(page: Page, muscles: string[]) {
  for (const muscleId of muscles) {
    for (const side of ['left', 'right'] as const) {
      const p = await page.evaluate(([m, s]) => window.__bodymap!.muscleTapPoint(m, s), [
        muscleId,
        side,
      ] as const)
      if (!p) continue
      const onCanvas = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS',
        p,
      )
      if (onCanvas) return { muscleId, side, ...p }
    }
  }
  return null
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
]) {
  test.describe(`by touch at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true })

    test('marking an area and tapping the first ranked muscle opens it', async ({ page }) => {
      await page.goto('/#tab=pain')
      await waitForScene(page)
      await page.getByRole('searchbox', { name: 'Find a body area' }).fill('outer elbow')
      await page
        .getByRole('button', { name: /outer elbow.*left|lateral epicondyle.*left/i })
        .first()
        .tap()
      await expect(page.locator('.chosen .chip-on')).toHaveCount(1)
      const first = page.locator('.candidate-list .candidate').first()
      await expect(first).toBeVisible()
      const name = (await first.locator('.list-button-title').textContent())!.trim()
      await first.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${shots}/touch-candidates-${viewport.width}.png` })
      await first.tap()
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
      await expect(page).toHaveURL(/[#&]m=/)
      await page.screenshot({ path: `${shots}/touch-candidate-opened-${viewport.width}.png` })
    })

    test('with a muscle selected, tapping a neighbouring muscle selects it', async ({ page }) => {
      await page.goto('/#m=upper-trapezius&view=back')
      await waitForScene(page)
      await waitForStill(page)
      await page.screenshot({ path: `${shots}/touch-neighbours-${viewport.width}.png` })
      const neighbour = await reachableMuscle(page, [
        'levator-scapulae',
        'middle-trapezius',
        'splenius-capitis',
        'deltoid',
        'infraspinatus',
      ])
      expect(neighbour, 'a neighbour of the upper trapezius can be tapped').not.toBeNull()
      await page.touchscreen.tap(neighbour!.x, neighbour!.y)
      await expect(page).toHaveURL(new RegExp(`m=${neighbour!.muscleId}(&|$)`))
      const name = new RegExp(neighbour!.muscleId.replace('-', ' '), 'i')
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
      await waitForStill(page)
      await page.screenshot({ path: `${shots}/touch-neighbour-tapped-${viewport.width}.png` })
    })

    test('who is looking: a phone starts as a patient, the choice shows clinician tools and is remembered', async ({
      page,
    }) => {
      const phone = viewport.width < 700
      await page.goto('/#m=upper-trapezius')
      await waitForScene(page)
      const latin = page.getByText('Pars descendens musculi trapezii')
      const reset = page.getByRole('button', { name: 'Reset for the next patient' })
      const handout = page.getByRole('button', { name: 'Patient handout' })
      const patient = page.getByRole('button', { name: "I'm a patient" })
      const clinician = page.getByRole('button', { name: "I'm a clinician" })
      await expect(phone ? patient : clinician).toHaveAttribute('aria-pressed', 'true')
      await page.screenshot({ path: `${shots}/touch-audience-default-${viewport.width}.png` })
      if (!phone) await patient.tap()
      // A patient: no clinician controls, no Latin subtitle, no palpation instructions.
      await expect(reset).toHaveCount(0)
      await expect(handout).toHaveCount(0)
      await expect(latin).toHaveCount(0)
      await expect(page.locator('.muscle-panel')).not.toContainText(/palpat|pincer|prone/i)
      await page.screenshot({ path: `${shots}/touch-audience-patient-${viewport.width}.png` })
      await clinician.tap()
      await expect(reset).toBeVisible()
      await expect(handout).toBeVisible()
      await expect(latin).toBeVisible()
      await page.reload()
      await waitForScene(page)
      await expect(page.getByRole('button', { name: "I'm a clinician" })).toHaveAttribute(
        'aria-pressed',
        'true',
      )
      await expect(page.getByRole('button', { name: 'Patient handout' })).toBeVisible()
      await page.screenshot({ path: `${shots}/touch-audience-clinician-${viewport.width}.png` })
    })

    test('every tab label fits in two lines', async ({ page }) => {
      await page.goto('/#m=upper-trapezius')
      await waitForScene(page)
      const lines = await page.getByRole('tab').evaluateAll((tabs) =>
        tabs.map((tab) => {
          const shown = [...tab.querySelectorAll('span')].find(
            (s) => getComputedStyle(s).position !== 'absolute',
          )
          const range = document.createRange()
          range.selectNodeContents(shown!)
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
          return { label: shown!.textContent, lines: tops.size }
        }),
      )
      for (const { label, lines: n } of lines) expect(n, label ?? '').toBeLessThanOrEqual(2)
      await page.screenshot({ path: `${shots}/touch-tabs-${viewport.width}.png` })
    })

    test("the key's swatches are the body's colours", async ({ page }) => {
      await page.goto('/#m=upper-trapezius&c=tension-type-headache&pain=temple.R')
      await waitForScene(page)
      const swatch = (role: string) =>
        page.locator(`.legend [data-role="${role}"]`).first().getAttribute('data-color')
      const body = await page.evaluate(() => ({
        selected: window.__bodymap!.colors('upper-trapezius', 'left'),
        condition: window.__bodymap!.colors('suboccipitals', 'left'),
      }))
      expect(await swatch('selected-muscle')).toBe(body.selected.muscle)
      expect(await swatch('essential')).toBe(body.selected.patterns[0])
      expect(await swatch('spillover')).toBe(body.selected.patterns[0])
      expect(await swatch('pain-marked')).toBe(body.selected.pain)
      expect(await swatch('condition-muscle')).toBe(body.condition.muscle)
      await page.screenshot({ path: `${shots}/touch-key-colours-${viewport.width}.png` })
    })

    test('the search hint fits its box, also presenting', async ({ page }) => {
      await page.goto('/')
      await waitForScene(page)
      const box = page.getByRole('combobox', { name: 'Search muscles, body areas and conditions' })
      const fits = () =>
        box.evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input)
          const ctx = document.createElement('canvas').getContext('2d')!
          ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
          return ctx.measureText(input.placeholder).width <= room
        })
      expect(await fits()).toBe(true)
      await page.getByRole('button', { name: 'Presentation mode' }).tap()
      await expect(page.locator(':root[data-presentation="true"]')).toHaveCount(1)
      expect(await fits()).toBe(true)
      await page.screenshot({ path: `${shots}/touch-presenting-${viewport.width}.png` })
    })
  })
}
