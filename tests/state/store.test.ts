import { beforeEach, describe, expect, it } from 'vitest'
import type { Tour } from '@/data/schema'
import { openMuscle, openRegion, togglePainFromList } from '@/state/intents'
import { selectPatternMuscleIds, selectView, useAppStore } from '@/state/store'
import { DEFAULT_VIEW } from '@/state/viewState'

const s = () => useAppStore.getState()

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
    const before = s().cameraRequest
    s().openLinkedView({ ...DEFAULT_VIEW, selectedMuscleId: 'supinator' })
    expect(s().focused).toBe(false)
    expect(s().cameraRequest).toBe(before + 1)
    s().openLinkedView({ ...DEFAULT_VIEW, camera: 'back' }) // no close-up to leave: the preset change moves it
    expect(s().cameraRequest).toBe(before + 1)
  })

  it('"Focus" is part of the view until a preset, another muscle or clearing ends it', () => {
    s().focusSelection()
    expect(s().focused).toBe(false) // nothing to focus on
    s().selectMuscle('supinator', 'left')
    s().focusSelection()
    expect(s().focused).toBe(true)
    expect(selectView(s()).focused).toBe(true)
    s().setSide('both')
    s().selectMuscle('supinator', 'both')
    expect(s().focused).toBe(true) // the same muscle again (e.g. widened to both sides)
    s().setCamera('back')
    expect(s().focused).toBe(false)
    s().focusSelection()
    s().selectMuscle('piriformis')
    expect(s().focused).toBe(false)
    s().focusSelection()
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

  it('ask the camera to turn to a newly ticked area, not to one unticked', () => {
    togglePainFromList('lateral-epicondyle.R')
    expect(useAppStore.getState().painRegionKeys).toEqual(['lateral-epicondyle.R'])
    expect(useAppStore.getState().faceRegionRequest).toEqual({ key: 'lateral-epicondyle.R', n: 1 })
    togglePainFromList('lateral-epicondyle.R')
    expect(useAppStore.getState().painRegionKeys).toEqual([])
    expect(useAppStore.getState().faceRegionRequest?.n).toBe(1)
    togglePainFromList('lateral-epicondyle.R')
    expect(useAppStore.getState().faceRegionRequest?.n).toBe(2)
  })

  it('an area found by search marks one side (both when asked) and asks the camera to frame it', () => {
    openRegion('coccyx', 'midline')
    expect(useAppStore.getState().frameRequest).toMatchObject({ regionKeys: ['coccyx'], muscleIds: [], n: 1 })
    openRegion('back-of-knee', 'bilateral')
    expect(useAppStore.getState().frameRequest).toMatchObject({ regionKeys: ['back-of-knee.R'], n: 2 })
    openRegion('temple', 'bilateral', 'both')
    expect(useAppStore.getState().frameRequest?.regionKeys).toEqual(['temple.L', 'temple.R'])
    openRegion('heel', 'bilateral', 'left')
    expect(useAppStore.getState().painRegionKeys).toEqual([
      'coccyx',
      'back-of-knee.R',
      'temple.L',
      'temple.R',
      'heel.L',
    ])
  })

  it('a muscle opened from a list is framed with its pattern', () => {
    openMuscle('upper-trapezius')
    expect(useAppStore.getState().frameRequest).toMatchObject({
      muscleIds: ['upper-trapezius'],
      side: 'both',
      regionKeys: [],
    })
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
    expect(useAppStore.getState().frameRequest).toMatchObject({
      muscleIds: ['upper-trapezius', 'levator-scapulae'],
      regionKeys: ['temple.R'],
      prefer: 'back',
    })
    useAppStore.getState().showTourStep(tour, 1)
    expect(useAppStore.getState().frameRequest).toMatchObject({
      muscleIds: ['upper-trapezius', 'levator-scapulae'],
      regionKeys: [],
      prefer: 'front',
    })
  })
})
