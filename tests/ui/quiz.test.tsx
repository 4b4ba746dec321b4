// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { QuizKind } from '@/domain/quiz'
import { currentQuestion } from '@/state/quizSlice'
import { selectView } from '@/state/presented'
import { QuizLauncher } from '@/ui/quiz/QuizLauncher'
import { SelectionBar } from '@/ui/SelectionBar'
import { SelectionStatus } from '@/ui/SelectionStatus'
import { TeachPanel } from '@/ui/TeachPanel'
import { useAudience } from '@/state/audience'
import { strings } from '@/i18n'
import { tinyDataset } from './fixture'
import { renderWithData, resetStore, store } from './renderWithData'

beforeEach(() => {
  resetStore()
  store().setTab('teach')
})
afterEach(cleanup)

const kindLabel: Record<QuizKind, RegExp> = {
  'which-muscle': /^Which muscle sends pain here\?$/,
  'where-refer': /^Where does this muscle send pain\?$/,
  'name-muscle': /^Name the highlighted muscle$/,
}

/** Renders the quiz (with the selection bar and status, to check names stay hidden) and starts one kind. */
async function startQuiz(kind: QuizKind, code = '7') {
  const r = renderWithData(
    <>
      <SelectionBar />
      <QuizLauncher />
      <SelectionStatus />
    </>,
  )
  await r.user.click(screen.getByRole('radio', { name: kindLabel[kind] }))
  await r.user.type(screen.getByRole('textbox', { name: 'Quiz code (optional)' }), code)
  await r.user.click(screen.getByRole('button', { name: 'Start the quiz' }))
  return r
}

const q = () => currentQuestion(store())!

function expectNamesHidden(name: string) {
  expect(screen.queryByText(/Selected:/)).toBeNull()
  expect(screen.getByTestId('selection-status')).toHaveTextContent('the muscle is not named')
  expect(screen.getByTestId('selection-status')).not.toHaveTextContent(name)
  expect(selectView(store()).selectedMuscleId).toBeNull()
}

describe('quiz: "which muscle sends pain here?"', () => {
  it('shows the zones in words, takes number keys + Enter, scores right and wrong, then sums up', async () => {
    const { user } = await startQuiz('which-muscle')
    expect(screen.getByText(strings.quizUi.namesHidden)).toBeInTheDocument()
    expect(screen.getByText('Question 1 of 3')).toBeInTheDocument()
    const first = q()
    if (first.kind !== 'which-muscle') throw new Error('kind')
    expect(store().quizPattern?.essential).toEqual(first.essential)
    const zones = screen.getByRole('region', { name: 'The pain shown on the body' })
    expect(zones).toHaveTextContent(/Main zone/)
    expectNamesHidden(first.answer)
    // Right, by keyboard: the option's number, then Enter.
    await user.keyboard(String(first.options.indexOf(first.answer) + 1))
    await user.keyboard('{Enter}')
    expect(screen.getByText('Right!')).toBeInTheDocument()
    expect(screen.getByText('Score 1 of 1')).toBeInTheDocument()
    expect(store().quizHidesNames).toBe(false)
    // Next (focused), then a wrong answer by mouse.
    expect(screen.getByRole('button', { name: 'Next question' })).toHaveFocus()
    await user.keyboard('{Enter}')
    const second = q()
    if (second.kind !== 'which-muscle') throw new Error('kind')
    const wrong = second.options.find((o) => o !== second.answer)!
    const wrongName = screen.getAllByRole('radio').find((r) => (r as HTMLInputElement).value === wrong)!
    await user.click(wrongName)
    await user.click(screen.getByRole('button', { name: 'Check answer' }))
    expect(screen.getByText('Not quite.')).toBeInTheDocument()
    expect(screen.getByText(/^The answer: /)).toBeInTheDocument()
    expect(screen.getByText(/^You chose /)).toBeInTheDocument()
    expect(screen.getByText('Score 1 of 2')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next question' }))
    // Check with nothing picked: a nudge, nothing scored.
    await user.click(screen.getByRole('button', { name: 'Check answer' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer first.')
    expect(store().quiz.results).toHaveLength(2)
    const third = q()
    if (third.kind !== 'which-muscle') throw new Error('kind')
    await user.keyboard(String(third.options.indexOf(third.answer) + 1))
    await user.keyboard('{Enter}')
    await user.click(screen.getByRole('button', { name: 'See my score' }))
    // Summary: 2 of 3 right, the missed muscle to review.
    expect(screen.getByRole('heading', { name: 'Your score' })).toBeInTheDocument()
    expect(screen.getByTestId('quiz-total')).toHaveTextContent('2 / 3 · 67%')
    expect(screen.getByText(/You got 2 of 3 right/)).toBeInTheDocument()
    expect(document.querySelector('[data-kind="which-muscle"]')).toHaveTextContent('3 questions, 67%')
    expect(document.querySelector('[data-kind="name-muscle"]')).toBeNull()
    const review = screen.getByRole('list', { name: 'Worth another look' })
    const links = within(review).getAllByRole('button')
    expect(links).toHaveLength(1)
    await user.click(links[0]!)
    expect(store().tab).toBe('explore')
    expect(store().selectedMuscleId).toBe(second.answer)
  })
})

describe('quiz: "where does this muscle send pain?"', () => {
  it('scores ticked areas by overlap and says what was right, missed and extra', async () => {
    const { user } = await startQuiz('where-refer')
    const first = q()
    if (first.kind !== 'where-refer') throw new Error('kind')
    expect(store().selectedMuscleId).toBe(first.muscleId) // highlighted on the body
    expect(store().quizMarksRegions).toBe(true)
    expect(screen.queryByText(/Selected:/)).toBeNull()
    // Right: tick every essential area in the list.
    await user.click(screen.getByText('Body areas'))
    for (const id of first.essential) {
      const region = tinyDataset.regionsById.get(id)!
      await user.click(screen.getByRole('checkbox', { name: region.label }))
    }
    await user.click(screen.getByRole('button', { name: 'Check answer' }))
    expect(screen.getByText('Right!')).toBeInTheDocument()
    expect(screen.getByText('Your marks match 100% of the pattern.')).toBeInTheDocument()
    expect(store().quizPattern?.essential).toEqual(first.essential) // the real pattern, drawn beside the marks
    await user.click(screen.getByRole('button', { name: 'Next question' }))
    // Wrong: an area outside the pattern (the marks of the last question were cleared).
    expect(store().painRegionKeys).toEqual([])
    const second = q()
    if (second.kind !== 'where-refer') throw new Error('kind')
    const outside = ['temple', 'buttock', 'lateral-epicondyle'].find(
      (r) => !second.essential.includes(r) && !second.spillover.includes(r),
    )!
    const label = tinyDataset.regionsById.get(outside)!.label
    await user.click(screen.getByRole('checkbox', { name: label }))
    expect(screen.getByRole('button', { name: `Remove ${label}` })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Check answer' }))
    expect(screen.getByText('Not quite.')).toBeInTheDocument()
    expect(screen.getByText(`Not part of this pattern: ${label}.`)).toBeInTheDocument()
    expect(screen.getByText(/^Missed from the main zone: /)).toBeInTheDocument()
    expect(store().quiz.results.map((r) => r.correct)).toEqual([true, false])
  })

  it('a partly right pattern counts its share in the score; the closed list says what it holds', async () => {
    const { user } = await startQuiz('where-refer')
    const first = q()
    if (first.kind !== 'where-refer') throw new Error('kind')
    // The question names its muscle: no note about hidden names.
    expect(screen.queryByText(strings.quizUi.namesHidden)).toBeNull()
    const list = screen.getByText(strings.quizUi.areaList).closest('details')!
    expect(list).not.toHaveAttribute('open')
    expect(list.querySelector('summary')).toHaveTextContent('tick them instead of painting')
    await user.click(screen.getByText(strings.quizUi.areaList))
    const outside = ['temple', 'buttock', 'lateral-epicondyle'].find(
      (r) => !first.essential.includes(r) && !first.spillover.includes(r),
    )!
    for (const id of [first.essential[0]!, outside])
      await user.click(screen.getByRole('checkbox', { name: tinyDataset.regionsById.get(id)!.label }))
    expect(list.querySelector('summary')).toHaveTextContent('(2 marked)')
    await user.click(screen.getByRole('button', { name: 'Check answer' }))
    expect(screen.getByText('Partly right.')).toBeInTheDocument()
    const score = store().quiz.results[0]!.score
    expect(score).toBeGreaterThan(0)
    expect(score).toBeLessThan(1)
    expect(screen.getByText(`Score ${Math.round(score * 10) / 10} of 1`)).toBeInTheDocument()
    expect(screen.queryByText('Score 0 of 1')).toBeNull()
  })

  it('asks for a mark before checking', async () => {
    const { user } = await startQuiz('where-refer')
    await user.click(screen.getByRole('button', { name: 'Check answer' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Mark at least one area first.')
    expect(store().quiz.phase).toBe('question')
  })
})

describe('quiz: "name the highlighted muscle"', () => {
  it('hides the name while open, then scores right and wrong', async () => {
    const { user } = await startQuiz('name-muscle')
    const first = q()
    if (first.kind !== 'name-muscle') throw new Error('kind')
    expect(store().selectedMuscleId).toBe(first.muscleId)
    expectNamesHidden('Supinator')
    expectNamesHidden('Piriformis')
    expectNamesHidden('Upper trapezius')
    await user.click(
      screen.getAllByRole('radio').find((r) => (r as HTMLInputElement).value === first.answer)!,
    )
    await user.click(screen.getByRole('button', { name: 'Check answer' }))
    expect(screen.getByText('Right!')).toBeInTheDocument()
    expect(selectView(store()).selectedMuscleId).toBe(first.muscleId) // named again once answered
    await user.click(screen.getByRole('button', { name: 'Next question' }))
    const second = q()
    if (second.kind !== 'name-muscle') throw new Error('kind')
    await user.keyboard(String(second.options.findIndex((o) => o !== second.answer) + 1))
    await user.keyboard('{Enter}')
    expect(screen.getByText('Not quite.')).toBeInTheDocument()
    expect(store().quiz.results.map((r) => r.score)).toEqual([1, 0])
  })
})

describe('quiz launcher', () => {
  it('classroom mode makes the quiz big; End quiz goes back and gives the body back', async () => {
    store().selectMuscle('upper-trapezius')
    const { user, container } = await startQuiz('name-muscle')
    expect(container.querySelector('.quiz-classroom')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Classroom mode' }))
    expect(container.querySelector('.quiz-classroom')).not.toBeNull()
    await user.click(screen.getByRole('button', { name: 'End quiz' }))
    expect(screen.getByRole('button', { name: 'Start the quiz' })).toBeInTheDocument()
    expect(store().selectedMuscleId).toBe('upper-trapezius')
    expect(store().quizPattern).toBeNull()
  })

  it('refuses a quiz code that is not a number, kindly', async () => {
    const { user } = renderWithData(<QuizLauncher />)
    await user.type(screen.getByRole('textbox', { name: 'Quiz code (optional)' }), 'abc')
    await user.click(screen.getByRole('button', { name: 'Start the quiz' }))
    expect(screen.getByRole('alert')).toHaveTextContent('A quiz code is a whole number')
    expect(store().quiz.phase).toBe('setup')
  })

  it('without the 3D body, "name the highlighted muscle" cannot be chosen', () => {
    store().setQuizHas3d(false)
    renderWithData(<QuizLauncher />)
    expect(screen.getByRole('radio', { name: kindLabel['name-muscle'] })).toBeDisabled()
    expect(screen.getByText(/Without the 3D body/)).toBeInTheDocument()
  })
})

describe('Tours & quizzes', () => {
  it('offers the embed code to a clinician only', async () => {
    useAudience.setState({ audience: 'patient' })
    renderWithData(<TeachPanel />)
    await screen.findByRole('button', { name: 'Start the quiz' })
    expect(screen.queryByRole('heading', { name: strings.embed.heading })).toBeNull()
    useAudience.setState({ audience: 'clinician' })
    expect(await screen.findByRole('heading', { name: strings.embed.heading })).toBeInTheDocument()
  })

  it('a quiz under way, and its score, come before the tour cards', async () => {
    const { user } = renderWithData(<TeachPanel />)
    const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    await screen.findByRole('button', { name: 'Start the quiz' })
    const embed = strings.embed.heading // the embed code comes last, whatever comes first
    expect(headings()).toEqual([strings.teach.toursHeading, strings.teach.quizzesHeading, embed])
    await user.click(screen.getByRole('radio', { name: kindLabel['which-muscle'] }))
    await user.click(screen.getByRole('button', { name: 'Start the quiz' }))
    expect(headings()).toEqual([strings.teach.quizzesHeading, strings.teach.toursHeading, embed])
    expect(screen.getByText(/^Score /)).toBeInTheDocument()
  })
})
