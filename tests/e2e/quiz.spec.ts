// Quizzes (issue #6, "For the educator"): each kind played with a right and a wrong answer in the real app, the
// summary, names hidden while a question is open, classroom mode on a 1920×1080 projector, and without WebGL.
// A quiz code (seed) makes the questions known in advance: the test builds the same quiz with the engine.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { readDataDir } from '@/data/readDataFromDisk'
import { buildDataset } from '@/data/validate'
import type { QuizKind, QuizQuestion } from '@/domain/quiz'
import { generateQuiz, quizPool } from '@/domain/quiz'
import { seededRng } from '@/domain/rng'
import { expect, regionPoint, test, waitForScene, waitForStill } from './fixtures'

const SHOTS = 'test-results/screens'
const dataset = buildDataset(readDataDir(process.cwd()))
const name = (id: string) => dataset.musclesById.get(id)?.name ?? id
const label = (regionId: string) => dataset.regionsById.get(regionId)?.label ?? regionId

const KIND_LABEL: Record<QuizKind, string> = {
  'which-muscle': 'Which muscle sends pain here?',
  'where-refer': 'Where does this muscle send pain?',
  'name-muscle': 'Name the highlighted muscle',
}

/** The questions the app asks for this kind and code (5 questions over every muscle). */
function quizFor(kind: QuizKind, seed: number): QuizQuestion[] {
  return generateQuiz(dataset, seededRng(seed), {
    count: 5,
    kinds: [kind],
    pool: quizPool(dataset, { kind: 'all' }),
  })
}

async function startQuiz(page: Page, kind: QuizKind, seed: number, opts: { classroom?: boolean } = {}) {
  const quiz = page.locator('.quiz')
  await quiz.getByRole('radio', { name: KIND_LABEL[kind] }).check()
  await quiz.getByRole('radio', { name: '5 questions' }).check()
  await quiz.getByRole('textbox', { name: 'Quiz code (optional)' }).fill(String(seed))
  if (opts.classroom) await quiz.getByRole('checkbox', { name: /Classroom mode/ }).check()
  await quiz.getByRole('button', { name: 'Start the quiz' }).click()
  await expect(quiz.getByText('Question 1 of 5')).toBeVisible()
  return quiz
}

/** Nothing outside the question names `muscleId`: selection bar, status, 3D label, hover label, link. */
async function expectNamesHidden(page: Page, muscleId: string) {
  const muscle = name(muscleId)
  await expect(page.locator('.selection-bar')).toHaveCount(0)
  await expect(page.getByTestId('selection-status')).toHaveText(/muscle is not named/)
  await expect(page.locator('.body-view')).toHaveAttribute('aria-label', /muscle is not named/)
  expect(await page.locator('.body-view').getAttribute('aria-label')).not.toContain(muscle)
  expect(decodeURIComponent(page.url())).not.toContain(muscleId)
  // Point at the muscle on the body: the hover label stays quiet about it.
  for (const side of ['left', 'right'] as const) {
    const p = await page.evaluate(([id, s]) => window.__bodymap?.musclePoint(id, s) ?? null, [
      muscleId,
      side,
    ] as const)
    if (!p) continue
    await page.mouse.move(p.x, p.y)
    await page.waitForTimeout(150)
    const hover = page.locator('.hover-label')
    if (await hover.isVisible()) await expect(hover).not.toContainText(muscle)
  }
  await expect(page.locator('.quiz-play')).not.toContainText(`The answer: ${muscle}`)
}

/** Clicks option `muscleId` by its number key, then Enter. */
async function answerByKeys(page: Page, q: QuizQuestion & { options: string[] }, muscleId: string) {
  await page.locator('.quiz-prompt').focus()
  await page.keyboard.press(String(q.options.indexOf(muscleId) + 1))
  await expect(page.locator('.quiz-option', { hasText: name(muscleId) }).locator('input')).toBeChecked()
  await page.keyboard.press('Enter')
}

async function next(page: Page) {
  await page.getByRole('button', { name: /Next question|See my score/ }).click()
}

test.describe('quizzes', () => {
  test.describe.configure({ timeout: 180_000 })

  test('"which muscle sends pain here?": pattern on the body, names hidden, right and wrong, summary', async ({
    page,
  }) => {
    const questions = quizFor('which-muscle', 11)
    await page.goto('/#tab=teach')
    await waitForScene(page)
    const quiz = await startQuiz(page, 'which-muscle', 11)
    const q1 = questions[0]!
    if (q1.kind !== 'which-muscle') throw new Error('kind')
    await expect(quiz.locator('.quiz-prompt')).toHaveText('Which muscle sends pain to the areas shown?')
    await expect(quiz.locator('.quiz-zones')).toContainText(label(q1.essential[0]!))
    await expect(quiz.locator('.quiz-option')).toHaveText(
      q1.options.map((id, i) => new RegExp(`${i + 1}\\s*${name(id)}`)),
    )
    await waitForStill(page)
    // The body is turned to the view that shows the pattern: its areas face the viewer.
    const keys = q1.essential.flatMap((id) => [id, `${id}.L`, `${id}.R`])
    const seen = await Promise.all(keys.map((k) => regionPoint(page, k)))
    expect(seen.some((p) => p !== null)).toBe(true)
    await expectNamesHidden(page, q1.answer)
    await page.screenshot({ path: `${SHOTS}/quiz-which-question.png` })
    // Right, by keyboard.
    await answerByKeys(page, q1, q1.answer)
    const feedback = quiz.locator('.quiz-feedback')
    await expect(feedback).toContainText('Right!')
    await expect(feedback).toContainText(`${name(q1.answer)} sends pain mainly to`)
    await expect(quiz.locator('.quiz-score')).toHaveText('Score 1 of 1')
    // Named again once answered: the muscle is selected and in the link.
    await expect(page).toHaveURL(new RegExp(`m=${q1.answer}`))
    await waitForStill(page)
    await page.screenshot({ path: `${SHOTS}/quiz-which-feedback.png` })
    // Wrong, by mouse.
    await next(page)
    const q2 = questions[1]!
    if (q2.kind !== 'which-muscle') throw new Error('kind')
    const wrong = q2.options.find((o) => o !== q2.answer)!
    await quiz.locator('.quiz-option', { hasText: name(wrong) }).click()
    await quiz.getByRole('button', { name: 'Check answer' }).click()
    await expect(feedback).toContainText('Not quite.')
    await expect(feedback).toContainText(`The answer: ${name(q2.answer)}.`)
    await expect(feedback).toContainText(`You chose ${name(wrong)}.`)
    await expect(quiz.locator('.quiz-option.is-answer')).toContainText(name(q2.answer))
    await expect(quiz.locator('.quiz-score')).toHaveText('Score 1 of 2')
    await page.screenshot({ path: `${SHOTS}/quiz-which-wrong.png` })
    // The rest: right, wrong, right → 3 of 5.
    for (const [i, right] of [
      [2, true],
      [3, false],
      [4, true],
    ] as const) {
      await next(page)
      const q = questions[i]!
      if (q.kind !== 'which-muscle') throw new Error('kind')
      await answerByKeys(page, q, right ? q.answer : q.options.find((o) => o !== q.answer)!)
    }
    await next(page)
    const summary = page.locator('.quiz-summary')
    await expect(summary.getByRole('heading', { name: 'Your score' })).toBeFocused()
    await expect(summary.getByTestId('quiz-total')).toHaveText('3 / 5 · 60%')
    await expect(summary.locator('[data-kind="which-muscle"]')).toContainText('5 questions, 60%')
    const review = summary.getByRole('list', { name: 'Worth another look' }).getByRole('button')
    await expect(review).toHaveText(
      [q2.answer, questions[3]!.id.split(':')[1]!].map((id) => `Open ${name(id)} in Explore`),
    )
    const axe = await new AxeBuilder({ page }).exclude('canvas').analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/quiz-summary.png` })
    // A missed muscle opens in Explore.
    await review.first().click()
    await expect(page.getByRole('heading', { level: 2, name: name(q2.answer) })).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`m=${q2.answer}`))
  })

  test('"where does this muscle send pain?": taps on the body, scored by overlap, the real pattern shown', async ({
    page,
  }) => {
    const questions = quizFor('where-refer', 5)
    await page.goto('/#tab=teach')
    await waitForScene(page)
    const quiz = await startQuiz(page, 'where-refer', 5)
    const q1 = questions[0]!
    if (q1.kind !== 'where-refer') throw new Error('kind')
    await expect(quiz.locator('.quiz-prompt')).toHaveText(
      `Where does ${name(q1.muscleId)} send pain? Mark the areas.`,
    )
    await expect(page.locator('.selection-bar')).toHaveCount(0)
    await waitForStill(page)
    // Right: tap each essential area on the body where it can be seen, else tick it in the list.
    const viaList: string[] = []
    for (const regionId of q1.essential) {
      let tapped = false
      for (const key of [`${regionId}.L`, `${regionId}.R`, regionId]) {
        const p = await regionPoint(page, key)
        if (!p) continue
        await page.mouse.click(p.x, p.y)
        tapped = await quiz
          .locator('.quiz-marked')
          .getByRole('button', { name: `Remove ${label(regionId)}` })
          .isVisible()
        if (tapped) break
      }
      if (!tapped) viaList.push(regionId)
    }
    expect(viaList.length, 'at least one area marked by tapping the body').toBeLessThan(q1.essential.length)
    if (viaList.length) {
      await quiz.getByText('Body areas', { exact: true }).click()
      for (const r of viaList) await quiz.getByRole('checkbox', { name: label(r), exact: true }).check()
    }
    await page.screenshot({ path: `${SHOTS}/quiz-where-question.png` })
    await quiz.getByRole('button', { name: 'Check answer' }).click()
    const feedback = quiz.locator('.quiz-feedback')
    await expect(feedback).toContainText('Right!')
    await expect(feedback).toContainText('Your marks match 100% of the pattern.')
    await expect(feedback).toContainText(`Right: ${label(q1.essential[0]!)}`)
    await waitForStill(page)
    await page.screenshot({ path: `${SHOTS}/quiz-where-feedback.png` })
    // Wrong: one area far from the pattern, ticked in the list.
    await next(page)
    const q2 = questions[1]!
    if (q2.kind !== 'where-refer') throw new Error('kind')
    const outside = ['big-toe', 'forehead', 'palm'].find(
      (r) => !q2.essential.includes(r) && !q2.spillover.includes(r),
    )!
    await quiz.getByText('Body areas', { exact: true }).click()
    await quiz.getByRole('checkbox', { name: label(outside), exact: true }).check()
    await quiz.getByRole('button', { name: 'Check answer' }).click()
    await expect(feedback).toContainText('Not quite.')
    await expect(feedback).toContainText('Your marks match 0% of the pattern.')
    await expect(feedback).toContainText(`Not part of this pattern: ${label(outside)}.`)
    await expect(feedback).toContainText(`Missed from the main zone: ${label(q2.essential[0]!)}`)
    await waitForStill(page)
    await page.screenshot({ path: `${SHOTS}/quiz-where-wrong.png` })
    await expect(quiz.locator('.quiz-score')).toHaveText('Score 1 of 2')
  })

  test('"name the highlighted muscle": turned to, names hidden everywhere, right and wrong', async ({
    page,
  }) => {
    const questions = quizFor('name-muscle', 3)
    await page.goto('/#tab=teach')
    await waitForScene(page)
    const quiz = await startQuiz(page, 'name-muscle', 3)
    const q1 = questions[0]!
    if (q1.kind !== 'name-muscle') throw new Error('kind')
    await expect(quiz.locator('.quiz-prompt')).toHaveText('Which muscle is highlighted?')
    await waitForStill(page)
    await expectNamesHidden(page, q1.muscleId)
    await page.screenshot({ path: `${SHOTS}/quiz-name-question.png` })
    await answerByKeys(page, q1, q1.answer)
    await expect(quiz.locator('.quiz-feedback')).toContainText('Right!')
    await next(page)
    const q2 = questions[1]!
    if (q2.kind !== 'name-muscle') throw new Error('kind')
    await waitForStill(page)
    await expectNamesHidden(page, q2.muscleId)
    const wrong = q2.options.find((o) => o !== q2.answer)!
    await answerByKeys(page, q2, wrong)
    await expect(quiz.locator('.quiz-feedback')).toContainText('Not quite.')
    await expect(quiz.locator('.quiz-feedback')).toContainText(`The answer: ${name(q2.answer)}.`)
    await expect(quiz.locator('.quiz-score')).toHaveText('Score 1 of 2')
    await page.screenshot({ path: `${SHOTS}/quiz-name-feedback.png` })
    // Leaving for another tab gives the body back; coming back shows the quiz again.
    await page.getByRole('tab', { name: 'Explore' }).click()
    await page.getByRole('tab', { name: 'Tours & quizzes' }).click()
    await expect(quiz.locator('.quiz-score')).toHaveText('Score 1 of 2')
    await expect(quiz.locator('.quiz-feedback')).toContainText('Not quite.')
  })
})

test.describe('classroom mode on a projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })
  test.describe.configure({ timeout: 180_000 })

  test('makes the question, options and score big, and the panel wide', async ({ page }) => {
    await page.goto('/#tab=teach')
    await waitForScene(page)
    const size = async (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    const width = async () => (await page.locator('#panel').boundingBox())!.width
    await startQuiz(page, 'which-muscle', 11)
    const normal = {
      prompt: await size('.quiz-prompt'),
      option: await size('.quiz-option'),
      score: await size('.quiz-score'),
      panel: await width(),
    }
    await page.getByRole('button', { name: 'Classroom mode' }).click()
    await expect(page.locator('.quiz-classroom')).toHaveCount(1)
    const big = {
      prompt: await size('.quiz-prompt'),
      option: await size('.quiz-option'),
      score: await size('.quiz-score'),
      panel: await width(),
    }
    expect(big.prompt).toBeGreaterThanOrEqual(36)
    expect(big.option).toBeGreaterThanOrEqual(32)
    expect(big.score).toBeGreaterThanOrEqual(28)
    expect(big.prompt).toBeGreaterThan(normal.prompt * 1.5)
    expect(big.option).toBeGreaterThan(normal.option * 1.5)
    expect(big.panel).toBeGreaterThan(normal.panel)
    const option = (await page.locator('.quiz-option').first().boundingBox())!
    expect(option.height).toBeGreaterThanOrEqual(64)
    await waitForStill(page)
    await page.screenshot({ path: `${SHOTS}/quiz-classroom-1920.png` })
    const q1 = quizFor('which-muscle', 11)[0]!
    if (q1.kind !== 'which-muscle') throw new Error('kind')
    await answerByKeys(page, q1, q1.answer)
    await waitForStill(page)
    await page.screenshot({ path: `${SHOTS}/quiz-classroom-feedback-1920.png` })
  })
})

test.describe('quiz on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true })

  test('fits the bottom sheet with large touch targets', async ({ page }) => {
    await page.goto('/#tab=teach')
    await waitForScene(page)
    await page.getByRole('button', { name: 'Make the panel bigger' }).click()
    const quiz = await startQuiz(page, 'which-muscle', 11)
    for (const option of await quiz.locator('.quiz-option').all()) {
      const box = (await option.boundingBox())!
      expect(box.height).toBeGreaterThanOrEqual(44)
      expect(box.x + box.width).toBeLessThanOrEqual(375)
    }
    await page.screenshot({ path: `${SHOTS}/quiz-phone.png` })
  })
})

test.describe('quiz without WebGL', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (/webgl/i.test(type)) return null
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
      } as typeof original
    })
  })

  test('asks in words: zones listed, areas ticked, no "name the highlighted muscle"', async ({ page }) => {
    await page.goto('/#tab=teach')
    const quiz = page.locator('.quiz')
    await expect(quiz.getByRole('radio', { name: KIND_LABEL['name-muscle'] })).toBeDisabled()
    await quiz.getByRole('textbox', { name: 'Quiz code (optional)' }).fill('9')
    await quiz.getByRole('button', { name: 'Start the quiz' }).click()
    // Mixed without the body: which-muscle and where-refer in turn.
    const questions = generateQuiz(dataset, seededRng(9), {
      count: 5,
      kinds: ['which-muscle', 'where-refer'],
      pool: quizPool(dataset, { kind: 'all' }),
    })
    const q1 = questions[0]!
    if (q1.kind !== 'which-muscle') throw new Error('kind')
    await expect(quiz.locator('.quiz-zones')).toContainText(label(q1.essential[0]!))
    await answerByKeys(page, q1, q1.answer)
    await expect(quiz.locator('.quiz-feedback')).toContainText('Right!')
    await next(page)
    const q2 = questions[1]!
    if (q2.kind !== 'where-refer') throw new Error('kind')
    await expect(quiz.getByText('Tick the areas where you expect the pain.')).toBeVisible()
    for (const r of q2.essential) await quiz.getByRole('checkbox', { name: label(r), exact: true }).check()
    await quiz.getByRole('button', { name: 'Check answer' }).click()
    await expect(quiz.locator('.quiz-feedback')).toContainText('Right!')
    await page.screenshot({ path: `${SHOTS}/quiz-no-webgl.png` })
  })
})
