/**
 * Applies the pure appearance rules (state/appearance.ts) and the region paint (state/regionPaint.ts) to the
 * loaded meshes. Called from a store subscription, never per frame; the caller invalidates the frame.
 */
import type * as THREE from 'three'
import type { Dataset } from '@/data/dataset'
import { referralRegionsOf } from '@/domain/referral'
import type { MuscleLayer, PartStyle, StyleState } from '@/state/appearance'
import { boneStyle, muscleStyle, skinStyle } from '@/state/appearance'
import { buildRegionLut } from '@/state/regionPaint'
import type { AppState } from '@/state/store'
import { selectPatternMuscleIds } from '@/state/patterns'
import { LUT_SIZE } from './materials'
import type { LoadedBody } from './bodyLoad'

const noRaycast = () => undefined

function styleMesh(mesh: THREE.Mesh, style: PartStyle, raycast: THREE.Mesh['raycast']) {
  const mat = mesh.material as THREE.MeshStandardMaterial
  mesh.visible = style.visible
  mat.color.setHex(style.color)
  mat.emissive.setHex(style.emissive)
  const transparent = style.opacity < 1
  if (mat.transparent !== transparent) mat.needsUpdate = true
  mat.transparent = transparent
  mat.opacity = style.opacity
  mat.depthWrite = !transparent
  mesh.raycast = style.pickable ? raycast : noRaycast
}

const baseRaycast = new WeakMap<THREE.Mesh, THREE.Mesh['raycast']>()
const original = (mesh: THREE.Mesh) => {
  if (!baseRaycast.has(mesh)) baseRaycast.set(mesh, mesh.raycast)
  return baseRaycast.get(mesh)!
}

/**
 * Shows, hides and colours every part for the state: the layers, the selection (`selectedLayer` is the selected
 * muscle's layer) and a condition's muscles. Needs no dataset, so the start-up frame (bootScene.ts) styles the
 * body with it too.
 */
export function styleParts(
  body: Pick<LoadedBody, 'muscles' | 'skin' | 'bones'>,
  s: StyleState,
  conditionMuscles: ReadonlySet<string> = new Set(),
  selectedLayer: MuscleLayer | null = null,
) {
  for (const part of body.muscles) {
    styleMesh(part.mesh, muscleStyle(s, part, conditionMuscles), original(part.mesh))
  }
  if (body.skin) styleMesh(body.skin, skinStyle(s, selectedLayer), original(body.skin))
  const bone = boneStyle(s)
  for (const b of body.bones) styleMesh(b, bone, noRaycast)
}

/** Updates every material and the skin paint from the state. `hoverRegion` is the skin region under the pointer. */
export function applyAppearance(body: LoadedBody, dataset: Dataset, s: AppState, hoverRegion: string | null) {
  const conditionMuscles = new Set(s.conditionId ? (dataset.musclesByCondition.get(s.conditionId) ?? []) : [])
  const selectedLayer = s.selectedMuscleId
    ? (dataset.musclesById.get(s.selectedMuscleId)?.layer ?? null)
    : null
  styleParts(body, s, conditionMuscles, selectedLayer)

  const patterns = s.quizPattern
    ? [{ ...s.quizPattern, side: 'both' as const }]
    : selectPatternMuscleIds(s).map((id) => ({
        ...referralRegionsOf(dataset, id),
        side: id === s.selectedMuscleId ? s.side : ('both' as const),
      }))
  const lut = buildRegionLut(body.regionNames, patterns, s.painRegionKeys, hoverRegion, LUT_SIZE)
  const next = lut.subarray(0, LUT_SIZE * 4)
  const data = body.lut.image.data as Uint8Array
  // Uploaded only when the paint has changed (the caller asks for the frame).
  if (next.some((v, i) => v !== data[i])) {
    data.set(next)
    body.lut.needsUpdate = true
  }
}
