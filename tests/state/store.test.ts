import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Tour } from '@/data/schema'
import { camera, openMuscle, openRegion, togglePainFromList } from '@/state/intents'
import { useAppStore } from '@/state/store'
import { presentedState, selectView } from '@/state/presented'
import { selectPatternMuscleIds } from '@/state/patterns'
import { DEFAULT_VIEW } from '@/state/viewState'
import { withRealBody } from './realBody'

/** The store as presented (a tour step's view while one plays). */
const s = () => presentedState(useAppStore.getState())
const goal = () => useAppStore.getState().cameraGoal

beforeAll(withRealBody)
beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true))

describe('store actions', () => {
  it('selects and clears a muscle', () => {
    s().selectMuscle('supinator', 'left')
    expect(s().selectedMuscleId).toBe('supinator')
    expect(s().side).toBe('left')
    s().clearSelection()
    expect(s().selectedMuscleId).toBeNull()
    expect(s().side).toBe('both')
  })

  it('back/forward (a linked view) out of a close-up returns the camera to its preset, and only then', () => {
    s().openLinkedView({ ...DEFAULT_VIEW, selectedMuscleId: 'supinator', focused: true })
    expect(goal().aim).toEqual({ kind: 'focus', muscleId: 'supinator', side: 'both' })
    const before = goal().seq
    s().openLinkedView({ ...DEFAULT_VIEW, selectedMuscleId: 'supinator' })
    expect(s().focused).toBe(false)
    expect(goal()).toMatchObject({ seq: before + 1, aim: { kind: 'preset', preset: 'front' } })
    s().openLinkedView({ ...DEFAULT_VIEW, selectedMuscleId: 'piriformis' }) // same preset, no close-up: no move
    expect(goal().seq).toBe(before + 1)
    s().openLinkedView({ ...DEFAULT_VIEW, camera: 'back' }) // another preset: the camera turns to it
    expect(goal()).toMatchObject({ seq: before + 2, aim: { kind: 'preset', preset: 'back' } })
  })

  it('"Focus" is part of the view until a preset, another muscle or clearing ends it', () => {
    camera.focusSelection()
    expect(s().focused).toBe(false) // nothing to focus on
    s().selectMuscle('supinator', 'left')
    camera.focusSelection()
    expect(s().focused).toBe(true)
    expect(selectView(s()).focused).toBe(true)
    s().setSide('both')
    s().selectMuscle('supinator', 'both')
    expect(s().focused).toBe(true) // the same muscle again (e.g. widened to both sides)
    camera.showPreset('back')
    expect(s().focused).toBe(false)
    camera.focusSelection()
    s().selectMuscle('piriformis')
    expect(s().focused).toBe(false)
    camera.focusSelection()
    s().clearSelection()
    expect(s().focused).toBe(false)
  })

  it('selecting a deep muscle reveals the deep layer', () => {
    expect(s().layers.deep).toBe('hidden')
    s().selectMuscle('piriformis', 'both', 'deep')
    expect(s().layers.deep).toBe('shown')
  })

  it('selecting a superficial muscle reveals a hidden superficial layer', () => {
    s().setLayer('superficial', 'hidden')
    s().selectMuscle('upper-trapezius', 'both', 'superficial')
    expect(s().layers.superficial).toBe('shown')
  })

  it('toggles painful regions and overlays', () => {
    s().togglePainRegion('temple.L')
    s().togglePainRegion('coccyx')
    s().togglePainRegion('temple.L')
    expect(s().painRegionKeys).toEqual(['coccyx'])
    s().toggleOverlay('a')
    s().toggleOverlay('b')
    expect(s().overlayMuscleIds).toEqual(['a', 'b'])
    s().clearOverlays()
    s().clearPain()
    expect(s().overlayMuscleIds).toEqual([])
    expect(s().painRegionKeys).toEqual([])
  })

  it('hover only updates when it changes', () => {
    let changes = 0
    const unsub = useAppStore.subscribe(() => changes++)
    s().hoverMuscle({ muscleId: 'x', side: 'left' })
    s().hoverMuscle({ muscleId: 'x', side: 'left' })
    s().hoverMuscle(null)
    s().hoverMuscle(null)
    unsub()
    expect(changes).toBe(2)
  })

  it('notices can be added and dismissed', () => {
    s().notify('hello')
    const id = s().notices[0]!.id
    s().dismissNotice(id)
    expect(s().notices).toEqual([])
  })
})

describe('selectors', () => {
  it('selectView returns the shareable part only', () => {
    expect(selectView(s())).toEqual(DEFAULT_VIEW)
    s().applyView({ ...DEFAULT_VIEW, camera: 'left', xray: true })
    expect(selectView(s())).toEqual({ ...DEFAULT_VIEW, camera: 'left', xray: true })
  })

  it('patterns drawn: preview wins, else selection plus overlays without duplicates', () => {
    expect(selectPatternMuscleIds(s())).toEqual([])
    s().selectMuscle('a')
    s().toggleOverlay('b')
    s().toggleOverlay('a')
    expect(selectPatternMuscleIds(s())).toEqual(['a', 'b'])
    s().previewMuscle('c')
    expect(selectPatternMuscleIds(s())).toEqual(['c'])
  })
})

describe('painful areas ticked from a list', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true))

  it('turn the camera to a newly ticked area on the far side, not to one unticked or in view', () => {
    const seq = goal().seq
    togglePainFromList('lateral-epicondyle.R') // the outside of the right elbow faces the figure's right
    expect(s().painRegionKeys).toEqual(['lateral-epicondyle.R'])
    expect(goal()).toMatchObject({ seq: seq + 1, aim: { kind: 'preset', preset: 'right' } })
    togglePainFromList('lateral-epicondyle.R') // unticked: no move
    expect(s().painRegionKeys).toEqual([])
    expect(goal().seq).toBe(seq + 1)
    togglePainFromList('lateral-epicondyle.R') // in view already: no move
    expect(goal().seq).toBe(seq + 1)
    togglePainFromList('calf.L') // the calf faces back: turn
    expect(goal().aim).toEqual({ kind: 'preset', preset: 'back' })
  })

  it('an area found by search marks one side (both when asked) and frames it from where it shows', () => {
    openRegion('coccyx', 'midline')
    expect(goal().aim).toMatchObject({ kind: 'frame', regionKeys: ['coccyx'], muscleIds: [], view: 'back' })
    expect(s().camera).toBe('back')
    openRegion('back-of-knee', 'bilateral')
    expect(goal().aim).toMatchObject({ regionKeys: ['back-of-knee.R'], view: 'back' })
    openRegion('temple', 'bilateral', 'both')
    expect(goal().aim).toMatchObject({ regionKeys: ['temple.L', 'temple.R'] })
    openRegion('heel', 'bilateral', 'left')
    expect(s().painRegionKeys).toEqual(['coccyx', 'back-of-knee.R', 'temple.L', 'temple.R', 'heel.L'])
  })

  it('an area framed from below (the sole) lights no view button: no preset names that view', () => {
    openRegion('sole', 'bilateral')
    expect(goal().aim).toMatchObject({ kind: 'frame', view: 'below' })
    expect(useAppStore.getState().handAzimuth).not.toBeNull()
    camera.showPreset('front')
    expect(useAppStore.getState().handAzimuth).toBeNull()
  })

  it('a muscle opened from a list is framed with its pattern, from the side that shows most of it', () => {
    openMuscle('upper-trapezius')
    const aim = goal().aim
    expect(aim).toMatchObject({
      kind: 'frame',
      muscleIds: ['upper-trapezius'],
      side: 'both',
      areasOnly: false,
    })
    // The pattern (temple, side of the neck, angle of the jaw) is best seen from a side.
    expect(aim.kind === 'frame' && ['left', 'right'].includes(aim.view ?? '')).toBe(true)
    expect(aim.kind === 'frame' && aim.regionKeys).toContain('temple.L')
    expect(s().camera).toBe(aim.kind === 'frame' ? aim.view : null)
  })

  it('opening levator scapulae from search shows the deep layer it is drawn in, as a tap on the body does', () => {
    expect(s().layers.deep).toBe('hidden')
    openMuscle('levator-scapulae', 'intermediate')
    expect(s().layers.deep).toBe('shown')
  })

  it("a tour step frames its muscles and areas, from its author's view on a near tie", () => {
    const tour = {
      id: 't',
      title: 'T',
      steps: [
        {
          caption: 'a',
          camera: 'back',
          muscles: ['upper-trapezius', 'levator-scapulae'],
          painRegionKeys: ['temple.R'],
        },
        { caption: 'b', camera: 'front', painRegionKeys: [] },
      ],
    } as unknown as Tour
    useAppStore.getState().showTourStep(tour, 0)
    expect(goal().aim).toMatchObject({
      kind: 'frame',
      muscleIds: ['upper-trapezius', 'levator-scapulae'],
    })
    expect(goal().aim.kind === 'frame' && goal().aim).toMatchObject({
      regionKeys: expect.arrayContaining(['temple.R']),
    })
    // The tour's view is staged: the person's own view is untouched under it.
    expect(useAppStore.getState().selectedMuscleId).toBeNull()
    expect(s().selectedMuscleId).toBe('upper-trapezius')
    useAppStore.getState().showTourStep(tour, 1)
    expect(goal().aim).toMatchObject({ kind: 'frame', muscleIds: ['upper-trapezius', 'levator-scapulae'] })
  })
})
