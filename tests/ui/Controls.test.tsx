// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LayerControls } from '@/ui/LayerControls'
import { ViewControls } from '@/ui/ViewControls'
import { camera } from '@/state/intents'
import { resetStore, store } from './renderWithData'

beforeEach(resetStore)
afterEach(cleanup)

describe('LayerControls', () => {
  it('shows each layer mode as a radio group that changes the store', async () => {
    const user = userEvent.setup()
    render(<LayerControls />)
    const skin = screen.getByRole('group', { name: 'Skin' })
    expect(within(skin).getByRole('radio', { name: 'Show' })).toBeChecked()
    await user.click(within(skin).getByRole('radio', { name: 'See-through' }))
    expect(store().layers.skin).toBe('ghost')
    const deep = screen.getByRole('group', { name: 'Deep muscles' })
    expect(within(deep).getByRole('radio', { name: 'Hide' })).toBeChecked()
    await user.click(within(deep).getByRole('radio', { name: 'Show' }))
    expect(store().layers.deep).toBe('shown')
    await user.click(
      within(screen.getByRole('group', { name: 'Skeleton' })).getByRole('radio', { name: 'Show' }),
    )
    expect(store().layers.skeleton).toBe('shown')
  })

  it('has an X-ray switch', async () => {
    const user = userEvent.setup()
    render(<LayerControls />)
    await user.click(screen.getByRole('switch', { name: /X-ray/ }))
    expect(store().xray).toBe(true)
  })

  it('reflects store changes made elsewhere (e.g. from a link)', () => {
    store().setLayer('superficial', 'hidden')
    render(<LayerControls />)
    const outer = screen.getByRole('group', { name: 'Outer muscles' })
    expect(within(outer).getByRole('radio', { name: 'Hide' })).toBeChecked()
  })
})

describe('ViewControls', () => {
  it('camera presets set the preset and request a camera move, even the same one again', async () => {
    const user = userEvent.setup()
    render(<ViewControls />)
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(store().camera).toBe('back')
    expect(store().cameraGoal).toEqual({ seq: 1, aim: { kind: 'preset', preset: 'back' }, animate: true })
    expect(screen.getByRole('button', { name: 'Back' })).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(store().cameraGoal.seq).toBe(2)
  })

  it('after the body is turned by hand no button is the current view, until one is chosen again', async () => {
    const user = userEvent.setup()
    render(<ViewControls />)
    await user.click(screen.getByRole('button', { name: 'Back' }))
    act(() => camera.cameraMovedByHand(2.5)) // what the camera controls say at the start of a drag
    for (const name of ['Front', 'Back', 'Left side', 'Right side'])
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false')
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(screen.getByRole('button', { name: 'Back' })).toHaveAttribute('aria-pressed', 'true')
  })

  it('focus on selection is enabled only with a selection', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<ViewControls />)
    expect(screen.getByRole('button', { name: 'Focus on selection' })).toBeDisabled()
    store().selectMuscle('supinator')
    rerender(<ViewControls />)
    await user.click(screen.getByRole('button', { name: 'Focus on selection' }))
    expect(store().cameraGoal.aim).toEqual({ kind: 'focus', muscleId: 'supinator', side: 'both' })
    expect(store().focused).toBe(true)
  })
})
