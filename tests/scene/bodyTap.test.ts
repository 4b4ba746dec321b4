// Click-to-select without a browser: a tap on a mesh of the body (plain three.js objects carrying the glTF extras,
// as GLTFLoader leaves them) becomes a tap intent, and the intent changes the store as a tap on the body does.
import { Group, Mesh } from 'three'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { dataset } from '@/data/bundledData'
import { tapBody } from '@/state/intents'
import { presentedState } from '@/state/presented'
import { useAppStore } from '@/state/store'
import { bodyTapOf } from '@/scene/bodyTap'
import { withRealBody } from '../state/realBody'

const s = () => presentedState(useAppStore.getState())

/** A muscle mesh as the loaded model has it: a primitive under a node that carries the extras. */
function muscleMesh(muscleId: string, side: 'left' | 'right'): Mesh {
  const node = new Group()
  node.userData = { kind: 'muscle', muscleId, side, layer: 'superficial' }
  const mesh = new Mesh()
  node.add(mesh)
  return mesh
}

const skin = Object.assign(new Mesh(), { userData: { kind: 'skin', regionNames: ['temple.L'] } })

beforeAll(withRealBody)
beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true))

describe('a tap on the body', () => {
  it('reads what was tapped from the mesh (and the area under the finger only on the skin)', () => {
    expect(bodyTapOf(muscleMesh('levator-scapulae', 'left'), dataset, () => 'x')).toEqual({
      kind: 'muscle',
      muscleId: 'levator-scapulae',
      side: 'left',
      layer: 'intermediate',
    })
    expect(bodyTapOf(skin, dataset, () => 'temple.L')).toEqual({ kind: 'skin', regionKey: 'temple.L' })
    expect(bodyTapOf(new Mesh(), dataset, () => 'temple.L')).toBeNull()
  })

  it('selects the muscle, shows the layer it is drawn in, then widens to both sides on a second tap', () => {
    useAppStore.getState().setTab('pain')
    tapBody(bodyTapOf(muscleMesh('levator-scapulae', 'left'), dataset, () => null)!)
    expect(s()).toMatchObject({ selectedMuscleId: 'levator-scapulae', side: 'left', tab: 'explore' })
    expect(s().layers.deep).toBe('shown')
    tapBody({ kind: 'muscle', muscleId: 'levator-scapulae', side: 'left', layer: 'intermediate' })
    expect(s().side).toBe('both')
    tapBody({ kind: 'muscle', muscleId: 'levator-scapulae', side: 'right', layer: 'intermediate' })
    expect(s().side).toBe('right')
  })

  it('turns the camera to a tapped muscle that faces away from the current view', () => {
    const seq = useAppStore.getState().cameraGoal.seq
    tapBody({ kind: 'muscle', muscleId: 'infraspinatus', side: 'left', layer: 'superficial' })
    expect(useAppStore.getState().cameraGoal).toMatchObject({ seq: seq + 1, aim: { preset: 'back' } })
    tapBody({ kind: 'muscle', muscleId: 'infraspinatus', side: 'left', layer: 'superficial' })
    expect(useAppStore.getState().cameraGoal.seq).toBe(seq + 1) // seen from the back now: no turn
  })

  it('on the skin marks the area in "Where does it hurt?" (not in draw mode), else clears the selection', () => {
    tapBody({ kind: 'muscle', muscleId: 'supinator', side: 'left' })
    tapBody({ kind: 'skin', regionKey: 'temple.L' })
    expect(s().selectedMuscleId).toBeNull()
    expect(s().painRegionKeys).toEqual([])
    useAppStore.getState().setTab('pain')
    tapBody({ kind: 'skin', regionKey: 'temple.L' })
    expect(s().painRegionKeys).toEqual(['temple.L'])
    useAppStore.getState().setDrawMode(true)
    tapBody({ kind: 'skin', regionKey: 'temple.L' })
    expect(s().painRegionKeys).toEqual(['temple.L'])
  })
})
