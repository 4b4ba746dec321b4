// The real body's facts (models/body.glb read in Node), published as the 3D view publishes them, for tests of the
// camera intents that work out views from the body.
import type { AimFacts } from '@/model/aim'
import { publishBodyFacts } from '@/model/currentBody'
import type { Vec3 } from '@/model/framing'
import { loadGlb } from '../modelgen/glbHelpers'

let facts: AimFacts | null = null

export async function realBodyFacts(): Promise<AimFacts> {
  if (facts) return facts
  const model = await loadGlb()
  const skin = model.parts.find((p) => p.extras.kind === 'skin')!
  const region = skin.attributes._REGION!
  const muscleBoxes = model.parts
    .filter((p) => p.extras.kind === 'muscle')
    .map((p) => {
      const min: [number, number, number] = [Infinity, Infinity, Infinity]
      const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
      for (let i = 0; i < p.positions.length; i += 3)
        for (let k = 0; k < 3; k++) {
          min[k] = Math.min(min[k]!, p.positions[i + k]!)
          max[k] = Math.max(max[k]!, p.positions[i + k]!)
        }
      return {
        muscleId: p.extras.muscleId as string,
        side: p.extras.side as 'left' | 'right',
        min: min as Vec3,
        max: max as Vec3,
      }
    })
  facts = {
    regionNames: skin.extras.regionNames as string[],
    vertexRegion: Uint16Array.from(region, (x) => Math.round(x)),
    positions: skin.positions,
    normals: skin.normals,
    muscleBoxes,
  }
  return facts
}

/** Publishes the real body's facts (as the 3D view does once the model is in). */
export async function withRealBody(): Promise<void> {
  publishBodyFacts(await realBodyFacts())
}
