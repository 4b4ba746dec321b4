// Chairside: presentation mode and reset, the printable handout with a QR code that reopens the view, "Save
// picture" and the dry needling explainer. Screenshots go to test-results/chairside/ to be looked at.
import { readFileSync, writeFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import jsQR from 'jsqr'
import type { Page } from '@playwright/test'
import { expect, test, waitForScene, waitForStill } from './fixtures'

const SHOTS = process.env.CHAIRSIDE_SHOTS ?? 'test-results/chairside'

const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

/** Pixels of the handout's QR code drawn onto a canvas (in the page), for jsQR in Node. */
async function qrPixels(page: Page) {
  return page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('img.cs-qr')
    if (!img) throw new Error('no QR image')
    await img.decode()
    const size = 400
    const canvas = document.createElement('canvas')
    canvas.width = size
    canvas.height = size
    const ctx = canvas.getContext('2d')!
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, size, size)
    ctx.imageSmoothingEnabled = false
    ctx.drawImage(img, 0, 0, size, size)
    return { width: size, height: size, data: Array.from(ctx.getImageData(0, 0, size, size).data) }
  })
}

test.describe('chairside', () => {
  test('presentation mode: larger type, clinical detail folded; reset clears selection, pain and link', async ({
    page,
  }) => {
    await page.goto('/#m=upper-trapezius&pain=temple.L,temple.R&view=back')
    await waitForScene(page)
    await expect(page.getByRole('heading', { level: 2, name: 'Upper trapezius' })).toBeVisible()
    const before = await fontSize(page, '.muscle-panel section p')
    const toggle = page.getByRole('button', { name: 'Presentation mode' })
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    const heading = page.locator('#muscle-heading')
    await expect(heading).toHaveText(/^Top of the shoulder\s*Clinical name: Upper trapezius$/)
    const after = await fontSize(page, '.muscle-panel section p')
    expect(after / before).toBeGreaterThan(1.2)
    // Clinical detail and needling notes are tucked away, one tap from view.
    await expect(page.getByText(/superior nuchal line/)).toBeHidden()
    await expect(page.getByText('TrP1, anterior (vertical) upper fibers')).toBeHidden()
    await expect(page.getByText('Structures at risk')).toBeHidden()
    await expect(page.getByText(/^Clinical detail/)).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Pain is mainly felt in' })).toBeVisible()
    const axe = await new AxeBuilder({ page }).exclude('canvas').analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    await waitForStill(page)
    await page.screenshot({ path: `${SHOTS}/presentation.png` })

    await page.getByRole('button', { name: 'Reset for the next patient' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Cleared for the next patient.' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'All muscles' })).toBeVisible()
    expect(await page.evaluate(() => location.href)).not.toContain('#')
    await expect(page.getByRole('button', { name: 'Front', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await page.getByRole('tab', { name: 'Where does it hurt?' }).click()
    await expect(page.getByText('Nothing marked yet.')).toBeVisible()
    // Presentation mode stays on for the next patient, and the keyboard shortcut turns it off.
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await page.keyboard.press('Alt+Shift+P')
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  })

  test('handout: muscles discussed, aftercare, and a QR code that decodes to the exact view link', async ({
    page,
  }) => {
    await page.goto('/#m=upper-trapezius&cmp=levator-scapulae&pain=temple.L')
    await waitForScene(page)
    await waitForStill(page)
    const link = await page.evaluate(() => location.href)
    expect(link).toContain('#m=upper-trapezius')
    const opener = page.getByRole('button', { name: 'Patient handout' })
    await opener.click()
    const dialog = page.getByRole('dialog', { name: 'Notes from your visit' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('heading', { level: 4, name: /Upper trapezius/ })).toBeVisible()
    await expect(dialog.getByRole('heading', { level: 4, name: /Levator scapulae/ })).toBeVisible()
    await expect(dialog.getByRole('region', { name: 'After dry needling' })).toContainText('a day or two')
    await expect(dialog.getByRole('region', { name: 'Where you said it hurts' })).toContainText('Temple')
    await expect(dialog.getByText(link, { exact: true })).toBeVisible()
    // The picture of the view is a real PNG of the body.
    const picture = dialog.getByRole('img', { name: 'The body map as shown during the visit' })
    await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/)
    const [w, h] = await picture.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])
    const canvasWidth = await page.locator('.body-view canvas').evaluate((c: HTMLCanvasElement) => c.width)
    expect(h).toBeGreaterThan(300)
    // Cropped to the body: narrower than the whole view.
    expect(w).toBeLessThan(canvasWidth)

    const qr = dialog.getByRole('img', { name: /QR code/ })
    await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/)
    const px = await qrPixels(page)
    const decoded = jsQR(Uint8ClampedArray.from(px.data), px.width, px.height)
    expect(decoded?.data).toBe(link)

    await page.screenshot({ path: `${SHOTS}/handout.png` })
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.app-header')).toBeHidden()
    await expect(dialog.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden()
    await expect(dialog.getByRole('heading', { name: 'Notes from your visit' })).toBeVisible()
    await page.screenshot({ path: `${SHOTS}/handout-print.png`, fullPage: true })
    await page.emulateMedia({ media: 'screen' })

    const axe = await new AxeBuilder({ page }).include('.cs-layer').analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(opener).toBeFocused()
  })

  test('save picture downloads a PNG of the view', async ({ page }) => {
    await page.goto('/#m=upper-trapezius')
    await waitForScene(page)
    await waitForStill(page)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save picture' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^body-map-\d{4}-\d{2}-\d{2}\.png$/)
    const bytes = readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(bytes.length).toBeGreaterThan(20_000)
    const canvas = await page
      .locator('.body-view canvas')
      .evaluate((c: HTMLCanvasElement) => [c.width, c.height])
    // IHDR: width and height, big-endian, right after the signature and chunk header. The view's width, and a
    // band under the view with the muscle's name and the key.
    expect(bytes.readUInt32BE(16)).toBe(canvas[0])
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(canvas[1]! + 40)
    writeFileSync(`${SHOTS}/saved-picture.png`, bytes)
  })

  test('the dry needling explainer opens in one tap, reads in order, closes with Escape', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForScene(page)
    const opener = page.getByRole('button', { name: 'Dry needling explained' })
    await opener.click()
    const dialog = page.getByRole('dialog', { name: 'Dry needling, explained' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('heading', { level: 3 }).first()).toHaveText('What dry needling is')
    await expect(dialog).toContainText('local twitch response')
    await expect(dialog.getByRole('heading', { name: /Who should not have it/ })).toBeVisible()
    const axe = await new AxeBuilder({ page }).include('.cs-layer').analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(opener).toBeFocused()

    // In presentation mode its type is larger still.
    const normal = await (async () => {
      await opener.click()
      const size = await fontSize(page, '.cs-reading p')
      await page.keyboard.press('Escape')
      return size
    })()
    await page.keyboard.press('Alt+Shift+P')
    await opener.click()
    expect(await fontSize(page, '.cs-reading p')).toBeGreaterThan(normal * 1.2)
    await page.screenshot({ path: `${SHOTS}/explainer-presentation.png` })
  })

  test('on a phone the tools fit, presentation mode and the handout work', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await page.goto('/#m=gastrocnemius')
    await waitForScene(page)
    // A phone starts as a patient's; the physiotherapist says who is looking to get the handout.
    await page.getByRole('button', { name: "I'm a clinician" }).click()
    await page.getByRole('button', { name: 'Presentation mode' }).click()
    await expect(page.locator('#muscle-heading')).toHaveText(/^Calf/)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await waitForStill(page)
    await page.screenshot({ path: `${SHOTS}/phone-presentation.png` })
    await page.getByRole('button', { name: 'Patient handout' }).click()
    await expect(page.getByRole('dialog', { name: 'Notes from your visit' })).toBeVisible()
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible()
    await page.screenshot({ path: `${SHOTS}/phone-handout.png` })
  })
})

test.describe('chairside on a projector', () => {
  test('presentation mode at 1920 px: large type, every tab and tool in view', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.goto('/#m=gluteus-medius&view=back')
    await waitForScene(page)
    await page.keyboard.press('Alt+Shift+P')
    await expect(page.locator('#muscle-heading')).toHaveText(/^Side of the hip/)
    expect(await fontSize(page, '.muscle-panel section p')).toBeGreaterThanOrEqual(24)
    for (const tab of await page.getByRole('tab').all()) await expect(tab).toBeInViewport({ ratio: 1 })
    for (const tool of await page.getByRole('group', { name: 'Chairside tools' }).getByRole('button').all())
      await expect(tool).toBeInViewport({ ratio: 1 })
    await waitForStill(page)
    await page.screenshot({ path: `${SHOTS}/projector-presentation.png` })
  })
})
