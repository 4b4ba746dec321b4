// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readDataDir } from '@/data/readDataFromDisk'
import { validateData } from '@/data/validate'
import { ChairsideBar } from '@/ui/chairside/ChairsideBar'
import { Explainer } from '@/ui/chairside/Explainer'
import { HandoutContent } from '@/ui/chairside/HandoutContent'
import type { HandoutContentProps } from '@/ui/chairside/HandoutContent'
import { layFirstLabel } from '@/i18n/regionLabel'
import { layName } from '@/ui/chairside/layWords'
import { readingOrder } from '@/ui/chairside/readingOrder'
import { MusclePanel } from '@/ui/MusclePanel'
import { renderWithData, resetStore, store } from './renderWithData'

const real = validateData(readDataDir(process.cwd())).dataset!

beforeEach(() => {
  resetStore()
  window.history.replaceState(null, '', '/')
})
afterEach(() => {
  cleanup()
  delete document.documentElement.dataset.presentation
})

const base: HandoutContentProps = {
  muscleIds: ['upper-trapezius', 'supinator'],
  painRegionKeys: ['temple.L', 'temple.R', 'lateral-epicondyle.R'],
  pictureUrl: 'data:image/png;base64,AAAA',
  qrUrl: 'data:image/svg+xml,%3Csvg%3E%3C/svg%3E',
  link: 'http://127.0.0.1/#m=upper-trapezius&cmp=supinator',
  date: new Date(2026, 10, 22),
}

describe('lay words first', () => {
  it('names a muscle by its everyday name, skipping complaints', () => {
    expect(layName({ name: 'Upper trapezius', layWords: ['top of my shoulder', 'traps'] })).toBe(
      'Top of the shoulder',
    )
    expect(layName({ name: 'Subscapularis', layWords: ['frozen shoulder', "can't lift my arm"] })).toBeNull()
    expect(layName({ name: 'Biceps', layWords: ['biceps', 'front of my arm'] })).toBe('Front of the arm')
  })

  it('puts plain words first in region labels unless they already lead', () => {
    expect(layFirstLabel({ label: 'Occiput (back of the head)', layWords: ['back of my head'] })).toBe(
      'Back of the head (occiput)',
    )
    expect(layFirstLabel({ label: 'Collarbone (clavicle)', layWords: ['collarbone'] })).toBe(
      'Collarbone (clavicle)',
    )
    expect(layFirstLabel({ label: 'Heel', layWords: ['heel'] })).toBe('Heel')
  })

  it('reads the education sections aloud in a patient-friendly order', () => {
    const kinds = readingOrder(real.education.sections).map((s) => s.kind)
    expect(kinds.slice(0, 3)).toEqual(['overview', 'mechanism', 'session'])
    expect(kinds.indexOf('safety')).toBeLessThan(kinds.indexOf('contraindications'))
    expect(kinds.indexOf('aftercare')).toBeLessThan(kinds.indexOf('safety'))
  })
})

describe('HandoutContent (real dataset)', () => {
  it('lists the muscles discussed, lay name first, with their patterns in words and self-care', () => {
    renderWithData(<HandoutContent {...base} />, real)
    const trap = screen.getByRole('article', { name: /Upper trapezius/ })
    expect(within(trap).getByRole('heading', { level: 4 })).toHaveTextContent(
      'Top of the shoulder (Upper trapezius)',
    )
    // Essential zone and wider zone in plain words.
    const main = within(trap).getByRole('heading', { name: 'Pain is mainly felt in' })
    expect(main.nextElementSibling).toHaveTextContent('Temple (side of the head)')
    expect(main.nextElementSibling).toHaveTextContent('Back and side of the neck')
    const spread = within(trap).getByRole('heading', { name: 'It may also spread to' })
    expect(spread.nextElementSibling).toHaveTextContent('Back of the head (occiput)')
    expect(spread.nextElementSibling).not.toHaveTextContent('Temple')
    // Self-care from the dataset.
    expect(within(trap).getByRole('heading', { name: 'Things you can try at home' })).toBeInTheDocument()
    const stretch = real.musclesById.get('upper-trapezius')!.selfCare.stretch[0]!
    expect(trap).toHaveTextContent(stretch)
    const sup = screen.getByRole('article', { name: /Supinator/ })
    expect(sup).toHaveTextContent('Outer elbow (lateral epicondyle)')
  })

  it('says what to expect after dry needling and when to call, from the education content', () => {
    renderWithData(<HandoutContent {...base} />, real)
    const after = screen.getByRole('region', { name: 'After dry needling' })
    expect(after).toHaveTextContent(/sore, bruised or heavy for a day or two/)
    expect(after).toHaveTextContent(/Small bruises are common/)
    expect(within(after).getByRole('heading', { name: 'When to call' })).toBeInTheDocument()
    expect(after).toHaveTextContent(/Call your clinic if soreness is severe/)
    expect(within(after).getByRole('heading', { name: 'Get help straight away' })).toBeInTheDocument()
    expect(after).toHaveTextContent(/New shortness of breath/)
  })

  it('has the date, the not-a-diagnosis note, the picture, the pain areas, the QR code and the link', () => {
    renderWithData(<HandoutContent {...base} />, real)
    expect(screen.getByText(/Date: November 22, 2026/)).toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveTextContent(/cannot diagnose you/)
    expect(screen.getByRole('img', { name: 'The body map as shown during the visit' })).toHaveAttribute(
      'src',
      base.pictureUrl,
    )
    const pain = screen.getByRole('region', { name: 'Where you said it hurts' })
    expect(pain).toHaveTextContent('Temple (side of the head) (left and right)')
    expect(pain).toHaveTextContent('Outer elbow (lateral epicondyle) (right)')
    const link = screen.getByRole('region', { name: 'Open this view again' })
    expect(within(link).getByRole('img', { name: /QR code/ })).toHaveAttribute('src', base.qrUrl)
    expect(link).toHaveTextContent(base.link)
  })

  it('explains itself when nothing was discussed, there is no picture or the code could not be made', () => {
    renderWithData(
      <HandoutContent {...base} muscleIds={[]} painRegionKeys={[]} pictureUrl={null} qrUrl="failed" />,
      real,
    )
    expect(screen.getByText(/No muscles yet/)).toBeInTheDocument()
    expect(screen.getByText(/No picture/)).toBeInTheDocument()
    expect(screen.getByText(/code could not be made/)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Where you said it hurts' })).not.toBeInTheDocument()
  })

  it('lets a muscle be left out, and uses plain fallback aftercare when the data has none', async () => {
    const onLeaveOut = vi.fn()
    const { user } = renderWithData(<HandoutContent {...base} onLeaveOut={onLeaveOut} />)
    await user.click(screen.getByRole('button', { name: 'Leave Supinator out of the handout' }))
    expect(onLeaveOut).toHaveBeenCalledWith('supinator')
    const after = screen.getByRole('region', { name: 'After dry needling' })
    expect(after).toHaveTextContent(/for a day or two/)
    expect(after).toHaveTextContent(/Small bruises/)
  })
})

describe('chairside tools', () => {
  it('presentation mode puts lay words first and folds the clinical detail away', async () => {
    store().setPresentation(true)
    renderWithData(<MusclePanel muscle={real.musclesById.get('upper-trapezius')!} />, real)
    const heading = await screen.findByRole('heading', { level: 2 })
    expect(heading).toHaveTextContent(/^Top of the shoulder/)
    expect(heading.querySelector('.cs-lay-name')).toHaveTextContent('Top of the shoulder')
    expect(heading).toHaveTextContent('Upper trapezius')
    // Clinical detail is inside closed disclosures.
    const origin = screen.getByText(/superior nuchal line/)
    expect(origin.closest('details')).not.toHaveAttribute('open')
    expect(screen.getByText('TrP1, anterior (vertical) upper fibers').closest('details')).not.toHaveAttribute(
      'open',
    )
    expect(screen.getByText('For clinicians: needling safety').closest('details')).not.toHaveAttribute('open')
    // Plain sections come before the folded clinical detail.
    const where = screen.getByRole('heading', { name: 'Where it is' })
    const clinical = screen.getByText(/^Clinical detail/)
    expect(where.compareDocumentPosition(clinical) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('the header toggle switches presentation mode on the page, also with Alt+Shift+P', async () => {
    const { user } = renderWithData(<ChairsideBar />, real)
    const toggle = screen.getByRole('button', { name: 'Presentation mode' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(document.documentElement.dataset.presentation).toBe('true')
    await user.keyboard('{Alt>}{Shift>}P{/Shift}{/Alt}')
    expect(store().presentation).toBe(false)
    expect(document.documentElement.dataset.presentation).toBeUndefined()
  })

  it('"Reset for the next patient" clears the visit in one tap and offers Undo', async () => {
    window.history.replaceState(null, '', '/#m=upper-trapezius&pain=temple.L')
    store().selectMuscle('upper-trapezius')
    store().togglePainRegion('temple.L')
    const { user } = renderWithData(<ChairsideBar />, real)
    await user.click(screen.getByRole('button', { name: 'Reset for the next patient' }))
    expect(store().selectedMuscleId).toBeNull()
    expect(store().painRegionKeys).toEqual([])
    expect(store().visitMuscleIds).toEqual([])
    expect(window.location.hash).toBe('')
    expect(screen.getByRole('status')).toHaveTextContent('Cleared for the next patient.')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(store().selectedMuscleId).toBe('upper-trapezius')
    expect(store().painRegionKeys).toEqual(['temple.L'])
    expect(screen.getByRole('status')).toHaveTextContent('The previous view is back.')
  })

  it('the explainer is a labelled dialog in reading order that closes with Escape and gives focus back', async () => {
    const onClose = vi.fn()
    const opener = document.createElement('button')
    document.body.append(opener)
    opener.focus()
    const { user, unmount } = renderWithData(<Explainer onClose={onClose} />, real)
    const dialog = screen.getByRole('dialog', { name: 'Dry needling, explained' })
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
    const titles = within(dialog)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(titles.slice(0, 3)).toEqual([
      'What dry needling is',
      'How it is thought to work',
      'What a session is like',
    ])
    expect(titles).toContain('Who should not have it, or should discuss it first')
    expect(dialog).toHaveTextContent(/local twitch response/)
    await user.keyboard('{Escape}')
    expect(onClose).toHaveBeenCalled()
    unmount()
    expect(document.activeElement).toBe(opener)
    opener.remove()
  })
})
