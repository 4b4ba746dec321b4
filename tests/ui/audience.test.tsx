// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readDataDir } from '@/data/readDataFromDisk'
import { validateData } from '@/data/validate'
import { AUDIENCE_KEY, useAudience } from '@/state/audience'
import { strings } from '@/i18n'
import { ChairsideBar } from '@/ui/chairside/ChairsideBar'
import { MusclePanel } from '@/ui/MusclePanel'
import { renderWithData, resetStore, store } from './renderWithData'

const real = validateData(readDataDir(process.cwd())).dataset!
const trap = real.musclesById.get('upper-trapezius')!
const t = strings.audience

beforeEach(() => {
  resetStore()
  localStorage.clear()
  useAudience.setState({ audience: 'clinician' })
})
afterEach(cleanup)

describe('who is looking', () => {
  it('a clear choice in the header; a patient does not get "Next patient" or the handout', async () => {
    const { user } = renderWithData(<ChairsideBar />, real)
    const choice = screen.getByRole('group', { name: t.label })
    const patient = screen.getByRole('button', { name: t.patient })
    const clinician = screen.getByRole('button', { name: t.clinician })
    expect(choice).toContainElement(patient)
    expect(clinician).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: strings.chairside.resetLong })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: strings.chairside.handout })).toBeInTheDocument()
    await user.click(patient)
    expect(patient).toHaveAttribute('aria-pressed', 'true')
    expect(localStorage.getItem(AUDIENCE_KEY)).toBe('patient')
    expect(screen.queryByRole('button', { name: strings.chairside.resetLong })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: strings.chairside.handout })).not.toBeInTheDocument()
    // The tools a patient can use stay.
    expect(screen.getByRole('button', { name: strings.chairside.presentation })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: strings.chairside.explainer })).toBeInTheDocument()
  })

  it('a patient reads no clinician text: no Latin name, no palpation instructions, no needling box', () => {
    useAudience.setState({ audience: 'patient' })
    store().selectMuscle('upper-trapezius')
    renderWithData(<MusclePanel muscle={trap} />, real)
    expect(screen.getByRole('heading', { level: 2, name: 'Upper trapezius' })).toBeInTheDocument()
    expect(screen.queryByText(trap.latinName)).not.toBeInTheDocument()
    for (const tp of trap.triggerPoints) expect(screen.queryByText(tp.location, { exact: false })).toBeNull()
    expect(document.body).not.toHaveTextContent(/palpat|pincer|prone|supine/i)
    expect(screen.queryByText(strings.ui.muscle.clinicians)).not.toBeInTheDocument()
    expect(document.body).toHaveTextContent(t.triggerPointsPlain(trap.triggerPoints.length))
  })

  it('a clinician reads the Latin name, where to palpate and the needling box', () => {
    store().selectMuscle('upper-trapezius')
    renderWithData(<MusclePanel muscle={trap} />, real)
    expect(screen.getByText(trap.latinName)).toBeInTheDocument()
    expect(document.body).toHaveTextContent(trap.triggerPoints[0]!.location)
    expect(screen.getByText(strings.ui.muscle.clinicians)).toBeInTheDocument()
  })

  it('in presentation mode a patient gets the plain sections without the clinical detail', async () => {
    useAudience.setState({ audience: 'patient' })
    store().setPresentation(true)
    renderWithData(<MusclePanel muscle={trap} />, real)
    await screen.findByRole('heading', { level: 2 })
    expect(screen.getByRole('heading', { name: strings.chairside.whereItIs })).toBeInTheDocument()
    expect(screen.queryByText(/^Clinical detail/)).not.toBeInTheDocument()
    expect(screen.queryByText(trap.latinName)).not.toBeInTheDocument()
    act(() => useAudience.getState().setAudience('clinician'))
    expect(screen.getByText(/^Clinical detail/)).toBeInTheDocument()
  })
})
