/**
 * Embedding the map in a clinic's article: the "Embed in an article" code in the Tours & quizzes panel, and the
 * embedded view (embed.html) itself. The cross-engine suite (tests/engines) also loads two embeds side by side in
 * an article on another origin, in Chromium, Firefox and WebKit.
 */
import { expect, test, waitForScene } from './fixtures'

test.use({ serviceWorkers: 'allow' })

test('the Tours & quizzes panel gives the embed code of the view, without the marked pain areas', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/#m=upper-trapezius&pain=temple.L&view=left&tab=teach')
  await waitForScene(page)
  const code = page.getByRole('textbox', { name: 'Embed code for the current view' })
  await expect(code).toHaveValue(/^<iframe src="[^"]*\/embed\.html#m=upper-trapezius[^"]*view=left"/)
  const snippet = await code.inputValue()
  expect(snippet).not.toMatch(/pain=|temple|tab=/)
  expect(snippet).toContain('loading="lazy"')
  expect(snippet).toContain('title="Body map: Upper trapezius')
  await page.getByRole('button', { name: 'Copy embed code' }).click()
  await expect(page.getByText('Embed code copied.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet)

  // The code opens the same view in the embed page, which links back to the full map.
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&')
  expect(new URL(src).origin).toBe(new URL(baseURL!).origin)
  await page.goto(src)
  await waitForScene(page)
  await expect(page.locator('.embed-text')).toHaveText(/Upper trapezius/)
  await expect(page.getByRole('link', { name: 'Open in the full map' })).toHaveAttribute(
    'href',
    `${new URL(baseURL!).origin}/#m=upper-trapezius&view=left`,
  )
})

test('the embedded view registers no service worker and writes nothing to the article’s history', async ({
  page,
}) => {
  await page.goto('/embed.html#view=back')
  await waitForScene(page)
  const before = await page.evaluate(() => history.length)
  // The full map registers its worker 2 s after load; the embedded view never does.
  await page.waitForTimeout(3000)
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
  await expect(page.locator('.app-header, .panel')).toHaveCount(0)
  const p = await page.evaluate(() => window.__bodymap!.musclePoint('middle-trapezius', 'left'))
  await page.mouse.click(p!.x, p!.y)
  await expect(page.locator('.embed-text')).toHaveText(/trapezius|rhomboid/i)
  expect(await page.evaluate(() => history.length)).toBe(before)
  expect(page.url()).toMatch(/embed\.html#view=back$/)
})
