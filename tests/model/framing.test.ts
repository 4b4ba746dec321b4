import { describe, expect, it } from 'vitest'
import { SMALL_PART, SURROUNDINGS, surroundingsBox } from '@/model/framing'

describe('surroundingsBox', () => {
  it('frames a small part (both masseters) in a head-sized view centred on it', () => {
    const box = surroundingsBox([-0.06, 1.53, 0.0], [0.06, 1.62, 0.06])!
    expect(box.min[0]).toBeCloseTo(-SURROUNDINGS / 2)
    expect(box.max[0]).toBeCloseTo(SURROUNDINGS / 2)
    expect((box.min[1] + box.max[1]) / 2).toBeCloseTo(1.575)
    expect(box.max[1] - box.min[1]).toBeCloseTo(SURROUNDINGS)
    expect((box.min[2] + box.max[2]) / 2).toBeCloseTo(0.03)
  })

  it('keeps a side that is already longer than the view', () => {
    const box = surroundingsBox([0, 0, 0], [0.1, 0.29, 0.05])!
    expect(box.max[1] - box.min[1]).toBeCloseTo(0.34)
    const long = surroundingsBox([0, 0, 0], [0.1, 0.29, 0.05], { size: 0.2 })!
    expect(long.max[1] - long.min[1]).toBeCloseTo(0.29)
  })

  it('leaves large parts (the trapezius, both sides) and empty boxes alone', () => {
    expect(surroundingsBox([-0.2, 1.3, -0.1], [0.2, 1.6, 0.0])).toBeNull()
    expect(surroundingsBox([0, 0, 0], [SMALL_PART + 0.01, 0.1, 0.1])).toBeNull()
    expect(surroundingsBox([Infinity, Infinity, Infinity], [-Infinity, -Infinity, -Infinity])).toBeNull()
  })
})
