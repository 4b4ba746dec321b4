// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KnownIds } from '@/state/url'
import { presentedState } from '@/state/presented'
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
const tour = tinyDataset.toursById.get('fixture-tour')!
/** The store as presented (the tour step's staged view while a tour plays). */
const s = () => presentedState(useAppStore.getState())
let stop: () => void = () => {}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
  window.history.replaceState(null, '', '/')
})
afterEach(() => stop())

/** Goes to a hash the way the browser does on back/forward. */
function pop(hash: string) {
  window.history.replaceState(null, '', hash)
  window.dispatchEvent(new PopStateEvent('popstate'))
}

describe('tour links and history', () => {
  it('a tour link opens the tour at its step, with the step’s whole view', () => {
    window.history.replaceState(null, '', '/#tour=fixture-tour&step=2')
    stop = startUrlSync(known, describeProblems)
    expect(s().tour).toEqual({ id: 'fixture-tour', step: 1 })
    expect(s().selectedMuscleId).toBe('upper-trapezius')
    expect(s().painRegionKeys).toEqual(['temple.L', 'coccyx']) // kept from step 1
    expect(window.location.hash).toBe('#tour=fixture-tour&step=2')
    expect(s().notices).toEqual([])
  })

  it('each step is a history entry; back and forward move between steps and out of the tour', () => {
    window.history.replaceState(null, '', '/#m=piriformis&view=right')
    stop = startUrlSync(known, describeProblems)
    s().showTourStep(tour, 0)
    expect(window.location.hash).toBe('#tour=fixture-tour&step=1')
    pop('#tour=fixture-tour&step=2')
    expect(s().tour?.step).toBe(1)
    expect(s().camera).toBe('back')
    pop('#tour=fixture-tour&step=1')
    expect(s().tour?.step).toBe(0)
    expect(s().camera).toBe('front')
    // back past the first step: the view from before the tour
    pop('#m=piriformis&view=right')
    expect(s().tour).toBeNull()
    expect(s().selectedMuscleId).toBe('piriformis')
    expect(s().camera).toBe('right')
  })

  it('an unknown tour gives one friendly notice and the rest opens', () => {
    window.history.replaceState(null, '', '/#tour=nope&step=2&m=supinator')
    stop = startUrlSync(known, describeProblems)
    expect(s().tour).toBeNull()
    expect(s().selectedMuscleId).toBe('supinator')
    expect(s().notices.map((n) => n.text)).toEqual([
      'Part of this link could not be used (nope). The rest of the view is open.',
    ])
  })
})
