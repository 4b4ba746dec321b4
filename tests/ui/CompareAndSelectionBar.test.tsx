// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ExplorePanel } from '@/ui/ExplorePanel'
import { SelectionBar } from '@/ui/SelectionBar'
import { renderWithData, resetStore, store } from './renderWithData'

beforeEach(resetStore)
afterEach(cleanup)

describe('comparison list in the muscle panel', () => {
  it('lists other compared muscles, removable one by one or all at once', async () => {
    store().toggleOverlay('piriformis')
    store().toggleOverlay('supinator')
    store().selectMuscle('upper-trapezius')
    const { user } = renderWithData(<ExplorePanel />)
    expect(screen.getByRole('list', { name: 'In comparison' })).toHaveTextContent('Piriformis')
    await user.click(screen.getByRole('button', { name: 'Stop comparing Piriformis' }))
    expect(store().overlayMuscleIds).toEqual(['supinator'])
    await user.click(screen.getByRole('button', { name: 'Stop comparing' }))
    expect(store().overlayMuscleIds).toEqual([])
    expect(screen.queryByRole('list', { name: 'In comparison' })).not.toBeInTheDocument()
  })
})

describe('SelectionBar', () => {
  it('outside Explore, reminds of the selected muscle (e.g. picked in 3D) and leads to its details', async () => {
    const { user } = renderWithData(<SelectionBar />)
    expect(screen.queryByText(/Selected:/)).not.toBeInTheDocument()
    act(() => {
      store().setTab('pain')
      store().selectMuscle('piriformis', 'right')
    })
    expect(screen.getByText('Selected: Piriformis')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show details' }))
    expect(store().tab).toBe('explore')
    expect(screen.queryByText(/Selected:/)).not.toBeInTheDocument()
  })
})
