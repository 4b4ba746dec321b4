// The patient's pain drawing: paint on the 3D skin, ranked candidates, saved drawings (IndexedDB) across a
// reload, file export / import (and a damaged file refused), side-by-side comparison, forget everything.
import { mkdirSync, readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { strings } from '../../src/i18n'
import { expect, regionPoint, test, waitForScene, waitForStill } from './fixtures'

const shots = 'test-results/screens/drawing'
mkdirSync(shots, { recursive: true })
const t = strings.painDrawing

async function drag(page: Page, from: { x: number; y: number }, dx: number, dy: number, steps = 12) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + (dx * i) / steps, from.y + (dy * i) / steps)
  await page.mouse.up()
}

/** Paints a short stroke across the middle of a skin region seen from the current camera. */
async function paintRegion(page: Page, key: string) {
  const p = await regionPoint(page, key)
  expect(p, `${key} in view`).not.toBeNull()
  await drag(page, { x: p!.x - 8, y: p!.y - 4 }, 16, 8)
}

const savedItems = (page: Page) => page.locator('.saved-drawing')

/** Opens the back view in drawing mode, ready to paint. */
async function drawOnTheBack(page: Page) {
  await page.goto('/#tab=pain&view=back')
  await waitForScene(page)
  await waitForStill(page)
  await page.getByRole('button', { name: t.modeDraw }).click()
  await page.waitForTimeout(300) // the skin layout registers just after the first frame
}

/** Opens a drawing file with these fields (a drawing of 1 November 2026) through "Open a drawing file". */
async function openFile(page: Page, drawing: { label: string; marks: Record<string, object> }) {
  const file = { format: 'trigger-point-body-map/drawing', version: 1, createdAt: '2026-11-01T09:00:00.000Z' }
  await page.getByLabel(t.importLabel).setInputFiles({
    name: 'drawing.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...file, ...drawing })),
  })
}

test.describe('pain drawing', () => {
  test.setTimeout(240_000)

  test('paint on the skin, ranked candidates, save, reload, reopen, compare, files, forget', async ({
    page,
  }) => {
    await page.goto('/#tab=pain&view=back')
    await waitForScene(page)
    await waitForStill(page)
    await page.getByRole('button', { name: t.modeDraw }).click()
    await expect(page.getByRole('button', { name: t.modeDraw })).toHaveAttribute('aria-pressed', 'true')
    await page.waitForTimeout(300) // the skin layout registers just after the first frame

    // A stroke that starts on the skin paints and does not turn the body.
    const before = await regionPoint(page, 'buttock.R')
    await paintRegion(page, 'buttock.R')
    await waitForStill(page)
    expect(await regionPoint(page, 'buttock.R')).toEqual(before)
    const painted = page.getByRole('list', { name: t.painted })
    await expect(painted).toContainText('Buttock, right: aches')

    // Sharp / worst with a large brush on the back of the left thigh.
    await page.getByRole('button', { name: t.sharp, exact: true }).click()
    await page.getByRole('button', { name: t.large, exact: true }).click()
    await paintRegion(page, 'back-of-thigh.L')
    await expect(painted).toContainText('Back of the thigh, left: sharp / worst')
    // The brush ring shows where and how wide the brush paints.
    const thigh = (await regionPoint(page, 'calf.L'))!
    await page.mouse.move(thigh.x, thigh.y)
    await waitForStill(page)
    await page.locator('.body-view').screenshot({ path: `${shots}/brush-ring.png` })

    // Undo takes the last stroke back; draw it again.
    await page.getByRole('button', { name: t.undo, exact: true }).click()
    await expect(painted).not.toContainText('Back of the thigh, left')
    await paintRegion(page, 'back-of-thigh.L')
    await expect(painted).toContainText('Back of the thigh, left: sharp / worst')

    const candidates = page.getByRole('region', { name: strings.ui.pain.candidates })
    const first = candidates.getByRole('button').first()
    await expect(first).toBeVisible()
    await expect(first).toContainText(/covers about \d+% of the areas you marked/)
    await expect(candidates.getByRole('button', { name: /Piriformis|Gluteus/ }).first()).toBeVisible()
    await page.screenshot({ path: `${shots}/drawing.png` })

    // Pointing at a candidate draws its pattern with the drawing; the key says which is which.
    await first.hover()
    const name = (await first.locator('.list-button-title').textContent())!
    await expect(page.locator('.drawing-key')).toContainText(t.keyShown(name.trim()))
    await expect(page.locator('.drawing-key')).toContainText(t.keySharp)
    await waitForStill(page)
    await page.screenshot({ path: `${shots}/ranked-with-pattern.png` })
    await page.mouse.move(5, 300)

    // A drag that starts beside the body still turns it.
    const canvas = (await page.locator('canvas').boundingBox())!
    await drag(page, { x: canvas.x + 20, y: canvas.y + canvas.height / 2 }, 200, 0)
    await waitForStill(page)
    expect(await regionPoint(page, 'buttock.R')).not.toEqual(before)
    await page.getByRole('button', { name: strings.ui.view.back, exact: true }).click()
    await waitForStill(page)

    // Save it, with a name.
    await page.getByLabel(t.labelField).fill('First visit')
    await page.getByRole('button', { name: t.save }).click()
    await expect(page.getByRole('status').filter({ hasText: t.saved })).toBeVisible()
    await expect(savedItems(page)).toHaveCount(1)
    await expect(savedItems(page).first()).toContainText('First visit')
    await expect(savedItems(page).first().locator('img')).toHaveCount(2)

    // A later drawing: the thigh is gone, the buttock is now worst, the left calf is new.
    await page.getByRole('button', { name: t.clear, exact: true }).click()
    await expect(page.getByRole('list', { name: t.painted })).toHaveCount(0)
    await page.getByRole('button', { name: t.small, exact: true }).click()
    await paintRegion(page, 'buttock.R')
    await page.getByRole('button', { name: t.aches, exact: true }).click()
    await paintRegion(page, 'calf.L')
    await expect(painted).toContainText('Calf, left: aches')
    await page.getByLabel(t.labelField).fill('Second visit')
    await page.getByRole('button', { name: t.save }).click()
    await expect(savedItems(page)).toHaveCount(2)

    // Kept on the device: after a reload both are listed, and the first reopens on the body.
    await page.reload()
    await waitForScene(page)
    await expect(savedItems(page)).toHaveCount(2)
    await page.waitForTimeout(300)
    await page.getByRole('button', { name: t.openLabel('First visit') }).click()
    await expect(page.getByRole('status').filter({ hasText: t.opened('First visit') })).toBeVisible()
    await expect(page.locator('.drawing-status[role=status]')).not.toContainText(t.openedFallback)
    await expect(painted).toContainText('Back of the thigh, left: sharp / worst')
    await expect(painted).toContainText('Buttock, right: aches')
    expect(page.url()).not.toContain('thigh')

    // Compare the two side by side.
    await page.getByRole('checkbox', { name: t.compareChoose('First visit') }).check()
    await page.getByRole('checkbox', { name: t.compareChoose('Second visit') }).check()
    await page.getByRole('button', { name: t.compare }).click()
    const compare = page.getByRole('region', { name: t.compareHeading })
    const change = (start: string) =>
      compare.getByRole('listitem').filter({ hasText: new RegExp(`^${start}`) })
    await expect(change('New:')).toContainText('Calf, left')
    await expect(change('Gone:')).toContainText('Back of the thigh, left')
    await expect(change('Worse')).toContainText('Buttock, right')
    await expect(compare.locator('img')).toHaveCount(4)
    await compare.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${shots}/compare.png` })
    await page.setViewportSize({ width: 1280, height: 1500 })
    await compare.scrollIntoViewIfNeeded()
    await compare.screenshot({ path: `${shots}/compare-panel.png` })
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.getByRole('button', { name: t.closeCompare }).click()

    // Export "Second visit" as a file, then open it: it is known as the saved one (no copy), opened on the body.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t.exportLabel('Second visit') }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^pain-drawing-\d{4}-\d{2}-\d{2}-second-visit\.json$/)
    const file = readFileSync((await download.path())!, 'utf8')
    const json = JSON.parse(file) as {
      format: string
      label: string
      marks: Record<string, unknown>
      paint?: object
    }
    expect(json.format).toBe('trigger-point-body-map/drawing')
    expect(json.label).toBe('Second visit')
    expect(Object.keys(json.marks)).toEqual(expect.arrayContaining(['buttock.R', 'calf.L']))
    expect(json.paint).toBeDefined()
    const input = page.getByLabel(t.importLabel)
    await input.setInputFiles({
      name: 'second.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    })
    await expect(page.getByRole('status').filter({ hasText: t.alreadySaved('Second visit') })).toBeVisible()
    await expect(savedItems(page)).toHaveCount(2)
    await expect(painted).toContainText('Calf, left: aches')
    await expect(painted).not.toContainText('Back of the thigh')

    // A damaged file and a foreign file are refused with a clear message; nothing saved is touched.
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file.slice(0, file.length / 2)),
    })
    await expect(page.locator('.drawing-alert[role=alert]')).toHaveText(strings.drawingFile.damaged)
    await input.setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"a":1}'),
    })
    await expect(page.locator('.drawing-alert[role=alert]')).toHaveText(strings.drawingFile.foreign)
    await expect(savedItems(page)).toHaveCount(2)
    await expect(painted).toContainText('Calf, left: aches')

    // Forget everything: a confirm step, then nothing is left, even after a reload.
    await page.evaluate(() => localStorage.setItem('probe', '1'))
    await page.getByRole('button', { name: t.forget }).click()
    await page.getByRole('button', { name: t.forgetYes }).click()
    await expect(page.getByRole('status').filter({ hasText: t.forgotten })).toBeVisible()
    await expect(page.getByText(t.empty)).toBeVisible()
    await expect(page.getByRole('list', { name: t.painted })).toHaveCount(0)
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
    await page.reload()
    await waitForScene(page)
    await expect(page.getByText(t.empty)).toBeVisible()
  })

  test('at 375 px wide the drawing tools and saved list are usable', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await page.goto('/#tab=pain')
    await waitForScene(page)
    await page.getByRole('button', { name: t.modeDraw }).click()
    for (const name of [t.aches, t.sharp, t.erase, t.small, t.large, t.undo, t.clear]) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!
      expect(box.height, name).toBeGreaterThanOrEqual(44)
      expect(box.x + box.width, name).toBeLessThanOrEqual(376)
    }
    await page.screenshot({ path: `${shots}/narrow.png` })
    // The drawing panel (tools, saved drawings, forget) is axe-clean.
    await expect(page.getByText(t.empty)).toBeVisible()
    const results = await new AxeBuilder({ page }).include('.pain-finder').analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })
})

test('opening a file or a saved drawing over an unsaved drawing keeps it: it comes back, and Undo still works', async ({
  page,
}) => {
  await drawOnTheBack(page)
  await paintRegion(page, 'buttock.R')
  const painted = page.getByRole('list', { name: t.painted })
  await expect(painted).toContainText('Buttock, right: aches')
  await paintRegion(page, 'calf.L')
  await expect(painted).toContainText('Calf, left: aches')

  // A file with another drawing: it is opened, and the unsaved one is one step back.
  await openFile(page, {
    label: 'From a file',
    marks: { 'back-of-thigh.R': { intensity: 2, coverage: 0.5 } },
  })
  await expect(page.locator('.drawing-status[role=status]')).toContainText(t.keptForUndo)
  await expect(painted).toContainText('Back of the thigh, right')
  await expect(painted).not.toContainText('Buttock, right')
  await page.getByRole('button', { name: t.bringBack }).click()
  await expect(page.locator('.drawing-status[role=status]')).toHaveText(t.broughtBack)
  await expect(painted).toContainText('Buttock, right: aches')
  await expect(painted).toContainText('Calf, left: aches')
  await expect(painted).not.toContainText('Back of the thigh')

  // Reopening the saved drawing does the same, and the drawing tools' Undo brings the unsaved one back too.
  await page.getByRole('button', { name: t.openLabel('From a file') }).click()
  await expect(painted).toContainText('Back of the thigh, right')
  await expect(painted).not.toContainText('Buttock, right')
  await page.getByRole('button', { name: t.undo, exact: true }).click()
  await expect(painted).toContainText('Buttock, right: aches')
  await expect(painted).not.toContainText('Back of the thigh')
  // ...and the strokes before it can still be undone one by one.
  await page.getByRole('button', { name: t.undo, exact: true }).click()
  await expect(painted).toContainText('Buttock, right: aches')
  await expect(painted).not.toContainText('Calf, left')
})

test('a delete the browser refuses is reported, and the drawing is still there after a reload', async ({
  page,
}) => {
  await page.goto('/#tab=pain')
  await waitForScene(page)
  await openFile(page, { label: 'Still here', marks: { coccyx: { intensity: 1, coverage: 1 } } })
  await expect(savedItems(page)).toHaveCount(1)
  // The browser's storage refuses to delete (a full disk, a broken profile).
  await page.evaluate(() => {
    IDBObjectStore.prototype.delete = () => {
      throw new DOMException('The disk said no.', 'UnknownError')
    }
  })
  await page.getByRole('button', { name: t.removeLabel('Still here') }).click()
  await page.getByRole('button', { name: t.removeYes }).click()
  await expect(page.locator('.drawing-alert[role=alert]')).toHaveText(t.removeFailed)
  await expect(page.locator('.drawing-status[role=status]')).not.toHaveText(t.removed)
  await expect(savedItems(page)).toHaveCount(1)
  await page.reload()
  await waitForScene(page)
  await expect(savedItems(page)).toHaveCount(1)
  await expect(savedItems(page).first()).toContainText('Still here')
})

test('drawings left by a newer version of the map are named, not called private mode, and Forget says it is done', async ({
  page,
}) => {
  await page.goto('/')
  await waitForScene(page)
  // A later build upgraded the database to version 5 and saved two drawings in it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('trigger-point-body-map', 5)
        request.onupgradeneeded = () => {
          const store = request.result.createObjectStore('drawings', { keyPath: 'id' })
          store.add({ id: 'a', shapeOfTheFuture: true })
          store.add({ id: 'b', shapeOfTheFuture: true })
        }
        request.onsuccess = () => {
          request.result.close()
          resolve()
        }
        request.onerror = () => reject(new Error(String(request.error)))
      }),
  )
  await page.goto('/#tab=pain')
  await page.reload()
  await waitForScene(page)
  await expect(page.getByText(t.newerDatabase(2))).toBeVisible()
  await expect(page.getByText(t.storageUnavailable)).toHaveCount(0)
  await page.getByRole('button', { name: t.forget }).click()
  await page.getByRole('button', { name: t.forgetYes }).click()
  await expect(page.locator('.drawing-status[role=status]')).toHaveText(t.forgotten)
  await expect(page.locator('.drawing-alert[role=alert]')).toHaveCount(0)
  await expect(page.getByText(t.empty)).toBeVisible()
  await page.reload()
  await waitForScene(page)
  await expect(page.getByText(t.empty)).toBeVisible()
  await expect(page.getByText(t.newerDatabase(2))).toHaveCount(0)
})

test('two fingers on the skin do not paint: the stroke is dropped and the camera gets the pinch', async ({
  page,
}) => {
  await drawOnTheBack(page)
  const p = (await regionPoint(page, 'buttock.R'))!
  const before = await regionPoint(page, 'lower-back.R')
  await page.evaluate(
    async ({ x, y }) => {
      const canvas = document.querySelector('canvas')!
      const fire = (type: string, pointerId: number, cx: number, cy: number) =>
        canvas.dispatchEvent(
          new PointerEvent(type, {
            pointerId,
            pointerType: 'touch',
            isPrimary: pointerId === 11,
            clientX: cx,
            clientY: cy,
            buttons: type === 'pointerup' ? 0 : 1,
            bubbles: true,
            cancelable: true,
          }),
        )
      const frame = () => new Promise((r) => requestAnimationFrame(r))
      fire('pointerdown', 11, x, y)
      fire('pointermove', 11, x + 4, y + 2)
      await frame()
      fire('pointerdown', 12, x + 60, y + 60)
      for (let i = 1; i <= 10; i++) {
        fire('pointermove', 11, x - i * 8, y - i * 8)
        fire('pointermove', 12, x + 60 + i * 8, y + 60 + i * 8)
        await frame()
      }
      fire('pointerup', 11, x - 80, y - 80)
      fire('pointerup', 12, x + 140, y + 140)
    },
    { x: p.x, y: p.y },
  )
  await waitForStill(page)
  await expect(page.getByRole('list', { name: t.painted })).toHaveCount(0)
  await expect(page.getByRole('button', { name: t.undo, exact: true })).toBeDisabled()
  // the pinch zoomed in: the same point of the body moved on screen
  expect(await regionPoint(page, 'lower-back.R')).not.toEqual(before)
})

test('front, left and right are paintable too', async ({ page }) => {
  await page.goto('/#tab=pain')
  await waitForScene(page)
  await page.getByRole('button', { name: t.modeDraw }).click()
  const painted = page.getByRole('list', { name: t.painted })
  const views: [string, string, string][] = [
    [strings.ui.view.front, 'front-of-thigh.R', 'Front of the thigh, right'],
    [strings.ui.view.left, 'side-of-shoulder.L', 'Side of the shoulder, left'],
    [strings.ui.view.right, 'side-of-shoulder.R', 'Side of the shoulder, right'],
  ]
  for (const [view, key, label] of views) {
    await page.getByRole('button', { name: view, exact: true }).click()
    await waitForStill(page)
    await paintRegion(page, key)
    await expect(painted).toContainText(label)
  }
})
