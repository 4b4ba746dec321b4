// Clinical safety (issue #16): a patient who marks the left chest and the inner arm sees, first and unmissably, what
// to do in an emergency, above the muscles that may refer pain there; at phone and tablet size, in presentation
// mode, on a condition page, in the handout and in search.
import type { Page } from '@playwright/test'
import { expect, regionPoint, test, waitForScene, waitForStill } from './fixtures'

const EMERGENCY = 'Call emergency services now if you have any of these'

/** Ticks a body area in "Where does it hurt?" the way a patient does: filter the list, press the side. */
async function tick(page: Page, filter: string, name: string) {
  await page.getByRole('searchbox', { name: 'Find a body area' }).fill(filter)
  await page.getByRole('button', { name, exact: true }).click()
}

/** Ticks the left chest and the left inner arm, then checks the emergency box is in view and above the muscles. */
async function emergencyFirst(page: Page, shot: string) {
  await page.goto('/#tab=pain')
  await waitForScene(page)
  await tick(page, 'chest', 'Chest, Left')
  await tick(page, 'inner arm', 'Inner upper arm, Left')
  await expect(page.locator('.chosen .chip-on')).toHaveCount(2)
  const alert = page.getByRole('alert').filter({ hasText: EMERGENCY })
  await expect(alert).toBeVisible()
  // The panel scrolls to it: the patient sees it without looking for it.
  await expect(alert.getByRole('heading', { name: new RegExp(EMERGENCY) })).toBeInViewport()
  await expect(alert.getByRole('listitem').first()).toContainText('Possible heart attack.')
  await expect(alert.getByRole('listitem').first()).toContainText('Call emergency services now.')
  // First of the warning groups, and above the ranked muscles.
  const groups = page.locator('.pain-red-flags .rf-group')
  await expect(groups.first()).toHaveClass(/rf-emergency/)
  const candidates = page.getByRole('region', { name: 'Muscles that may send pain there' })
  await expect(candidates.locator('li').first()).toBeAttached()
  const box = (await alert.boundingBox())!
  const list = (await candidates.boundingBox())!
  expect(box.y + box.height).toBeLessThanOrEqual(list.y)
  // Red, in words too ("Emergency"), so it reads the same in black and white.
  const colour = await alert.locator('.rf-heading').evaluate((h) => getComputedStyle(h).backgroundColor)
  expect(colour).toBe('rgb(163, 20, 27)')
  await expect(alert.locator('.rf-badge')).toHaveText('Emergency')
  await page.screenshot({ path: `test-results/screens/safety-${shot}.png` })
}

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('left chest and inner arm: the emergency box comes first, above the muscles', async ({ page }) => {
    await emergencyFirst(page, 'phone')
  })
})

test.describe('on a tablet (1024×768)', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true })

  test('left chest and inner arm: the emergency box comes first, above the muscles', async ({ page }) => {
    await emergencyFirst(page, 'tablet')
  })

  test('presentation mode shows the same box in large type', async ({ page }) => {
    await page.goto('/#tab=pain&pain=chest.L,inner-upper-arm.L')
    await waitForScene(page)
    const heading = page.getByRole('alert').locator('.rf-heading')
    const normal = await heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize))
    await page.keyboard.press('Alt+Shift+P')
    await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(heading).toBeInViewport()
    const large = await heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize))
    expect(large).toBeGreaterThan(normal * 1.1)
    await page.screenshot({ path: 'test-results/screens/safety-tablet-presentation.png' })
  })
})

test.describe('elsewhere the patient looks', () => {
  test('painting the chest on the body raises the emergency box above the muscles', async ({ page }) => {
    await page.goto('/#tab=pain&view=front')
    await waitForScene(page)
    await waitForStill(page)
    await page.getByRole('button', { name: 'Draw on the body' }).click()
    await page.waitForTimeout(300) // the skin layout registers just after the first frame
    const p = (await regionPoint(page, 'chest.L'))!
    expect(p, 'left chest in view').not.toBeNull()
    await page.mouse.move(p.x - 8, p.y - 4)
    await page.mouse.down()
    for (let i = 1; i <= 12; i++) await page.mouse.move(p.x - 8 + (16 * i) / 12, p.y - 4 + (8 * i) / 12)
    await page.mouse.up()
    const alert = page.getByRole('alert').filter({ hasText: EMERGENCY })
    await expect(alert.getByRole('listitem').first()).toContainText('Possible heart attack.')
    const candidates = page.getByRole('region', { name: 'Muscles that may send pain there' })
    await expect(candidates.locator('li').first()).toBeAttached()
    expect((await alert.boundingBox())!.y).toBeLessThan((await candidates.boundingBox())!.y)
  })

  test('a condition page: emergencies first, above the muscles; milder signs after, under a milder heading', async ({
    page,
  }) => {
    await page.goto('/#tab=conditions&c=neck-shoulder-pain')
    await waitForScene(page)
    const headings = await page.locator('.condition-detail h3').allTextContents()
    const emergency = headings.findIndex((h) => h.includes(EMERGENCY))
    expect(emergency).toBeGreaterThanOrEqual(0)
    expect(emergency).toBeLessThan(headings.indexOf('Muscles often involved'))
    expect(emergency).toBeLessThan(headings.indexOf('Also get checked by a doctor if you notice'))
    await expect(page.locator('.other-signs')).not.toContainText(/emergency/i)
    await expect(page.locator('.rf-emergency')).toContainText('Possible heart attack')
  })

  test('the handout puts the warning signs first, and prints them in colour', async ({ page }) => {
    await page.goto('/#m=pectoralis-major&pain=chest.L,inner-upper-arm.L')
    await waitForScene(page)
    await page.getByRole('button', { name: 'Patient handout' }).click()
    const dialog = page.getByRole('dialog', { name: 'Notes from your visit' })
    const emergency = dialog.locator('.rf-emergency')
    await expect(emergency).toContainText('Possible heart attack')
    const box = (await emergency.boundingBox())!
    const muscles = (await dialog
      .getByRole('heading', { name: 'The muscles we talked about' })
      .boundingBox())!
    expect(box.y).toBeLessThan(muscles.y)
    await page.emulateMedia({ media: 'print' })
    await expect(emergency).toBeVisible()
    const adjust = await emergency.evaluate((g) => getComputedStyle(g).getPropertyValue('print-color-adjust'))
    expect(adjust).toBe('exact')
    await page.screenshot({ path: 'test-results/screens/safety-handout-print.png', fullPage: true })
    await page.emulateMedia({ media: 'screen' })
  })

  test('search for a symptom or an area shows its warning signs above the results', async ({ page }) => {
    await page.goto('/')
    await waitForScene(page)
    const box = page.getByRole('combobox', { name: 'Search muscles, body areas and conditions' })
    await box.fill('chest')
    const flags = page.locator('.search-popup .rf-emergency')
    await expect(flags).toContainText('Possible heart attack')
    // The signs are written out, and the results stay in view below the warnings.
    await expect(flags).toContainText('breathlessness')
    await expect(page.getByRole('option').first()).toBeInViewport()
    await page.screenshot({ path: 'test-results/screens/safety-search.png' })
    await box.fill('pins and needles')
    await expect(page.locator('.search-popup .rf-soon')).toContainText('Nerve or spinal cord symptoms')
    await box.fill('trapezius')
    await expect(page.locator('.search-popup .rf-group')).toHaveCount(0)
  })
})
