// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ExplorePanel } from '@/ui/ExplorePanel'
import { renderWithData, resetStore, store } from './renderWithData'

beforeEach(resetStore)
afterEach(cleanup)

describe('Explore: muscle list and muscle panel', () => {
  it('lists every muscle grouped by body area, as buttons', () => {
    renderWithData(<ExplorePanel />)
    const neck = screen.getByRole('region', { name: 'Neck' })
    expect(within(neck).getByRole('button', { name: /Upper trapezius/ })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Hip and buttock' })).toHaveTextContent('Piriformis')
    expect(screen.getAllByRole('button')).toHaveLength(3)
  })

  it('selecting from the list shows the panel with referral zones in words, and Back returns', async () => {
    const { user } = renderWithData(<ExplorePanel />)
    await user.click(screen.getByRole('button', { name: /Upper trapezius/ }))
    expect(store().selectedMuscleId).toBe('upper-trapezius')
    expect(screen.getByRole('heading', { level: 2, name: 'Upper trapezius' })).toHaveFocus()
    const essential = screen.getByRole('list', { name: 'Main pain area (essential)' })
    expect(
      within(essential)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Side and back of neck', 'Temple'])
    const spill = screen.getByRole('list', { name: 'May spread here (spillover)' })
    expect(spill).toHaveTextContent('Back of the head')
    expect(screen.getByText(/knot in my shoulder/)).toBeInTheDocument()
    const safety = screen.getByText('For clinicians: needling safety')
    expect(safety.closest('details')).not.toHaveAttribute('open')
    await user.click(safety)
    expect(screen.getByRole('region', { name: 'For clinicians: needling safety' })).toHaveTextContent('pr')
    await user.click(screen.getByRole('button', { name: /All muscles/ }))
    expect(store().selectedMuscleId).toBeNull()
    expect(screen.getByRole('heading', { name: 'All muscles' })).toBeInTheDocument()
  })

  it('selecting a deep muscle reveals the deep layer', async () => {
    const { user } = renderWithData(<ExplorePanel />)
    expect(store().layers.deep).toBe('hidden')
    await user.click(screen.getByRole('button', { name: /Supinator/ }))
    expect(store().layers.deep).toBe('shown')
  })

  it('side, compare and focus controls drive the store', async () => {
    store().selectMuscle('supinator')
    const { user } = renderWithData(<ExplorePanel />)
    await user.click(screen.getByRole('button', { name: 'Left' }))
    expect(store().side).toBe('left')
    expect(screen.getByRole('button', { name: 'Left' })).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByRole('button', { name: 'Compare' }))
    expect(store().overlayMuscleIds).toEqual(['supinator'])
    await user.click(screen.getByRole('button', { name: 'Focus' }))
    expect(store().cameraGoal.aim).toEqual({ kind: 'focus', muscleId: 'supinator', side: 'left' })
  })

  it('a linked condition opens in the Conditions tab; sources are listed', async () => {
    store().selectMuscle('supinator')
    const { user } = renderWithData(<ExplorePanel />)
    expect(screen.getByText('A fixture book.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Tennis elbow' }))
    expect(store().conditionId).toBe('tennis-elbow')
    expect(store().tab).toBe('conditions')
  })
})

describe('Explore: scroll position', () => {
  it('opening a muscle (e.g. from the 3D view) scrolls the panel back to the top', async () => {
    const { act } = await import('@testing-library/react')
    const { container } = renderWithData(
      <div className="tabpanel">
        <ExplorePanel />
      </div>,
    )
    const panel = container.querySelector('.tabpanel') as HTMLElement
    panel.scrollTop = 500
    act(() => store().selectMuscle('piriformis', 'left'))
    expect(panel.scrollTop).toBe(0)
    expect(screen.getByRole('heading', { level: 2, name: 'Piriformis' })).toBeInTheDocument()
  })
})
