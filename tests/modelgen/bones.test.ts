// The skeleton's field: hollows cut from the skull (orbits, nasal aperture) and the bones around them.
import { describe, expect, it } from 'vitest'
import { boneField } from '@/modelgen/bones'
import { loadDescription, makeContext } from '@/modelgen/build'
import type { BonesSpec } from '@/modelgen/schema'

const desc = loadDescription()
const { skinF, frames } = makeContext(desc)
const field = (bones: BonesSpec) => boneField(bones, desc.body, skinF, frames).f

describe('skull', () => {
  const skull = desc.bones.groups.find((g) => g.id === 'skull')!
  const orbit = skull.subtract!.find((s) => s.label === 'orbit')!
  const [ox, oy, oz] = orbit.p![0]! as [number, number, number]

  it('has eye sockets: hollow at the orbit, bone around it, on both sides', () => {
    const f = field(desc.bones)
    for (const x of [ox, -ox]) {
      expect(f(x, oy, oz - 0.02)).toBeGreaterThan(0) // inside the socket: no bone
      expect(f(x, oy + 0.022, oz - 0.012)).toBeLessThan(0) // the supraorbital rim above it
    }
    expect(f(0, oy, oz - 0.01)).toBeLessThan(0) // bone between the sockets (nasal bones)
  })

  it('is solid there without the cut, so the hollow comes from `subtract`', () => {
    const solid = field({
      ...desc.bones,
      groups: desc.bones.groups.map((g) => (g.id === 'skull' ? { ...g, subtract: [] } : g)),
    })
    expect(solid(ox, oy, oz - 0.02)).toBeLessThan(0)
  })
})
