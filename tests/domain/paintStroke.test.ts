import { describe, expect, it } from 'vitest'
import { MAX_SEGMENT, dab, liftBrush, startStroke, strokeResult } from '@/domain/paintStroke'
import type { SkinHit } from '@/domain/paintStroke'

// A toy skin: 101 vertices 1 cm apart along x (0 … 1 m), all facing +z.
const N = 101
const positions = new Float32Array(N * 3)
const normals = new Float32Array(N * 3)
for (let i = 0; i < N; i++) {
  positions[i * 3] = i / 100
  normals[i * 3 + 2] = 1
}
const skin = { positions, normals }
const at = (x: number, facing: SkinHit['facing'] = [0, 0, 1]): SkinHit => ({ point: [x, 0, 0], facing })
const painted = (p: Uint8Array) => [...p.keys()].filter((i) => p[i] !== 0)

describe('a brush stroke', () => {
  it('paints a working copy, never the committed paint', () => {
    const committed = new Uint8Array(N)
    committed[90] = 2
    const s = startStroke(1, committed, N)
    expect(dab(s, skin, at(0.2), 0.015, 1)).toBe(3) // 0.19, 0.20, 0.21
    expect(painted(s.working)).toEqual([19, 20, 21, 90])
    expect(painted(committed)).toEqual([90])
  })

  it('joins a near dab to the last one with a segment, so a fast drag leaves no gap', () => {
    const s = startStroke(1, null, N)
    dab(s, skin, at(0.2), 0.005, 1)
    dab(s, skin, at(0.28), 0.005, 1)
    expect(painted(s.working)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28])
  })

  it('does not join dabs further apart than MAX_SEGMENT (the pointer jumped), nor after the brush lifted', () => {
    const s = startStroke(1, null, N)
    dab(s, skin, at(0.1), 0.005, 1)
    dab(s, skin, at(0.1 + MAX_SEGMENT + 0.01), 0.005, 1)
    expect(painted(s.working)).toEqual([10, 23])
    liftBrush(s)
    dab(s, skin, at(0.3), 0.005, 1)
    expect(painted(s.working)).toEqual([10, 23, 30])
  })

  it('leaves skin facing away alone (a dab on the front of the forearm does not come through on its back)', () => {
    const s = startStroke(1, null, N)
    expect(dab(s, skin, at(0.5, [0, 0, -1]), 0.05, 2)).toBe(0)
  })

  it('commits only a finished stroke that changed something; the eraser counts as a change', () => {
    const s = startStroke(1, null, N)
    expect(strokeResult(s, true)).toBeNull()
    dab(s, skin, at(0.5), 0.005, 2)
    expect(strokeResult(s, false)).toBeNull() // cancelled (a second finger, pointercancel)
    expect(painted(strokeResult(s, true)!)).toEqual([50])
    const erase = startStroke(2, s.working, N)
    dab(erase, skin, at(0.5), 0.005, 0)
    expect(painted(strokeResult(erase, true)!)).toEqual([])
  })
})
