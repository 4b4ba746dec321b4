// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openMuscle, resetForNextPatient } from '@/state/intents'
import type { KnownIds } from '@/state/url'
import { useAppStore } from '@/state/store'
import { startUrlSync } from '@/state/urlSync'
import { describeProblems } from '@/ui/linkProblems'
import { tinyDataset } from '../ui/fixture'

const known: KnownIds = {
  muscles: new Set(tinyDataset.musclesById.keys()),
  regions: new Set(tinyDataset.regionsById.keys()),
  conditions: new Set(tinyDataset.conditionsById.keys()),
  tours: tinyDataset.toursById,
}
const s = () => useAppStore.getState()
const entryVisit = () => (window.history.state as { visit?: string } | null)?.visit
let stop: () => void = () => {}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
  window.sessionStorage.clear()
  window.history.replaceState(null, '', '/')
})
afterEach(() => stop())

/** The browser's Back onto an entry written with `state`, showing `hash`. */
function backTo(state: unknown, hash: string) {
  window.history.replaceState(state, '', hash)
  window.dispatchEvent(new PopStateEvent('popstate', { state }))
}

describe('links and history hold no patient data', () => {
  it("a link's marked pain areas open, then leave the address (and so history) at once", () => {
    window.history.replaceState(null, '', '/#m=upper-trapezius&pain=temple.L')
    stop = startUrlSync(known, describeProblems)
    expect(s().painRegionKeys).toEqual(['temple.L'])
    expect(window.location.hash).toBe('#m=upper-trapezius')
    useAppStore.setState({ painRegionKeys: ['temple.L', 'coccyx'] })
    expect(window.location.hash).not.toContain('pain')
  })

  it("after 'Next patient', Back never brings the earlier patient's view back", () => {
    stop = startUrlSync(known, describeProblems)
    openMuscle('piriformis')
    const earlier = entryVisit()
    expect(earlier).toBeTruthy()
    resetForNextPatient(window)
    expect(entryVisit()).toBeTruthy()
    expect(entryVisit()).not.toBe(earlier)
    expect(window.location.hash).toBe('')
    // Back onto the earlier patient's entry: the view stays as it is, and the entry is overwritten with it.
    backTo({ visit: earlier }, '#m=piriformis&view=back')
    expect(s().selectedMuscleId).toBeNull()
    expect(window.location.hash).toBe('')
    // Entries of this visit (or written by hand, without a visit) still move the view as before.
    backTo(null, '#m=supinator')
    expect(s().selectedMuscleId).toBe('supinator')
  })

  it('the visit survives a reload of the tab (it is kept for the tab, not the page)', () => {
    stop = startUrlSync(known, describeProblems)
    const visit = entryVisit()
    stop()
    stop = startUrlSync(known, describeProblems)
    expect(entryVisit()).toBe(visit)
  })
})
