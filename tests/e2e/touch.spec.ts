/**
 * The journeys of issue #15 by touch (hasTouch, isMobile), on a phone and a tablet: a tap must land where the
 * finger is, so nothing a tap previews may move what is under it.
 */
import { expect, test, waitForScene } from './fixtures'

const shots = process.env.TOUCH_SHOTS ?? 'test-results/screens'

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
      await expect(page).toHaveURL(/pain=lateral-epicondyle\.L/)
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
  })
}
