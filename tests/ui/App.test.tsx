// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '@/app/App'
import { webglAvailable } from '@/boot/webgl'
import { resetStore, store } from './renderWithData'

vi.mock('@/data/bundledData', async () => ({ dataset: (await import('./fixture')).tinyDataset }))
// The stand-in view announces its first frame, as the real one does once the body has drawn: the panels wait for it.
vi.mock('@/scene/BodyView', async () => {
  const { useEffect } = await import('react')
  const { announceFirstFrame } = await import('@/boot/firstFrame')
  return {
    BodyView: () => {
      useEffect(() => announceFirstFrame(), [])
      return <div data-testid="body-view" />
    },
  }
})
vi.mock('@/boot/webgl', () => ({ webglAvailable: vi.fn(() => true) }))

beforeEach(() => {
  resetStore()
  window.history.replaceState(null, '', '/')
  vi.mocked(webglAvailable).mockReturnValue(true)
})
afterEach(cleanup)

describe('App', () => {
  it('composes header, 3D view, view tools, key and panels', async () => {
    render(<App />)
    expect(await screen.findByRole('tablist')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Trigger Point Body Map' })).toBeInTheDocument()
    expect(screen.getByRole('combobox')).toBeInTheDocument()
    expect(screen.getByText('For learning, not diagnosis.')).toBeInTheDocument()
    expect(screen.getByTestId('body-view')).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'View' })).toBeInTheDocument()
    expect(screen.getByRole('tablist')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'All muscles' })).toBeInTheDocument()
  })

  it('without WebGL shows a plain message and everything else still works', async () => {
    vi.mocked(webglAvailable).mockReturnValue(false)
    const user = userEvent.setup()
    render(<App />)
    expect(screen.queryByTestId('body-view')).not.toBeInTheDocument()
    expect(screen.getByText(/cannot be shown on this device/)).toBeInTheDocument()
    await user.type(screen.getByRole('combobox'), 'piriformus')
    // Search answers once its library has loaded (right away without WebGL: no frame to wait for).
    expect(await screen.findByRole('option', { name: /Piriformis/ })).toBeInTheDocument()
    await user.keyboard('{ArrowDown}{Enter}')
    expect(screen.getByRole('heading', { level: 2, name: 'Piriformis' })).toBeInTheDocument()
    await user.click(screen.getByRole('tab', { name: 'Where does it hurt?' }))
    await user.click(screen.getByRole('button', { name: 'Coccyx, Middle' }))
    expect(screen.getByRole('region', { name: 'Muscles that may send pain there' })).toHaveTextContent(
      'Piriformis',
    )
  })

  it('opens the view from the link and reports unusable parts as a dismissable notice', async () => {
    window.history.replaceState(null, '', '/#m=supinator&cmp=nope&tab=explore')
    const user = userEvent.setup()
    render(<App />)
    expect(store().selectedMuscleId).toBe('supinator')
    expect(await screen.findByRole('heading', { level: 2, name: 'Supinator' })).toBeInTheDocument()
    const notices = screen.getByRole('status', { name: 'Messages' })
    expect(notices).toHaveTextContent('Part of this link could not be used (nope)')
    await user.click(within(notices).getByRole('button', { name: 'Dismiss' }))
    expect(notices).toBeEmptyDOMElement()
  })

  it('"Read why" opens the full text in the Learn tab', async () => {
    const user = userEvent.setup()
    render(<App />)
    await user.click(screen.getByRole('button', { name: 'Read why' }))
    expect(await screen.findByRole('tab', { selected: true })).toHaveTextContent('About dry needling')
    expect(await screen.findByRole('heading', { name: 'About dry needling', level: 2 })).toBeInTheDocument()
  })
})
