/**
 * Updating an installed map never breaks an open page (issue: an update blanked an open tab, and a failed update
 * check broke offline start). Two builds, A and B, differ in one lazy file (the tour bar); the tests deploy A,
 * install it, deploy B into the same folder and check: the open tab keeps working (a tour starts), the update
 * is offered and taken only on Reload, the model and unchanged files are not downloaded again, and offline
 * reloads work, also after a deployment whose sw.js was missing for a while.
 */
import { resolve } from 'node:path'
import { readdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { build } from 'vite'
import { startStaticServer } from '../engines/server'
import type { StaticServer } from '../engines/server'
import { expect, test, waitForScene } from './fixtures'

const PORT = Number(process.env.E2E_PORT ?? 4173) + 7
const A = resolve('dist-upgrade-a')
const B = resolve('dist-upgrade-b')

test.use({ serviceWorkers: 'allow', baseURL: `http://127.0.0.1:${PORT}` })
test.describe.configure({ mode: 'serial', timeout: 240_000 })

/** Builds the app; `variant` changes one lazy file (the tour bar), as a release that touched only it. */
async function buildVariant(outDir: string, variant: string | null) {
  await build({
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: variant
      ? [
          {
            name: 'one-changed-file',
            enforce: 'pre' as const, // before JSX is compiled
            transform: (code, id) =>
              id.endsWith('/src/ui/tours/TourBar.tsx')
                ? code.replace('className="tour-bar"', `className="tour-bar" data-release="${variant}"`)
                : null,
          },
        ]
      : [],
  })
}

let server: StaticServer

test.beforeAll(async () => {
  test.setTimeout(300_000)
  await buildVariant(A, null)
  await buildVariant(B, 'B')
  server = await startStaticServer(A, '/', PORT, { capture: false })
})

test.afterAll(async () => {
  await server?.close()
})

const models = () => server.sent.filter((s) => /\/body-[^/]*\.glb$/.test(s.path)).length

/** Opens the map and waits until its worker is installed and controls the page (a reload after the first visit). */
async function install(page: Page) {
  await page.goto('/')
  await waitForScene(page)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await waitForScene(page)
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

test('an update waits for Reload, keeps the open tab working, and downloads only what changed', async ({
  page,
  context,
}) => {
  server.setRoot(A)
  await install(page)
  const modelsBefore = models()
  const sentBefore = server.sent.length

  // Release B lands in the same folder; a second tab opens the map.
  server.setRoot(B)
  const second = await context.newPage()
  await second.goto('/')
  await waitForScene(second)
  // Both tabs offer the new version; neither is taken over.
  await expect(
    page.getByRole('status').filter({ hasText: 'A new version of the map is ready.' }),
  ).toBeVisible({
    timeout: 60_000,
  })
  await expect(
    second.getByRole('status').filter({ hasText: 'A new version of the map is ready.' }),
  ).toBeVisible()

  // The first tab is still release A, and its lazy files still load: a tour starts.
  await page.goto('/#tour=headache&step=1')
  const bar = page.locator('.tour-bar')
  await expect(bar).toBeVisible()
  await expect(bar).not.toHaveAttribute('data-release', 'B')

  // What B's install fetched: nothing but the files B changed (never the model, never a file A already had).
  const fetched = server.sent.slice(sentBefore).map((s) => s.path)
  const inA = new Set(readdirSync(resolve(A, 'assets')).map((f) => `/assets/${f}`))
  expect(models(), 'the model is not downloaded again').toBe(modelsBefore)
  expect(
    fetched.filter((p) => inA.has(p)),
    'unchanged files downloaded again',
  ).toEqual([])
  const bytes = server.sent.slice(sentBefore).reduce((n, s) => n + s.bytes, 0)
  console.log(
    `update A -> B fetched ${fetched.length} files, ${(bytes / 1024).toFixed(0)} KiB: ${fetched.join(' ')}`,
  )

  // Reload takes B, in this tab.
  const reloaded = page.waitForEvent('load')
  await page.getByRole('button', { name: 'Reload' }).click()
  await reloaded
  await waitForScene(page)
  await page.goto('/#tour=headache&step=1')
  await expect(page.locator('.tour-bar')).toHaveAttribute('data-release', 'B', { timeout: 30_000 })

  // Offline, the map reopens from the device.
  await second.close()
  await context.setOffline(true)
  await page.reload()
  await waitForScene(page)
  await context.setOffline(false)
})

test('a release whose worker file was missing for a while never mixes versions, and offline start still works', async ({
  page,
  context,
}) => {
  server.setRoot(A)
  await install(page)
  // A half-done deployment: B's files are there, but sw.js is not (yet).
  server.setRoot(B)
  server.failing.add('/sw.js')
  await page.reload()
  await waitForScene(page)
  // The page is A's, whole: its tour bar (a lazy file) is A's too.
  await page.goto('/#tour=headache&step=1')
  await expect(page.locator('.tour-bar')).toBeVisible()
  await expect(page.locator('.tour-bar')).not.toHaveAttribute('data-release', 'B')
  await context.setOffline(true)
  await page.reload()
  await waitForScene(page)
  await context.setOffline(false)
  server.failing.clear()
})
