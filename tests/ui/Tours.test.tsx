// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { selectView } from '@/state/presented'
import { camera } from '@/state/intents'
import { DEFAULT_VIEW } from '@/state/viewState'
import { endTour } from '@/ui/tours/tourControls'
import { TourBar, keyBelongsToTarget } from '@/ui/tours/TourBar'
import { TourLibrary } from '@/ui/tours/TourLibrary'
import { TourSlot } from '@/ui/tours/TourSlot'
import { renderWithData, resetStore, store } from './renderWithData'
import { tinyDataset } from './fixture'

const tour = tinyDataset.toursById.get('fixture-tour')!

function Player() {
  return (
    <div className="app">
      <section className="stage">
        <TourBar />
      </section>
      <TourLibrary />
    </div>
  )
}

beforeEach(() => resetStore())
afterEach(() => {
  cleanup()
})

describe('tour library', () => {
  it('lists each tour with its summary, audience, length and a Start button', () => {
    renderWithData(<TourLibrary />)
    expect(screen.getByRole('heading', { name: 'Condition tours' })).toBeInTheDocument()
    const card = screen.getByRole('heading', { name: 'Fixture tour' }).closest('li')!
    expect(card).toHaveTextContent('A short tour over the fixture dataset.')
    expect(card).toHaveTextContent('For a class')
    expect(card).toHaveTextContent('3 steps')
    expect(within(card).getByRole('button', { name: 'Start the tour: Fixture tour' })).toBeInTheDocument()
  })

  it('Start shows step 1 on the body and the outline in the panel', async () => {
    const { user } = renderWithData(<Player />)
    await user.click(screen.getByRole('button', { name: 'Start the tour: Fixture tour' }))
    expect(store().tour).toEqual({ id: 'fixture-tour', step: 0 })
    expect(store().painRegionKeys).toEqual(['temple.L', 'coccyx'])
    expect(store().camera).toBe('front')
    const bar = screen.getByRole('region', { name: 'Tour: Fixture tour' })
    expect(bar).toHaveTextContent('Step 1 of 3')
    expect(bar).toHaveTextContent('Temple pain.')
    expect(within(bar).getByRole('button', { name: /Previous/ })).toBeDisabled()
    // the outline: current step marked, what the body shows in words
    expect(screen.getByRole('button', { name: /Go to step 1/ })).toHaveAttribute('aria-current', 'step')
    expect(screen.getByText('Painful areas:').parentElement).toHaveTextContent(/Temple/i)
  })
})

describe('tour player', () => {
  it('Next, Previous, keys and the outline move through the steps; the last Next ends the tour', async () => {
    store().selectMuscle('piriformis', 'left')
    store().setTab('teach')
    const before = selectView(store())
    const { user } = renderWithData(<Player />)
    await user.click(screen.getByRole('button', { name: 'Start the tour: Fixture tour' }))
    const bar = () => screen.getByRole('region', { name: 'Tour: Fixture tour' })
    // focus lands on Next; Enter on it moves once (not twice: the page's key handler leaves buttons alone)
    expect(within(bar()).getByRole('button', { name: /Next/ })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(bar()).toHaveTextContent('Step 2 of 3')
    expect(store().selectedMuscleId).toBe('upper-trapezius')
    expect(store().overlayMuscleIds).toEqual(['supinator'])
    expect(store().camera).toBe('back')
    expect(store().layers.deep).toBe('shown')
    expect(screen.getByText('Muscles shown:').parentElement).toHaveTextContent('Upper trapezius, Supinator')
    await user.keyboard('{ArrowLeft}')
    expect(bar()).toHaveTextContent('Step 1 of 3')
    await user.keyboard('{End}')
    expect(bar()).toHaveTextContent('Step 3 of 3')
    expect(within(bar()).getByRole('button', { name: /Finish/ })).toBeInTheDocument()
    await user.keyboard('{Home}')
    expect(bar()).toHaveTextContent('Step 1 of 3')
    await user.click(screen.getByRole('button', { name: /Go to step 3/ }))
    expect(store().tour?.step).toBe(2)
    await user.click(within(bar()).getByRole('button', { name: /Finish/ }))
    expect(screen.queryByRole('region', { name: 'Tour: Fixture tour' })).not.toBeInTheDocument()
    expect(selectView(store())).toEqual(before)
    expect(screen.getByText('You finished the tour “Fixture tour”.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Start the tour: Fixture tour' })).toHaveFocus()
  })

  it('Escape exits and restores the view from before; keys typed in a field do not move the tour', async () => {
    store().applyView({ ...DEFAULT_VIEW, camera: 'left', xray: true, tab: 'teach' })
    const { user } = renderWithData(
      <>
        <input aria-label="notes" />
        <Player />
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Start the tour: Fixture tour' }))
    await user.click(screen.getByRole('textbox', { name: 'notes' }))
    await user.keyboard('{ArrowRight} {Escape}')
    expect(store().tour).toEqual({ id: 'fixture-tour', step: 0 })
    await user.click(
      within(screen.getByRole('region', { name: 'Tour: Fixture tour' })).getByText('Temple pain.'),
    )
    await user.keyboard('{PageDown}')
    expect(store().tour?.step).toBe(1)
    await user.keyboard('{Escape}')
    expect(store().tour).toBeNull()
    expect(store().camera).toBe('left')
    expect(store().xray).toBe(true)
  })

  it('Copy link shows the link to copy by hand when there is no clipboard', async () => {
    const { user } = renderWithData(<Player />)
    await user.click(screen.getByRole('button', { name: 'Start the tour: Fixture tour' }))
    await user.keyboard('{ArrowRight}')
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    const field = screen.getByRole('textbox', { name: /Copy this link/ })
    expect((field as HTMLInputElement).value).toMatch(/#tour=fixture-tour&step=2$/)
  })

  it('Copy link writes the link of the step to the clipboard', async () => {
    const { user } = renderWithData(<Player />)
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await user.click(screen.getByRole('button', { name: 'Start the tour: Fixture tour' }))
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/#tour=fixture-tour&step=1$/))
    expect(
      store()
        .notices.map((n) => n.text)
        .join(),
    ).toMatch(/copied/)
  })

  it('the slot loads the bar only while a tour plays (also without the 3D view)', async () => {
    renderWithData(
      <section className="stage">
        <p className="no-webgl">No 3D here.</p>
        <TourSlot />
      </section>,
    )
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    act(() => store().showTourStep(tour, 1))
    expect(await screen.findByRole('region', { name: 'Tour: Fixture tour' })).toHaveTextContent(
      'The upper trapezius.',
    )
    act(() => store().exitTour())
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
  })
})

describe('the camera when a tour ends', () => {
  it("shows the person's own preset again, with no automatic turn after it", () => {
    camera.showPreset('left')
    store().showTourStep(tour, 1)
    const seq = store().cameraGoal.seq
    endTour(tour.id)
    expect(store().cameraGoal).toMatchObject({ seq: seq + 1, aim: { kind: 'preset', preset: 'left' } })
    expect(store().camera).toBe('left')
  })
})

describe('which keys belong to the focused element', () => {
  it('typing, buttons for Enter/Space, and arrows in tab lists keep their keys', () => {
    document.body.innerHTML =
      '<input id="i"><button id="b">x</button><div role="tablist"><button role="tab" id="t">t</button></div><div id="d" tabindex="0"></div>'
    const el = (id: string) => document.getElementById(id)
    expect(keyBelongsToTarget('ArrowRight', el('i'))).toBe(true)
    expect(keyBelongsToTarget('Enter', el('b'))).toBe(true)
    expect(keyBelongsToTarget('ArrowRight', el('b'))).toBe(false)
    expect(keyBelongsToTarget('ArrowRight', el('t'))).toBe(true)
    expect(keyBelongsToTarget(' ', el('d'))).toBe(false)
    expect(keyBelongsToTarget('Escape', el('d'))).toBe(false)
    document.body.innerHTML = ''
  })
})
