import { beforeEach, describe, expect, it } from 'vitest'
import { BODY_COLORS } from '@/look/palette'
import { MUTED_OPACITY, boneStyle, effectiveMode, muscleStyle, skinStyle } from '@/state/appearance'
import { useAppStore } from '@/state/store'

const s = () => useAppStore.getState()
const trapL = { muscleId: 'upper-trapezius', side: 'left' as const, layer: 'superficial' as const }
const trapR = { ...trapL, side: 'right' as const }
const piriL = { muscleId: 'piriformis', side: 'left' as const, layer: 'deep' as const }

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true))

describe('appearance rules', () => {
  it('default: skin and superficial muscles opaque, deep muscles and bones hidden', () => {
    expect(muscleStyle(s(), trapL)).toMatchObject({
      visible: true,
      opacity: 1,
      color: BODY_COLORS.muscle,
      pickable: true,
    })
    expect(muscleStyle(s(), piriL).visible).toBe(false)
    expect(skinStyle(s()).opacity).toBe(1)
    expect(boneStyle(s()).visible).toBe(false)
  })

  it('x-ray makes skin and superficial muscles see-through', () => {
    s().setXray(true)
    expect(effectiveMode(s(), 'skin')).toBe('ghost')
    expect(muscleStyle(s(), trapL).opacity).toBeLessThan(0.5)
    expect(skinStyle(s()).pickable).toBe(false)
  })

  it('selection highlights the chosen side only, and other muscles step back so the pattern shows', () => {
    s().selectMuscle('upper-trapezius', 'left')
    expect(muscleStyle(s(), trapL)).toMatchObject({ color: BODY_COLORS.selected, visible: true })
    expect(muscleStyle(s(), trapR).color).toBe(BODY_COLORS.muted)
    expect(muscleStyle(s(), { ...trapL, muscleId: 'deltoid' }).opacity).toBe(MUTED_OPACITY)
  })

  it('with a muscle selected, its neighbours stay present and tappable (muted), so one tap moves to the next', () => {
    s().selectMuscle('upper-trapezius', 'both')
    const levator = { muscleId: 'levator-scapulae', side: 'right' as const, layer: 'superficial' as const }
    expect(muscleStyle(s(), levator)).toEqual({
      visible: true,
      opacity: MUTED_OPACITY,
      color: BODY_COLORS.muted,
      emissive: 0,
      pickable: true,
    })
    // Quiet enough for the pattern on the skin to read, and clearly quieter than the selected muscle.
    expect(MUTED_OPACITY).toBeLessThanOrEqual(0.25)
    expect(muscleStyle(s(), trapL).opacity).toBeGreaterThan(MUTED_OPACITY)
    // Under the pointer it shows a little more, in the hover colour, before the tap.
    s().hoverMuscle({ muscleId: 'levator-scapulae', side: 'right' })
    const hovered = muscleStyle(s(), levator)
    expect(hovered.color).toBe(BODY_COLORS.hovered)
    expect(hovered.opacity).toBeGreaterThan(MUTED_OPACITY)
    // A hidden layer stays hidden: muting does not reveal deep muscles.
    expect(muscleStyle(s(), piriL).visible).toBe(false)
    // Where a tap belongs to the skin ("Where does it hurt?") the others still step aside.
    s().setTab('pain')
    expect(muscleStyle(s(), levator)).toMatchObject({ visible: false, pickable: false })
  })

  it('a selected deep muscle is revealed and the skin turns see-through', () => {
    s().selectMuscle('piriformis', 'both', 'deep')
    expect(muscleStyle(s(), piriL).visible).toBe(true)
    expect(skinStyle(s(), 'deep').opacity).toBeLessThan(1)
    expect(skinStyle(s(), 'superficial').opacity).toBe(1)
  })

  it('hover tints a muscle; in "Where does it hurt?" muscles are not pickable', () => {
    s().hoverMuscle({ muscleId: 'upper-trapezius', side: 'right' })
    expect(muscleStyle(s(), trapR).color).toBe(BODY_COLORS.hovered)
    expect(muscleStyle(s(), trapL).color).toBe(BODY_COLORS.muscle)
    s().setTab('pain')
    expect(muscleStyle(s(), trapR).pickable).toBe(false)
    expect(skinStyle(s()).pickable).toBe(true)
  })

  it('condition muscles are tinted; hidden layers are hidden', () => {
    expect(muscleStyle(s(), trapL, new Set(['upper-trapezius'])).color).toBe(BODY_COLORS.condition)
    s().setLayer('superficial', 'hidden')
    expect(muscleStyle(s(), trapL).visible).toBe(false)
    s().setLayer('skeleton', 'ghost')
    expect(boneStyle(s())).toMatchObject({ visible: true, pickable: false })
  })
})
