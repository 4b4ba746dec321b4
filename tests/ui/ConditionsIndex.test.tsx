// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConditionsIndex } from '@/ui/ConditionsIndex'
import { renderWithData, resetStore, store } from './renderWithData'

beforeEach(resetStore)
afterEach(cleanup)

describe('ConditionsIndex', () => {
  it('lists every condition by lay name, with the clinical name', () => {
    renderWithData(<ConditionsIndex />)
    const buttons = screen.getAllByRole('button')
    expect(buttons.map((b) => b.textContent)).toEqual([
      'HeadacheTension-type headache',
      'Sore neckNeck pain',
      'Tennis elbowLateral elbow pain',
    ])
  })

  it('choosing one selects it and lists its muscles, when to see a clinician, red flags and questions', async () => {
    const { user } = renderWithData(<ConditionsIndex />)
    await user.click(screen.getByRole('button', { name: /Headache/ }))
    expect(store().conditionId).toBe('headache')
    expect(screen.getByRole('heading', { level: 2, name: 'Headache' })).toHaveFocus()
    const muscles = screen.getByRole('list', { name: 'Muscles often involved' })
    expect(within(muscles).getByRole('button', { name: /Upper trapezius/ })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'When to see a clinician' })).toBeInTheDocument()
    expect(
      screen.getByRole('region', { name: 'Also get checked by a doctor if you notice' }),
    ).toHaveTextContent('r')
    // The condition's red flag records come first, under the heading of their urgency.
    expect(screen.getByRole('group', { name: /Emergency Call emergency services now/ })).toHaveTextContent(
      'Sudden severe headache',
    )
    expect(screen.getByText('Why there?')).toBeInTheDocument()
  })

  it('a muscle button opens the muscle in Explore; Back returns to the list', async () => {
    store().selectCondition('tennis-elbow')
    const { user } = renderWithData(<ConditionsIndex />)
    await user.click(screen.getByRole('button', { name: /All conditions/ }))
    expect(store().conditionId).toBeNull()
    await user.click(screen.getByRole('button', { name: /Tennis elbow/ }))
    await user.click(screen.getByRole('button', { name: /Supinator/ }))
    expect(store().selectedMuscleId).toBe('supinator')
    expect(store().tab).toBe('explore')
  })
})
