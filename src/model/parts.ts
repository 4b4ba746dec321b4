/**
 * Indexes the loaded body model by what each mesh is (skin, muscle per side, bone), from the glTF extras that
 * GLTFLoader copies into `userData`. The only place besides binding.ts that looks at loaded objects' metadata.
 */
import type { Mesh, Object3D } from 'three'

export interface MusclePart {
  mesh: Mesh
  muscleId: string
  side: 'left' | 'right'
  layer: 'superficial' | 'intermediate' | 'deep'
}

export interface BodyParts {
  skin: Mesh | null
  /** Region keys of the skin ("temple.L", "coccyx"), indexed by the `_region` vertex attribute. */
  regionNames: string[]
  muscles: MusclePart[]
  bones: Mesh[]
}

interface Extras {
  kind?: string
  muscleId?: string
  side?: string
  layer?: string
  regionNames?: string[]
}

/** The nearest extras with a `kind`, walking up from the object (multi-primitive meshes load as groups). */
export function extrasOf(object: Object3D | null): Extras | null {
  for (let o = object; o; o = o.parent) {
    const data = o.userData as Extras
    if (data && typeof data.kind === 'string') return data
  }
  return null
}

export function indexParts(root: Object3D): BodyParts {
  const parts: BodyParts = { skin: null, regionNames: [], muscles: [], bones: [] }
  root.traverse((o) => {
    if (!(o as Mesh).isMesh) return
    const mesh = o as Mesh
    const x = extrasOf(mesh)
    if (x?.kind === 'skin') {
      parts.skin = mesh
      parts.regionNames = x.regionNames ?? []
    } else if (x?.kind === 'muscle' && x.muscleId && (x.side === 'left' || x.side === 'right')) {
      const layer = x.layer === 'deep' || x.layer === 'intermediate' ? x.layer : 'superficial'
      parts.muscles.push({ mesh, muscleId: x.muscleId, side: x.side, layer })
    } else if (x?.kind === 'bone') parts.bones.push(mesh)
  })
  return parts
}

export type MuscleLayer = MusclePart['layer']

/**
 * The layer control a muscle is drawn under: superficial muscles with "Superficial muscles", intermediate and deep
 * ones with "Deep muscles". The one place that says so (the view reveals this layer when the muscle is selected).
 */
export function drawnLayer(layer: MuscleLayer): 'superficial' | 'deep' {
  return layer === 'superficial' ? 'superficial' : 'deep'
}
