// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Tabs } from '@/ui/Tabs'
import { resetStore, store } from './renderWithData'

beforeEach(resetStore)
afterEach(cleanup)

const panels = { explore: <p>E</p>, pain: <p>P</p>, conditions: <p>C</p>, learn: <p>L</p>, teach: <p>T</p> }

describe('Tabs', () => {
  it('is a tablist with one selected tab and its panel', () => {
    render(<Tabs panels={panels} />)
    const names = ['Explore', 'Where does it hurt?', 'Conditions', 'About dry needling', 'Tours & quizzes']
    expect(screen.getAllByRole('tab')).toEqual(names.map((name) => screen.getByRole('tab', { name })))
    // A narrow panel shows short labels; they are not read out twice.
    expect(
      screen.getByRole('tab', { name: 'Where does it hurt?' }).querySelector('.tab-short'),
    ).toHaveAttribute('aria-hidden', 'true')
    const selected = screen.getByRole('tab', { selected: true })
    expect(selected).toHaveTextContent('Explore')
    expect(screen.getByRole('tabpanel', { name: 'Explore' })).toHaveTextContent('E')
  })

  it('works with the keyboard: arrows wrap, Home and End jump, one tab stop', async () => {
    const user = userEvent.setup()
    render(<Tabs panels={panels} />)
    await user.tab()
    expect(screen.getByRole('tab', { name: 'Explore' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(store().tab).toBe('pain')
    expect(screen.getByRole('tab', { name: 'Where does it hurt?' })).toHaveFocus()
    expect(screen.getByRole('tabpanel')).toHaveTextContent('P')
    await user.keyboard('{End}')
    expect(store().tab).toBe('teach')
    await user.keyboard('{ArrowRight}')
    expect(store().tab).toBe('explore')
    await user.keyboard('{ArrowLeft}')
    expect(store().tab).toBe('teach')
    await user.keyboard('{Home}')
    expect(store().tab).toBe('explore')
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toHaveLength(1)
  })

  it('follows the store (e.g. when search opens another tab)', () => {
    store().setTab('conditions')
    render(<Tabs panels={panels} />)
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Conditions')
  })
})
