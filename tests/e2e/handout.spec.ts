// The printed handout (#15): one tidy page or two, with lines for the condition, the clinic and the clinician
// (typed, the clinic and clinician remembered on the device) and typed notes.
import type { Page } from '@playwright/test'
import { expect, test, waitForScene } from './fixtures'

const shots = process.env.TOUCH_SHOTS ?? 'test-results/screens'

/** Pages of the handout printed to PDF (A4), counted from the PDF's page objects. */
async function printedPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1')
  return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length
}

async function openHandout(page: Page) {
  await page.getByRole('button', { name: 'Patient handout' }).click()
  const dialog = page.getByRole('dialog', { name: 'Notes from your visit' })
  await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible()
  return dialog
}

for (const { name, hashes, pages } of [
  { name: 'one-muscle', hashes: ['#m=upper-trapezius&pain=temple.R&c=tension-type-headache'], pages: 2 },
  {
    name: 'two-muscles',
    hashes: ['#m=levator-scapulae&pain=temple.R', '#m=upper-trapezius&pain=temple.R,posterolateral-neck.R'],
    pages: 3,
  },
]) {
  test(`the handout prints tidily: ${name} on at most ${pages} pages`, async ({ page }) => {
    for (const hash of hashes) {
      await page.goto(`/${hash}`)
      await waitForScene(page)
    }
    await openHandout(page)
    await page.emulateMedia({ media: 'print' })
    await page.setViewportSize({ width: 688, height: 1000 }) // an A4 page's width inside its margins
    await page.screenshot({ path: `${shots}/handout-print-${name}.png`, fullPage: true })
    expect(await printedPages(page)).toBeLessThanOrEqual(pages)
  })
}

test('the clinic and clinician typed on the handout are there next time; typed notes print', async ({
  page,
}) => {
  await page.goto('/#m=upper-trapezius&c=tension-type-headache')
  await waitForScene(page)
  let dialog = await openHandout(page)
  await expect(dialog.getByRole('textbox', { name: 'Condition' })).toHaveValue('Tension headache')
  await dialog.getByRole('textbox', { name: 'Clinic', exact: true }).fill('Elm Street Physio')
  await dialog.getByRole('textbox', { name: 'Clinician', exact: true }).fill('A. Lee')
  await dialog.getByRole('textbox', { name: 'Notes from your clinician' }).fill('Shoulder rolls twice a day.')
  await page.emulateMedia({ media: 'print' })
  await expect(dialog.getByRole('textbox', { name: 'Notes from your clinician' })).toBeVisible()
  await page.screenshot({ path: `${shots}/handout-print-typed.png`, fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  await dialog.getByRole('button', { name: 'Close' }).click()
  await page.reload()
  await waitForScene(page)
  dialog = await openHandout(page)
  await expect(dialog.getByRole('textbox', { name: 'Clinic', exact: true })).toHaveValue('Elm Street Physio')
  await expect(dialog.getByRole('textbox', { name: 'Clinician', exact: true })).toHaveValue('A. Lee')
})
