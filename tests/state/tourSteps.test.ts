import { beforeEach, describe, expect, it } from 'vitest'
import type { Tour } from '@/data/schema'
import { readDataDir } from '@/data/readDataFromDisk'
import { validateData } from '@/data/validate'
import { groupTours, tourKind } from '@/domain/tours'
import { useAppStore } from '@/state/store'
import { ownView, presentedState, selectView } from '@/state/presented'
import { camera } from '@/state/intents'
import { TOUR_BASE, applyTourStep, stepAfter, tourKeyAction, tourStepView } from '@/state/tourSteps'
import { DEFAULT_VIEW } from '@/state/viewState'

const tour: Tour = {
  id: 'demo',
  title: 'Demo',
  audience: 'class',
  summary: 'A demo tour.',
  steps: [
    { caption: 'One', camera: 'back', painRegionKeys: ['temple.L'], conditionId: 'headache' },
    {
      caption: 'Two',
      muscles: ['upper-trapezius', 'supinator', 'piriformis'],
      layers: { deep: 'shown', superficial: 'ghost' },
    },
    { caption: 'Three', camera: 'left', muscles: ['supinator'] },
    { caption: 'Four', muscles: [], painRegionKeys: [] },
  ],
}

describe('tour step → view', () => {
  it('step 1 sets the camera, painful areas and condition on the clean tour view', () => {
    const v = tourStepView(tour, 0)
    expect(v).toEqual({
      ...DEFAULT_VIEW,
      tab: 'teach',
      camera: 'back',
      painRegionKeys: ['temple.L'],
      conditionId: 'headache',
      tour: { id: 'demo', step: 0 },
    })
  })

  it('the first muscle is selected and the others overlaid; absent fields keep the step before', () => {
    const v = tourStepView(tour, 1)
    expect(v.selectedMuscleId).toBe('upper-trapezius')
    expect(v.overlayMuscleIds).toEqual(['supinator', 'piriformis'])
    expect(v.side).toBe('both')
    expect(v.camera).toBe('back') // kept from step 1
    expect(v.painRegionKeys).toEqual(['temple.L']) // kept
    expect(v.layers).toEqual({ skin: 'shown', superficial: 'ghost', deep: 'shown', skeleton: 'hidden' })
    expect(v.conditionId).toBeNull() // a condition belongs to its own step
  })

  it('a later step replaces muscles; [] clears them and the painful areas', () => {
    const three = tourStepView(tour, 2)
    expect(three.selectedMuscleId).toBe('supinator')
    expect(three.overlayMuscleIds).toEqual([])
    expect(three.camera).toBe('left')
    expect(three.layers.deep).toBe('shown') // still from step 2
    const four = tourStepView(tour, 3)
    expect(four.selectedMuscleId).toBeNull()
    expect(four.painRegionKeys).toEqual([])
    expect(four.tour).toEqual({ id: 'demo', step: 3 })
  })

  it('is the same whichever way a step is reached, and clamps out-of-range steps', () => {
    const forward = tourStepView(tour, 3)
    // applying the steps one after the other from step 2's view gives the same view
    let stepped = tourStepView(tour, 1)
    stepped = applyTourStep(stepped, tour.steps[2]!)
    stepped = applyTourStep(stepped, tour.steps[3]!)
    expect({ ...stepped, tour: forward.tour }).toEqual(forward)
    expect(tourStepView(tour, 99).tour).toEqual({ id: 'demo', step: 3 })
    expect(tourStepView(tour, -4).tour).toEqual({ id: 'demo', step: 0 })
  })

  it('ignores the view the user had: x-ray, side and a selection do not leak into the tour', () => {
    const messy = { ...DEFAULT_VIEW, xray: true, side: 'left' as const, selectedMuscleId: 'piriformis' }
    const v = tourStepView(tour, 0, messy)
    expect(v.xray).toBe(false)
    expect(v.side).toBe('both')
    expect(tourStepView(tour, 0, TOUR_BASE).selectedMuscleId).toBeNull()
  })
})

describe('tour keys', () => {
  it('maps keyboard and presenter-clicker keys', () => {
    for (const k of ['ArrowRight', 'PageDown', ' ', 'Enter']) expect(tourKeyAction(k)).toBe('next')
    for (const k of ['ArrowLeft', 'PageUp', 'Backspace']) expect(tourKeyAction(k)).toBe('previous')
    expect(tourKeyAction('Home')).toBe('first')
    expect(tourKeyAction('End')).toBe('last')
    expect(tourKeyAction('Escape')).toBe('exit')
    expect(tourKeyAction('a')).toBeNull()
    expect(tourKeyAction('toString')).toBeNull()
  })

  it('next on the last step ends the tour; previous stops at the first', () => {
    expect(stepAfter('next', 0, 4)).toBe(1)
    expect(stepAfter('next', 3, 4)).toBe('exit')
    expect(stepAfter('previous', 0, 4)).toBe(0)
    expect(stepAfter('previous', 2, 4)).toBe(1)
    expect(stepAfter('first', 3, 4)).toBe(0)
    expect(stepAfter('last', 0, 4)).toBe(3)
    expect(stepAfter('exit', 1, 4)).toBe('exit')
  })
})

describe('tour slice', () => {
  /** The store as presented: the tour step's staged view while it plays. */
  const s = () => presentedState(useAppStore.getState())
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true))

  it('stages each step over the person’s own view, which shows again untouched on exit', () => {
    s().selectMuscle('piriformis', 'left')
    s().setXray(true)
    camera.showPreset('right')
    s().setTab('teach')
    const before = selectView(s())
    const seq = s().cameraGoal.seq
    s().showTourStep(tour, 0)
    expect(s().tour).toEqual({ id: 'demo', step: 0 })
    expect(s().selectedMuscleId).toBeNull()
    expect(s().camera).toBe('back')
    expect(s().cameraGoal).toMatchObject({ seq: seq + 1, aim: { kind: 'frame', view: null } }) // framed once the body is in
    s().showTourStep(tour, 1)
    expect(s().selectedMuscleId).toBe('upper-trapezius')
    expect(selectView(useAppStore.getState() as never)).toMatchObject({ tour: { id: 'demo', step: 1 } })
    // An edit during the tour changes the step's view, never the person's own.
    s().toggleOverlay('soleus')
    expect(ownView(useAppStore.getState())).toEqual(before)
    s().exitTour()
    expect(selectView(s())).toEqual(before)
    expect(useAppStore.getState().staged).toBeNull()
    expect(s().cameraGoal.aim).toEqual({ kind: 'preset', preset: 'right' })
  })

  it('a tour opened from a link exits to the tour list', () => {
    s().openLinkedView({ ...DEFAULT_VIEW, tour: { id: 'demo', step: 2 } }, new Map([['demo', tour]]))
    expect(s().selectedMuscleId).toBe('supinator')
    expect(s().tour).toEqual({ id: 'demo', step: 2 })
    s().exitTour()
    expect(selectView(s())).toEqual({ ...DEFAULT_VIEW, tab: 'teach' })
  })

  it('going back to a view without a tour ends the tour; an unknown tour opens the plain view', () => {
    s().showTourStep(tour, 1)
    s().openLinkedView({ ...DEFAULT_VIEW, camera: 'left' }, new Map([['demo', tour]]))
    expect(s().tour).toBeNull()
    expect(useAppStore.getState().staged).toBeNull()
    expect(s().camera).toBe('left')
    s().openLinkedView({ ...DEFAULT_VIEW, tour: { id: 'gone', step: 0 } }, new Map())
    expect(s().tour).toBeNull()
  })
})

describe('the real tours', () => {
  const { dataset } = validateData(readDataDir(process.cwd()))
  const tours = dataset!.tours

  it('every step of every tour gives a view whose muscles and areas come from that tour', () => {
    expect(tours.length).toBeGreaterThanOrEqual(13)
    for (const t of tours) {
      const named = new Set(t.steps.flatMap((st) => st.muscles ?? []))
      t.steps.forEach((_, i) => {
        const v = tourStepView(t, i)
        expect(v.tour).toEqual({ id: t.id, step: i })
        for (const id of [v.selectedMuscleId, ...v.overlayMuscleIds].filter(Boolean))
          expect(named.has(id!)).toBe(true)
        for (const id of [v.selectedMuscleId, ...v.overlayMuscleIds].filter(Boolean))
          expect(dataset!.musclesById.has(id!)).toBe(true)
      })
    }
  })

  it('the four everyday stories of the issue are stories; the rest are condition tours', () => {
    const groups = groupTours(tours)
    expect(groups.map((g) => g.kind)).toEqual(['condition', 'story'])
    expect(groups[1]!.tours.map((t) => t.id).sort()).toEqual([
      'boot-camp',
      'hair-stylist',
      'runner-calves',
      'weightlifter-overhead',
    ])
    expect(tourKind({ id: 'headache' })).toBe('condition')
    expect(groups[0]!.tours.length + groups[1]!.tours.length).toBe(tours.length)
  })
})
