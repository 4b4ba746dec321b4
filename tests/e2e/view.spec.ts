/** The view buttons say which view is shown, and stop claiming one once the body is turned by hand. */
import { expect, test, waitForScene, waitForStill } from './fixtures'

test('after a drag no view button stays highlighted; choosing one highlights it again', async ({ page }) => {
  await page.goto('/#view=back')
  await waitForScene(page)
  const back = page.getByRole('button', { name: 'Back', exact: true })
  await expect(back).toHaveAttribute('aria-pressed', 'true')
  const box = (await page.locator('.body-view').boundingBox())!
  const y = box.y + box.height * 0.5
  await page.mouse.move(box.x + box.width * 0.3, y)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 })
  await page.mouse.up()
  await expect(back).toHaveAttribute('aria-pressed', 'false')
  await expect(page.locator('.view-controls [aria-pressed="true"]')).toHaveCount(0)
  await waitForStill(page)
  await back.click()
  await expect(back).toHaveAttribute('aria-pressed', 'true')
})
