// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readDataDir } from '@/data/readDataFromDisk'
import { validateData } from '@/data/validate'
import { CompareList } from '@/ui/CompareList'
import { Legend } from '@/ui/Legend'
import { PATTERN_PALETTE } from '@/look/palette'
import { renderWithData, resetStore, store } from './renderWithData'

beforeEach(resetStore)
afterEach(cleanup)

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`
}

describe('compare of three muscles', () => {
  it('the key lists each muscle with its own colour; the panel says where each pattern reaches, same colours', () => {
    act(() => {
      store().selectMuscle('upper-trapezius')
      store().toggleOverlay('supinator')
      store().toggleOverlay('piriformis')
    })
    renderWithData(
      <>
        <Legend />
        <CompareList exceptId="upper-trapezius" />
      </>,
    )
    const legend = screen.getByRole('region', { name: 'Key' })
    const entries = within(legend).getAllByRole('listitem').slice(2)
    expect(entries.map((li) => li.textContent)).toEqual(['Upper trapezius', 'Supinator', 'Piriformis'])
    const legendColours = entries.map(
      (li) => (li.querySelector('[data-role^="pattern-"]') as HTMLElement).style.backgroundColor,
    )
    expect(new Set(legendColours).size).toBe(3)
    expect(legendColours).toEqual(PATTERN_PALETTE.slice(0, 3).map(rgb))

    const words = screen.getByRole('region', { name: 'Where each pattern reaches' })
    const rows = within(words).getAllByRole('listitem')
    expect(rows).toHaveLength(3)
    expect(rows[0]).toHaveTextContent('Upper trapezius')
    expect(rows[0]).toHaveTextContent('Main pain area: Side and back of neck and Temple')
    expect(rows[1]).toHaveTextContent('Supinator')
    expect(rows[1]).toHaveTextContent('May spread to: Back of forearm and Back of hand')
    expect(rows[2]).toHaveTextContent('Main pain area: Sacroiliac joint and Buttock')
    const rowColours = rows.map((li) => (li.querySelector('.swatch') as HTMLElement).style.backgroundColor)
    expect(rowColours).toEqual(legendColours)
    // the chips carry the same colours
    const chips = within(screen.getByRole('list', { name: 'In comparison' })).getAllByRole('button')
    expect(chips.map((b) => (b.querySelector('.swatch') as HTMLElement).style.backgroundColor)).toEqual(
      legendColours.slice(1),
    )
  })

  it('removing a compared muscle updates the words; nothing is shown without a comparison', async () => {
    act(() => {
      store().selectMuscle('upper-trapezius')
      store().toggleOverlay('supinator')
      store().toggleOverlay('piriformis')
    })
    const { user } = renderWithData(<CompareList exceptId="upper-trapezius" />)
    await user.click(screen.getByRole('button', { name: 'Stop comparing Supinator' }))
    const words = screen.getByRole('region', { name: 'Where each pattern reaches' })
    expect(
      within(words)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')!.textContent),
    ).toEqual(['Upper trapezius', 'Piriformis'])
    await user.click(screen.getByRole('button', { name: 'Stop comparing' }))
    expect(screen.queryByRole('region', { name: 'Where each pattern reaches' })).not.toBeInTheDocument()
  })
})

describe('compare of many muscles', () => {
  it('past seven muscles the colours repeat, and the key and the panel say so', () => {
    const { dataset } = validateData(readDataDir(process.cwd()))
    const ids = dataset!.muscles.slice(0, 8).map((m) => m.id)
    act(() => {
      store().selectMuscle(ids[0]!)
      ids.slice(1).forEach((id) => store().toggleOverlay(id))
    })
    renderWithData(
      <>
        <Legend />
        <CompareList exceptId={ids[0]!} />
      </>,
      dataset!,
    )
    const legend = screen.getByRole('region', { name: 'Key' })
    expect(within(legend).getAllByRole('listitem').slice(2)).toHaveLength(8)
    expect(legend).toHaveTextContent('Colours repeat after seven muscles')
    expect(screen.getByRole('region', { name: 'Where each pattern reaches' })).toHaveTextContent(
      'Colours repeat after seven muscles',
    )
  })
})
