/**
 * Installable and offline: after one visit the service worker has cached the app, its data and the model, and
 * the map reopens with the network cut. The page runs under its Content Security Policy throughout (the shared
 * guard fails any test on a policy violation or console error).
 */
import { canvasVariance, expect, test, waitForScene } from './fixtures'

test.use({ serviceWorkers: 'allow' })

test('the built page declares a strict Content Security Policy and a web app manifest', async ({ page }) => {
  await page.goto('/')
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("default-src 'self'")
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'")
  expect(csp).not.toContain('unsafe-inline')
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href')
    return href ? ((await (await fetch(href)).json()) as { name: string; icons: { src: string }[] }) : null
  })
  expect(manifest?.name).toBe('Trigger Point Body Map')
  expect(manifest?.icons.length).toBeGreaterThanOrEqual(2)
  await waitForScene(page)
})

test('after the first visit the map reopens with the network cut', async ({ page, context }) => {
  test.setTimeout(120_000)
  await page.goto('/#m=piriformis&view=back&layers=g111')
  await waitForScene(page)
  // The worker registers shortly after load and caches every file of the build; it never takes over a running
  // page, so it controls the map from the next load on.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await waitForScene(page)
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  const cached = await page.evaluate(async () => {
    const names = await caches.keys()
    const cache = await caches.open(names.find((n) => n.startsWith('body-map-'))!)
    return (await cache.keys()).map((r) => new URL(r.url).pathname)
  })
  expect(cached).toContain('/index.html')
  expect(cached).toContain('/embed.html')
  expect(cached.some((p) => p.endsWith('.glb'))).toBe(true)
  expect(cached.some((p) => p.endsWith('.js'))).toBe(true)

  await context.setOffline(true)
  await page.reload()
  await waitForScene(page)
  expect(await canvasVariance(page)).toBeGreaterThan(5)
  // The deep link still opens its muscle, and search (bundled data) still answers.
  await expect(page.getByRole('heading', { level: 2, name: 'Piriformis' })).toBeVisible()
  await context.setOffline(false)
})
