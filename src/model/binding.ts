/** What a picked object is in the body model, read from glTF extras (GLTFLoader copies them into userData). */
import type { Object3D } from 'three'

export interface Binding {
  kind: 'skin' | 'muscle' | 'bone'
  muscleId?: string
  side?: 'left' | 'right'
  layer?: 'superficial' | 'intermediate' | 'deep'
}

export function bindingOf(object: Object3D | null | undefined): Binding | null {
  for (let o = object ?? null; o; o = o.parent) {
    const d = o.userData as Record<string, unknown> | undefined
    const kind = d?.['kind']
    if (kind !== 'skin' && kind !== 'muscle' && kind !== 'bone') continue
    const b: Binding = { kind }
    if (kind === 'muscle') {
      if (typeof d?.['muscleId'] === 'string') b.muscleId = d['muscleId']
      const side = d?.['side']
      if (side === 'left' || side === 'right') b.side = side
      const layer = d?.['layer']
      if (layer === 'superficial' || layer === 'intermediate' || layer === 'deep') b.layer = layer
    }
    return b
  }
  return null
}
