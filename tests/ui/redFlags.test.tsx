// @vitest-environment jsdom
// Red flags where the patient looks: above the ranked muscles, emergency first, never under a milder heading.
import '@testing-library/jest-dom/vitest'
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readDataDir } from '@/data/readDataFromDisk'
import { validateData } from '@/data/validate'
import { useAudience } from '@/state/audience'
import { strings } from '@/i18n'
import { HandoutContent } from '@/ui/chairside/HandoutContent'
import { ConditionsIndex } from '@/ui/ConditionsIndex'
import { MusclePanel } from '@/ui/MusclePanel'
import { PainFinder } from '@/ui/PainFinder'
import { renderWithData, resetStore, store } from './renderWithData'

const real = validateData(readDataDir(process.cwd())).dataset!
const t = strings.redFlags

beforeEach(() => {
  resetStore()
  useAudience.setState({ audience: 'clinician' })
})
afterEach(cleanup)

/** `a` comes before `b` in the document. */
const before = (a: Element, b: Element) =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0

/** The group headings of the red flag box, in order. */
const groupHeadings = () =>
  within(screen.getByRole('region', { name: t.label }))
    .getAllByRole('heading')
    .map((h) => h.textContent)

describe('"Where does it hurt?" with red flags', () => {
  it('no box before anything is marked, and none for an area without red flags', async () => {
    const { user } = renderWithData(<PainFinder />)
    expect(screen.queryByRole('region', { name: t.label })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Outer elbow, Left' }))
    expect(screen.queryByRole('region', { name: t.label })).toBeNull()
  })

  it('ticking the temple shows the emergency box, announced, above the ranked muscles', async () => {
    const { user } = renderWithData(<PainFinder />)
    await user.click(screen.getByRole('button', { name: 'Temple, Left' }))
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(t.heading.emergency)
    expect(alert).toHaveTextContent('Sudden severe headache')
    const muscles = screen.getByRole('region', { name: strings.ui.pain.candidates })
    expect(before(alert, muscles)).toBe(true)
  })

  it('scrolls the panel to the box when a new emergency applies, not for the same one again nor for milder ones', async () => {
    const scroll = vi.fn()
    Element.prototype.scrollIntoView = scroll
    try {
      const { user } = renderWithData(<PainFinder />)
      await user.click(screen.getByRole('button', { name: 'Back of hand, Left' }))
      await user.click(screen.getByRole('button', { name: 'Back of hand, Right' }))
      expect(scroll).not.toHaveBeenCalled()
      await user.click(screen.getByRole('button', { name: 'Temple, Left' }))
      expect(scroll).toHaveBeenCalledTimes(1)
      expect(scroll.mock.contexts[0]).toHaveClass('pain-red-flags')
      await user.click(screen.getByRole('button', { name: 'Temple, Right' }))
      expect(scroll).toHaveBeenCalledTimes(1)
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView
    }
  })

  it('both hands: a "see a doctor soon" group, and no emergency heading', async () => {
    const { user } = renderWithData(<PainFinder />)
    await user.click(screen.getByRole('button', { name: 'Back of hand, Left' }))
    expect(screen.queryByRole('region', { name: t.label })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Back of hand, Right' }))
    expect(groupHeadings()).toEqual([`${t.badge.soon} ${t.heading.soon}`])
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('the left chest and inner arm (real data): emergency first with the heart attack sign, then soon', () => {
    store().togglePainRegion('chest.L')
    store().togglePainRegion('inner-upper-arm.L')
    renderWithData(<PainFinder />, real)
    expect(groupHeadings()).toEqual([
      `${t.badge.emergency} ${t.heading.emergency}`,
      `${t.badge.soon} ${t.heading.soon}`,
    ])
    const emergency = screen.getByRole('alert')
    expect(within(emergency).getAllByRole('listitem')[0]).toHaveTextContent(/^Possible heart attack\./)
    expect(within(emergency).getAllByRole('listitem')[0]).toHaveTextContent('Call emergency services now')
    expect(before(emergency, screen.getByRole('region', { name: strings.ui.pain.candidates }))).toBe(true)
  })
})

describe('a condition page with red flags (real data)', () => {
  it('puts the emergencies first, above the muscles, and the other signs under a milder heading after', () => {
    store().selectCondition('tension-type-headache')
    renderWithData(<ConditionsIndex />, real)
    const headings = screen.getAllByRole('heading').map((h) => h.textContent ?? '')
    const emergency = headings.indexOf(`${t.badge.emergency} ${t.heading.emergency}`)
    const soon = headings.indexOf(`${t.badge.soon} ${t.heading.soon}`)
    const muscles = headings.indexOf(strings.ui.conditions.muscles)
    const other = headings.indexOf(strings.ui.conditions.redFlags)
    expect(emergency).toBeGreaterThan(0)
    expect([emergency, soon, muscles, other]).toEqual(
      [...[emergency, soon, muscles, other]].sort((a, b) => a - b),
    )
    expect(soon).toBeGreaterThan(emergency)
    // No item that says to call emergency services sits under any heading but the emergency one.
    const otherList = screen.getByRole('heading', { name: strings.ui.conditions.redFlags }).parentElement!
    expect(otherList).not.toHaveTextContent(/emergency/i)
    const emergencyGroup = screen.getByRole('heading', {
      name: new RegExp(t.heading.emergency),
    }).parentElement!
    expect(emergencyGroup).toHaveTextContent('Sudden severe headache')
    expect(emergencyGroup).toHaveTextContent('For the clinician:')
  })
})

describe('a patient', () => {
  it('gets the red flags without the lines for the clinician', () => {
    useAudience.setState({ audience: 'patient' })
    store().selectCondition('chest-wall-pain')
    renderWithData(<ConditionsIndex />, real)
    const emergency = screen.getByRole('group', { name: new RegExp(t.heading.emergency) })
    expect(emergency).toHaveTextContent('Possible heart attack')
    expect(emergency).not.toHaveTextContent(t.clinical)
  })
})

describe('the handout and a muscle page (real data)', () => {
  it('the handout puts the red flags of the marked areas first, before the muscles discussed', () => {
    renderWithData(
      <HandoutContent
        muscleIds={['pectoralis-major']}
        painRegionKeys={['chest.L', 'inner-upper-arm.L']}
        pictureUrl={null}
        qrUrl={null}
        link="http://127.0.0.1/#pain=chest.L"
        date={new Date(2026, 11, 6)}
      />,
      real,
    )
    const box = screen.getByRole('region', { name: t.label })
    expect(within(box).getAllByRole('heading')[0]).toHaveTextContent(t.heading.emergency)
    expect(box).toHaveTextContent('Possible heart attack')
    expect(before(box, screen.getByRole('heading', { name: strings.chairside.musclesHeading }))).toBe(true)
  })

  it('a muscle whose pattern reaches the chest carries the heart attack warning on its page', () => {
    renderWithData(<MusclePanel muscle={real.musclesById.get('pectoralis-major')!} />, real)
    const section = screen.getByRole('region', { name: t.muscleHeading })
    expect(within(section).getByRole('group', { name: new RegExp(t.heading.emergency) })).toHaveTextContent(
      'Possible heart attack',
    )
    expect(section).toHaveTextContent(t.clinical)
  })

  it('a muscle without red flags shows no warning section', () => {
    renderWithData(<MusclePanel muscle={real.musclesById.get('supinator')!} />, real)
    expect(screen.queryByRole('region', { name: t.muscleHeading })).toBeNull()
  })
})
