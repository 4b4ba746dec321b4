// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openRegion } from '@/state/intents'
import { strings } from '@/i18n'
import { PainFinder } from '@/ui/PainFinder'
import { renderWithData, resetStore, store } from './renderWithData'

beforeEach(resetStore)
afterEach(cleanup)

describe('PainFinder', () => {
  it('shows the calm not-a-diagnosis note', () => {
    renderWithData(<PainFinder />)
    expect(screen.getByRole('note')).toHaveTextContent(/not a diagnosis/)
  })

  it('toggles Left / Right (or Middle for midline areas) into painRegionKeys', async () => {
    const { user } = renderWithData(<PainFinder />)
    await user.click(screen.getByRole('button', { name: 'Temple, Left' }))
    await user.click(screen.getByRole('button', { name: 'Coccyx, Middle' }))
    expect(store().painRegionKeys).toEqual(['temple.L', 'coccyx'])
    expect(screen.getByRole('button', { name: 'Temple, Left' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: 'Temple, Right' })).toHaveAttribute('aria-pressed', 'false')
    await user.click(screen.getByRole('button', { name: 'Temple, Left' }))
    expect(store().painRegionKeys).toEqual(['coccyx'])
  })

  it('an area marked on one side (from search) offers the other side too, one tap away', async () => {
    const { user } = renderWithData(<PainFinder />)
    openRegion('temple', 'bilateral')
    const others = await screen.findByRole('list', { name: strings.ui.pain.otherSides })
    await user.click(within(others).getByRole('button', { name: '+ Temple, Left too' }))
    expect(store().painRegionKeys).toEqual(['temple.R', 'temple.L'])
    expect(screen.queryByRole('list', { name: strings.ui.pain.otherSides })).toBeNull()
  })

  it('ranks candidate muscles and explains each in words', async () => {
    const { user } = renderWithData(<PainFinder />)
    await user.click(screen.getByRole('button', { name: 'Temple, Left' }))
    await user.click(screen.getByRole('button', { name: 'Outer elbow, Left' }))
    await user.click(screen.getByRole('button', { name: 'Back of forearm, Left' }))
    const list = screen.getByRole('region', { name: 'Muscles that may send pain there' })
    const items = within(list).getAllByRole('button')
    expect(items.map((b) => b.querySelector('.list-button-title')?.textContent)).toEqual([
      'Supinator',
      'Upper trapezius',
    ])
    expect(items[0]).toHaveTextContent(
      'Its main pain zone covers outer elbow; its wider (spillover) zone reaches back of forearm.',
    )
    expect(items[1]).toHaveTextContent('Its main pain zone covers temple.')
  })

  it('hover and focus preview a candidate, click opens it, Clear empties the areas', async () => {
    store().togglePainRegion('buttock.R')
    const { user } = renderWithData(<PainFinder />)
    const piriformis = screen.getByRole('button', { name: /Piriformis/ })
    await user.hover(piriformis)
    expect(store().previewMuscleId).toBe('piriformis')
    await user.unhover(piriformis)
    expect(store().previewMuscleId).toBeNull()
    piriformis.focus()
    expect(store().previewMuscleId).toBe('piriformis')
    await user.click(piriformis)
    expect(store().selectedMuscleId).toBe('piriformis')
    expect(store().previewMuscleId).toBeNull()
    expect(store().tab).toBe('explore')
    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    expect(store().painRegionKeys).toEqual([])
  })

  it('a preview does not add or remove lines in the key above the list (a tap would land elsewhere)', async () => {
    store().togglePainRegion('buttock.R')
    const { user } = renderWithData(<PainFinder />)
    const key = screen.getByRole('heading', { name: strings.painDrawing.keyHeading }).parentElement!
    const lines = () => [...key.querySelectorAll('li, p')].map((el) => el.tagName)
    const before = lines()
    await user.hover(screen.getByRole('button', { name: /Piriformis/ }))
    expect(store().previewMuscleId).toBe('piriformis')
    expect(lines()).toEqual(before)
    expect(key).toHaveTextContent(strings.painDrawing.keyShown('Piriformis'))
  })

  it('filters body areas by lay words, with typos', async () => {
    const { user } = renderWithData(<PainFinder />)
    await user.type(screen.getByLabelText('Find a body area'), 'tailbnoe')
    expect(screen.getByRole('button', { name: 'Coccyx, Middle' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Temple, Left' })).not.toBeInTheDocument()
  })
})

describe('PainFinder chips', () => {
  it('lists marked areas as removable chips', async () => {
    store().togglePainRegion('temple.R')
    const { user } = renderWithData(<PainFinder />)
    await user.click(screen.getByRole('button', { name: 'Remove Temple, Right' }))
    expect(store().painRegionKeys).toEqual([])
    expect(screen.getByText('Nothing marked yet.')).toBeInTheDocument()
  })
})

describe('PainFinder extras', () => {
  it('short filters match by substring', async () => {
    const { user } = renderWithData(<PainFinder />)
    await user.type(screen.getByLabelText('Find a body area'), 'ja')
    expect(screen.getByRole('button', { name: 'Jaw, Left' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Coccyx, Middle' })).not.toBeInTheDocument()
  })

  it('clears the preview when it unmounts', () => {
    store().togglePainRegion('buttock.R')
    const { unmount } = renderWithData(<PainFinder />)
    screen.getByRole('button', { name: /Piriformis/ }).focus()
    expect(store().previewMuscleId).toBe('piriformis')
    unmount()
    expect(store().previewMuscleId).toBeNull()
  })
})
