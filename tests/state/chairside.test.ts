import { beforeEach, describe, expect, it } from 'vitest'
import { appendNew, visitAdditions } from '@/state/chairsideSlice'
import { camera, nextPatientPatch, resetForNextPatient, undoReset } from '@/state/intents'
import { encodeView } from '@/state/url'
import { useAppStore } from '@/state/store'
import { presentedState, selectView } from '@/state/presented'
import { DEFAULT_VIEW } from '@/state/viewState'

const s = () => useAppStore.getState()

/** A stand-in for window's history and location that records what the reset did to the link. */
function fakeWindow(hash: string) {
  const calls: string[] = []
  const win = {
    location: { pathname: '/app/', search: '?lang=en', hash },
    history: {
      replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => {
        calls.push(String(url))
        win.location.hash = ''
      },
    },
  }
  return { win: win as unknown as Pick<Window, 'history' | 'location'>, calls }
}

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true))

describe('visit list (muscles discussed this visit)', () => {
  it('visitAdditions lists only newly shown muscles, selected first, without duplicates', () => {
    const none = { selectedMuscleId: null, overlayMuscleIds: [] }
    expect(visitAdditions(none, none)).toEqual([])
    expect(visitAdditions(none, { selectedMuscleId: 'a', overlayMuscleIds: ['b', 'a'] })).toEqual(['a', 'b'])
    expect(
      visitAdditions(
        { selectedMuscleId: 'a', overlayMuscleIds: ['b'] },
        { selectedMuscleId: 'b', overlayMuscleIds: ['c'] },
      ),
    ).toEqual(['c'])
  })

  it('appendNew keeps the first-shown order and returns the same list when nothing is new', () => {
    const list = ['a', 'b']
    expect(appendNew(list, ['b', 'c', 'c', 'd'])).toEqual(['a', 'b', 'c', 'd'])
    expect(appendNew(list, ['a'])).toBe(list)
  })

  it('records every muscle selected or overlaid, in order, once each', () => {
    s().selectMuscle('upper-trapezius')
    s().toggleOverlay('levator-scapulae')
    s().selectMuscle('supinator')
    s().selectMuscle('upper-trapezius')
    s().clearSelection()
    s().clearOverlays()
    expect(s().visitMuscleIds).toEqual(['upper-trapezius', 'levator-scapulae', 'supinator'])
  })

  it('records a muscle opened from a link (applyView) and ignores previews', () => {
    s().previewMuscle('soleus')
    s().applyView({ ...structuredClone(DEFAULT_VIEW), selectedMuscleId: 'piriformis' })
    expect(s().visitMuscleIds).toEqual(['piriformis'])
  })

  it('a muscle can be left out of the visit list, and the list is not part of the link', () => {
    s().selectMuscle('upper-trapezius')
    s().toggleOverlay('supinator')
    s().removeVisitMuscle('upper-trapezius')
    expect(s().visitMuscleIds).toEqual(['supinator'])
    expect(encodeView(selectView(s()))).not.toContain('visit')
    expect(Object.keys(selectView(s()))).not.toContain('visitMuscleIds')
  })
})

describe('reset for the next patient', () => {
  function seeVisit() {
    s().setPresentation(true)
    s().selectMuscle('upper-trapezius', 'left')
    s().toggleOverlay('levator-scapulae')
    s().togglePainRegion('temple.L')
    s().selectCondition('tension-type-headache')
    s().setLayer('deep', 'ghost')
    s().setXray(true)
    camera.showPreset('back')
    s().setTab('pain')
    s().previewMuscle('soleus')
    s().notify('Something from the last visit')
    s().openChairsideDialog('handout')
  }

  it('nextPatientPatch is the default view with the visit cleared and nothing staged', () => {
    seeVisit()
    const patch = nextPatientPatch()
    expect(patch).toMatchObject({ ...DEFAULT_VIEW, visitMuscleIds: [], chairsideDialog: null, notices: [] })
    expect(patch.staged).toBeNull()
    expect(patch).not.toHaveProperty('presentation')
    // Pure: the state it was given is untouched.
    expect(s().selectedMuscleId).toBe('upper-trapezius')
  })

  it('clears selection, overlays, condition, pain, visit list, dialogs; camera to the front; link replaced', () => {
    seeVisit()
    const { win, calls } = fakeWindow('#m=upper-trapezius&side=left&pain=temple.L')
    const seq = s().cameraGoal.seq
    resetForNextPatient(win)
    expect(selectView(s())).toEqual(DEFAULT_VIEW)
    expect(s().visitMuscleIds).toEqual([])
    expect(s().chairsideDialog).toBeNull()
    expect(s().previewMuscleId).toBeNull()
    expect(s().notices).toEqual([])
    expect(s().camera).toBe('front')
    expect(s().cameraGoal.seq).toBeGreaterThan(seq)
    expect(s().cameraGoal.aim).toEqual({ kind: 'preset', preset: 'front' })
    expect(calls).toEqual(['/app/?lang=en'])
    expect(encodeView(selectView(s()))).toBe('')
    expect(s().presentation).toBe(true)
  })

  it('clears the pain drawing, and undo brings it back', () => {
    const paint = new Uint8Array([0, 1, 2, 1])
    useAppStore.setState({ paint, drawMode: true, painRegionKeys: ['temple.L'] })
    const snapshot = resetForNextPatient(fakeWindow('#pain=temple.L').win)
    expect(s().paint).toBeNull()
    expect(s().drawMode).toBe(false)
    expect(s().painRegionKeys).toEqual([])
    undoReset(snapshot)
    expect(s().paint).toBe(paint)
    expect(s().painRegionKeys).toEqual(['temple.L'])
  })

  it('ends a guided tour that is playing', () => {
    useAppStore.setState({
      staged: { by: 'tour', view: { ...DEFAULT_VIEW, tour: { id: 'headache', step: 2 } } },
    })
    resetForNextPatient(fakeWindow('#tour=headache&step=3').win)
    expect(presentedState(s()).tour).toBeNull()
    expect(s().staged).toBeNull()
  })

  it('undo puts the whole visit back', () => {
    seeVisit()
    const snapshot = resetForNextPatient(fakeWindow('#m=upper-trapezius').win)
    s().setPresentation(false)
    undoReset(snapshot)
    expect(s().selectedMuscleId).toBe('upper-trapezius')
    expect(s().side).toBe('left')
    expect(s().overlayMuscleIds).toEqual(['levator-scapulae'])
    expect(s().painRegionKeys).toEqual(['temple.L'])
    expect(s().conditionId).toBe('tension-type-headache')
    expect(s().camera).toBe('back')
    expect(s().visitMuscleIds).toEqual(['upper-trapezius', 'levator-scapulae'])
    // The dialog stays closed and presentation mode is not rewound.
    expect(s().chairsideDialog).toBeNull()
    expect(s().presentation).toBe(false)
  })
})
