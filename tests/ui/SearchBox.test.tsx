// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { strings } from '@/i18n'
import { SearchBox } from '@/ui/SearchBox'
import { renderWithData, resetStore, store } from './renderWithData'

beforeEach(resetStore)
afterEach(cleanup)

const box = () => screen.getByRole('combobox', { name: 'Search muscles, body areas and conditions' })

describe('SearchBox', () => {
  it('finds a muscle by lay words; clicking it selects it and opens its details', async () => {
    store().setTab('pain')
    const { user } = renderWithData(<SearchBox />)
    await user.type(box(), 'knot in my shoulder')
    expect(box()).toHaveAttribute('aria-expanded', 'true')
    const options = within(screen.getByRole('listbox')).getAllByRole('option')
    expect(options[0]).toHaveTextContent('Upper trapezius')
    expect(options[0]).toHaveTextContent('Muscle')
    await user.click(options[0]!)
    expect(store().selectedMuscleId).toBe('upper-trapezius')
    expect(store().tab).toBe('explore')
    expect(box()).toHaveValue('')
  })

  it('tolerates typos: "tenis elbow" opens the condition with the keyboard', async () => {
    const { user } = renderWithData(<SearchBox />)
    await user.type(box(), 'tenis elbow')
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Lateral elbow pain')
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Tennis elbow')
    await user.keyboard('{ArrowDown}')
    expect(box()).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]!.id)
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Enter}')
    expect(store().conditionId).toBe('tennis-elbow')
    expect(store().tab).toBe('conditions')
  })

  it('Enter opens a clear top match without choosing it; a query that could mean several things opens nothing', async () => {
    const { user } = renderWithData(<SearchBox />)
    await user.type(box(), 'elbow')
    expect(screen.getAllByRole('option').length).toBeGreaterThan(1)
    await user.keyboard('{Enter}')
    expect(box()).toHaveValue('elbow')
    expect(store().selectedMuscleId).toBeNull()
    expect(store().conditionId).toBeNull()
    await user.clear(box())
    await user.type(box(), 'supinator{Enter}')
    expect(store().selectedMuscleId).toBe('supinator')
    expect(box()).toHaveValue('')
  })

  it('presentation mode gives the box a shorter hint, as its larger type leaves less room', () => {
    renderWithData(<SearchBox />)
    expect(box()).toHaveAttribute('placeholder', strings.ui.search.placeholder)
    act(() => store().setPresentation(true))
    expect(box()).toHaveAttribute('placeholder', strings.ui.search.placeholderShort)
  })

  it('a condition found first is followed by its most common muscle, said to be a cause', async () => {
    const { user } = renderWithData(<SearchBox />)
    await user.type(box(), 'headache')
    const options = screen.getAllByRole('option')
    expect(options[0]).toHaveTextContent('Headache')
    expect(options[1]).toHaveTextContent('Upper trapezius')
    expect(options[1]).toHaveTextContent(/A common cause of/)
  })

  it('a body area is added to the painful areas and opens "Where does it hurt?"', async () => {
    const { user } = renderWithData(<SearchBox />)
    await user.type(box(), 'tailbone')
    await user.click(screen.getByRole('option', { name: /Coccyx/ }))
    expect(store().painRegionKeys).toEqual(['coccyx'])
    expect(store().tab).toBe('pain')
    await user.type(box(), 'temples')
    await user.click(screen.getByRole('option', { name: /Temple/ }))
    expect(store().painRegionKeys).toEqual(['coccyx', 'temple.R']) // one side, unless the person marks both
  })

  it('says when nothing matches, and Escape closes then clears', async () => {
    const { user } = renderWithData(<SearchBox />)
    await user.type(box(), 'zzzzqqq')
    expect(screen.getByRole('status')).toHaveTextContent('Nothing found for “zzzzqqq”')
    await user.keyboard('{Escape}')
    expect(box()).toHaveAttribute('aria-expanded', 'false')
    await user.keyboard('{Escape}')
    expect(box()).toHaveValue('')
  })
})
