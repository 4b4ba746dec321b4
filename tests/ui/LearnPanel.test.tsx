// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildDataset } from '@/data/validate'
import { LearnPanel } from '@/ui/LearnPanel'
import { tinyRaw } from './fixture'
import { renderWithData, resetStore } from './renderWithData'

beforeEach(resetStore)
afterEach(cleanup)

function withSafetySections() {
  const raw = tinyRaw()
  const education = raw.education.data as { sections: unknown[] }
  education.sections.push(
    { id: 'safe', title: 'Is it safe?', kind: 'safety', paragraphs: ['Mostly, with trained hands.'] },
    {
      id: 'not-for-you',
      title: 'When not to have it',
      kind: 'contraindications',
      paragraphs: ['If pregnant…'],
    },
  )
  return buildDataset(raw)
}

describe('LearnPanel', () => {
  it('shows the disclaimer, sections, FAQ and sources', () => {
    renderWithData(<LearnPanel />)
    expect(screen.getByRole('note')).toHaveTextContent('Education, not diagnosis.')
    expect(screen.getByRole('heading', { name: 'What' })).toBeInTheDocument()
    expect(screen.getByText('Why there?')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'doi:10.0/x' })).toHaveAttribute('href', 'https://doi.org/10.0/x')
  })

  it('puts the safety and contraindication sections one tap away, moving focus to them', async () => {
    const { user } = renderWithData(<LearnPanel />, withSafetySections())
    const jump = screen.getByRole('navigation', { name: 'Safety first' })
    expect(jump).toHaveTextContent('Is it safe?')
    await user.click(screen.getByRole('button', { name: 'When not to have it' }))
    expect(screen.getByRole('heading', { name: 'When not to have it' })).toHaveFocus()
    expect(window.location.hash).toBe('')
  })
})
