/** What a tap on the body landed on, from the mesh the pointer hit (its glTF extras). Plain three.js, no React. */
import type { Object3D } from 'three'
import type { Dataset } from '@/data/dataset'
import { extrasOf } from '@/model/parts'
import type { BodyTap } from '@/state/intents'

/**
 * What a tap on `object` (a mesh of the body) landed on, or null for anything else (a marker, a bone). The skin's
 * area under the finger is read only for a tap on the skin (`regionKey`).
 */
export function bodyTapOf(
  object: Object3D,
  dataset: Pick<Dataset, 'musclesById'>,
  regionKey: () => string | null,
): BodyTap | null {
  const x = extrasOf(object)
  if (x?.kind === 'muscle' && x.muscleId && (x.side === 'left' || x.side === 'right'))
    return {
      kind: 'muscle',
      muscleId: x.muscleId,
      side: x.side,
      layer: dataset.musclesById.get(x.muscleId)?.layer,
    }
  if (x?.kind === 'skin') return { kind: 'skin', regionKey: regionKey() }
  return null
}
