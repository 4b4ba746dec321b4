// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readDataDir } from '@/data/readDataFromDisk'
import { validateData } from '@/data/validate'
import { strings } from '@/i18n'
import { HandoutContent } from '@/ui/chairside/HandoutContent'
import type { HandoutContentProps } from '@/ui/chairside/HandoutContent'
import type { HandoutDetails } from '@/ui/chairside/handoutDetails'
import { HANDOUT_DETAILS_KEY, initialDetails, rememberDetails } from '@/ui/chairside/handoutDetails'
import { renderWithData } from './renderWithData'

const real = validateData(readDataDir(process.cwd())).dataset!
const t = strings.chairside.details
const base: HandoutContentProps = {
  muscleIds: ['upper-trapezius'],
  painRegionKeys: ['temple.R'],
  pictureUrl: null,
  qrUrl: 'failed',
  link: 'http://localhost/#m=upper-trapezius',
  date: new Date('2026-12-06T10:00:00Z'),
}

beforeEach(() => localStorage.clear())
afterEach(cleanup)

describe('the handout lines for the condition, clinic, clinician and notes', () => {
  it('remembers the clinic and clinician on the device, never the condition or the notes', () => {
    const typed: HandoutDetails = {
      condition: 'Tension headache',
      clinic: 'Elm St Physio',
      clinician: 'A. Lee',
      notes: 'x',
    }
    rememberDetails(typed)
    expect(JSON.parse(localStorage.getItem(HANDOUT_DETAILS_KEY)!)).toEqual({
      clinic: 'Elm St Physio',
      clinician: 'A. Lee',
    })
    expect(initialDetails('Jaw pain')).toEqual({
      condition: 'Jaw pain',
      clinic: 'Elm St Physio',
      clinician: 'A. Lee',
      notes: '',
    })
    localStorage.setItem(HANDOUT_DETAILS_KEY, '{broken')
    expect(initialDetails('')).toEqual({ condition: '', clinic: '', clinician: '', notes: '' })
  })

  it('are typed on screen (labelled fields, notes too) and shown as typed otherwise', async () => {
    function Editable() {
      const [details, setDetails] = useState(initialDetails('Tension headache'))
      return <HandoutContent {...base} details={details} onDetailsChange={setDetails} />
    }
    const { user } = renderWithData(<Editable />, real)
    expect(screen.getByRole('textbox', { name: t.condition })).toHaveValue('Tension headache')
    await user.type(screen.getByRole('textbox', { name: t.clinic }), 'Elm St Physio')
    await user.type(screen.getByRole('textbox', { name: t.clinician }), 'A. Lee')
    await user.type(screen.getByRole('textbox', { name: strings.chairside.notesHeading }), 'Walk daily')
    expect(screen.getByRole('textbox', { name: t.clinic })).toHaveValue('Elm St Physio')
    expect(screen.getByRole('textbox', { name: strings.chairside.notesHeading })).toHaveValue('Walk daily')
    cleanup()
    const details = {
      condition: 'Tension headache',
      clinic: 'Elm St Physio',
      clinician: 'A. Lee',
      notes: 'Walk daily',
    }
    renderWithData(<HandoutContent {...base} details={details} />, real)
    expect(screen.queryByRole('textbox')).toBeNull()
    for (const text of Object.values(details)) expect(screen.getByText(text)).toBeInTheDocument()
  })

  it('refers to no section it does not contain', () => {
    renderWithData(<HandoutContent {...base} />, real)
    expect(document.body).not.toHaveTextContent(/see Side effects/i)
  })
})
