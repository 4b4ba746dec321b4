/**
 * Nothing of a patient is left where the next one (or a synced browser history) can find it: marked pain areas
 * stay out of links unless the clinician puts them in a handout's, Back after "Next patient" never shows the
 * earlier patient's view, and a hostile link's text is repeated only in part.
 */
import { expect, test, waitForScene } from './fixtures'

test("marked pain areas stay out of the link and the handout's QR code unless the clinician ticks it", async ({
  page,
}) => {
  await page.goto('/#m=upper-trapezius&pain=temple.L')
  await waitForScene(page)
  await expect(page).toHaveURL(/#m=upper-trapezius$/)
  await page
    .getByRole('button', { name: /Patient handout|Handout/ })
    .first()
    .click()
  const link = page.locator('.cs-link')
  await expect(link).toContainText('m=upper-trapezius')
  await expect(link).not.toContainText('pain=')
  await page.getByRole('checkbox', { name: 'Put the marked pain areas in the link and QR code' }).check()
  await expect(link).toContainText('pain=temple.L')
})

test("after 'Next patient', Back does not bring the earlier patient's view back", async ({ page }) => {
  await page.goto('/')
  await waitForScene(page)
  await page.getByRole('button', { name: /^Masseter/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Masseter' })).toBeVisible()
  await expect(page).toHaveURL(/m=masseter/)
  await page
    .getByRole('button', { name: /Reset for the next patient|Next patient/ })
    .first()
    .click()
  await expect(page).not.toHaveURL(/m=masseter/)
  await page.goBack()
  await page.waitForTimeout(500)
  await expect(page).not.toHaveURL(/m=masseter/)
  await expect(page.getByRole('heading', { level: 2, name: 'Masseter' })).toHaveCount(0)
})

test('a link with a 100,000-character name is answered in one short notice, and the map works', async ({
  page,
}) => {
  await page.goto(`/#m=${'a'.repeat(100_000)}&view=back`)
  await waitForScene(page)
  const notice = page.locator('.notice').filter({ hasText: 'could not be used' })
  await expect(notice).toHaveCount(1)
  expect((await notice.textContent())!.length).toBeLessThan(250)
  await expect(page).toHaveURL(/#view=back$/)
})

test('no blank picture while the graphics restart: Save picture says so, and works once they are back', async ({
  page,
}) => {
  await page.goto('/#m=upper-trapezius')
  await waitForScene(page)
  await page.evaluate(() => {
    const gl = document.querySelector<HTMLCanvasElement>('.body-view canvas')!.getContext('webgl2')!
    ;(window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension('WEBGL_lose_context')!
    ;(window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext()
  })
  let downloads = 0
  page.on('download', () => downloads++)
  await page.getByRole('button', { name: 'Save picture' }).click()
  await expect(page.locator('.notice').filter({ hasText: 'The 3D view is restarting' })).toBeVisible()
  // The handout opened now has no picture, and says why.
  await page
    .getByRole('button', { name: /Patient handout|Handout/ })
    .first()
    .click()
  await expect(page.getByText(/was restarting when this handout opened/)).toBeVisible()
  await expect(page.locator('.cs-picture')).toHaveCount(0)
  await page.getByRole('button', { name: 'Close' }).first().click()
  expect(downloads).toBe(0)

  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext())
  await page.waitForTimeout(1500)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save picture' }).click()
  expect((await download).suggestedFilename()).toMatch(/^body-map-.*\.png$/)
})

test('a part whose file is gone (replaced by an update) says so with Reload, and the rest keeps working', async ({
  page,
  guard,
}) => {
  // The tour bar's file answers 404, as it would once a new release has replaced it on the server.
  await page.route(/\/assets\/TourBar-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }))
  await page.goto('/#tab=teach')
  await waitForScene(page)
  await page
    .getByRole('button', { name: /^Start the tour/ })
    .first()
    .click()
  const part = page
    .getByRole('alert')
    .filter({ hasText: 'This part of the map was updated while it was open.' })
  await expect(part).toBeVisible()
  await expect(part.getByRole('button', { name: 'Reload' })).toBeVisible()
  // The rest of the map still answers: the panels and the body.
  await page.getByRole('tab', { name: /Explore/ }).click()
  await page.getByRole('button', { name: /^Masseter/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Masseter' })).toBeVisible()
  // What the browser logged is the missing file, and nothing else.
  expect(guard.errors.every((e) => /404|TourBar|dynamically imported module|Failed to fetch/i.test(e))).toBe(
    true,
  )
  guard.errors.length = 0
})
