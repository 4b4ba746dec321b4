/**
 * Where to look from, worked out from the loaded body's facts: which preset view sees most of a muscle with its
 * pattern, which way an area or a muscle faces. Pure (plain arrays); the camera intents (state/camera.ts) use it
 * so the camera goal names its view before the 3D view moves, and the view buttons and the link agree with it.
 */
import { keysOfRegionId, regionIdOfKey, sideOfKey } from '@/data/regionKeys'
import { angleBetween, azimuthOf, bestView, outwardDirection, regionFacing } from './facing'
import type { FramingView, Vec3 } from './framing'
import { FRAMING_VIEWS, sideToFrame, viewSeeingMost } from './framing'

export type Preset = 'front' | 'left' | 'back' | 'right'
export type FrameSide = 'left' | 'right' | 'both'

/** What the aim needs of the body (the body index has it all). */
export interface AimFacts {
  /** Region keys by region index. */
  regionNames: readonly string[]
  /** Region index of each skin vertex. */
  vertexRegion: ArrayLike<number>
  /** Skin vertex positions and unit normals in world space (x, y, z, …). */
  positions: ArrayLike<number>
  normals: ArrayLike<number>
  muscleBoxes: readonly { muscleId: string; side: 'left' | 'right'; min: Vec3; max: Vec3 }[]
}

/** The preset views and their camera azimuths (0 = in front, on +z). */
export const PRESET_AZIMUTH: readonly (readonly [Preset, number])[] = [
  ['front', 0],
  ['left', Math.PI / 2],
  ['back', Math.PI],
  ['right', -Math.PI / 2],
]

export const nearestPreset = (azimuth: number): Preset =>
  PRESET_AZIMUTH.reduce((best, p) =>
    Math.abs(angleBetween(azimuth, p[1])) < Math.abs(angleBetween(azimuth, best[1])) ? p : best,
  )[0]

export const presetAzimuth = (preset: Preset): number => PRESET_AZIMUTH.find((p) => p[0] === preset)![1]

const centreOf = (b: { min: Vec3; max: Vec3 }): Vec3 => [
  (b.min[0] + b.max[0]) / 2,
  (b.min[1] + b.max[1]) / 2,
  (b.min[2] + b.max[2]) / 2,
]

/** The horizontal way the muscles' meshes on `side` face together, or null (sideways on both sides, unknown). */
export function musclesFacing(
  facts: AimFacts,
  muscleIds: readonly string[],
  side: FrameSide,
): [number, number] | null {
  let dx = 0
  let dz = 0
  for (const b of facts.muscleBoxes) {
    if (!muscleIds.includes(b.muscleId) || (side !== 'both' && side !== b.side)) continue
    const dir = outwardDirection(centreOf(b), facts.positions)
    if (dir) {
      dx += dir[0]
      dz += dir[1]
    }
  }
  const len = Math.hypot(dx, dz)
  return len >= 0.3 ? [dx / len, dz / len] : null
}

/** How far apart a muscle's two sides are (a forearm's, with the arms out, far; a neck muscle's, close). */
function sidesGap(facts: AimFacts, muscleIds: readonly string[]): number {
  const boxes = { left: [] as Vec3[], right: [] as Vec3[] }
  for (const b of facts.muscleBoxes) if (muscleIds.includes(b.muscleId)) boxes[b.side].push(b.min, b.max)
  if (!boxes.left.length || !boxes.right.length) return 0
  const lo = (pts: Vec3[], i: number) => Math.min(...pts.map((p) => p[i]!))
  const hi = (pts: Vec3[], i: number) => Math.max(...pts.map((p) => p[i]!))
  // Distance from the left box to the centre of the right box.
  let d2 = 0
  for (let i = 0; i < 3; i++) {
    const c = (lo(boxes.right, i) + hi(boxes.right, i)) / 2
    const d = Math.max(lo(boxes.left, i) - c, 0, c - hi(boxes.left, i))
    d2 += d * d
  }
  return Math.sqrt(d2)
}

/** Which half of a pattern an area's normals count for: left, right, or both (a midline area). */
const HALF: Record<string, 0 | 1 | 2> = { left: 0, right: 1, null: 2 }

export interface FrameAim {
  view: FramingView
  /** The side framed (one side of a muscle whose sides are far apart). */
  side: FrameSide
  /** The skin areas framed: the patterns' areas on that side and the areas asked for. */
  regionKeys: string[]
}

/**
 * The view that sees most of muscles with their patterns and some skin areas (leaning to where the muscles face,
 * and to `prefer` in a near tie), the side to frame, and the areas. Null when there is nothing to frame.
 */
export function frameAim(
  facts: AimFacts,
  req: {
    muscleIds: readonly string[]
    side: FrameSide
    /** Side-less region ids of the muscles' patterns. */
    patternRegionIds: readonly string[]
    /** Areas asked for, as region keys. */
    regionKeys: readonly string[]
    prefer: Preset | null
  },
): FrameAim | null {
  const side = sideToFrame(req.side, req.regionKeys, sidesGap(facts, req.muscleIds))
  const regionKeys = [
    ...new Set([...req.patternRegionIds.flatMap((id) => keysOfRegionId(id, side)), ...req.regionKeys]),
  ]
  const wanted = new Set(regionKeys)
  const sideOf = new Map<number, 0 | 1 | 2>()
  facts.regionNames.forEach((name, i) => {
    if (wanted.has(name)) sideOf.set(i, HALF[String(sideOfKey(name))]!)
  })
  // The areas' skin normals by side (midline areas in both), so a pattern on both sides is seen as two halves.
  const halves: [number[], number[]] = [[], []]
  let skin = 0
  for (let i = 0; i < facts.vertexRegion.length; i++) {
    const half = sideOf.get(facts.vertexRegion[i]!)
    if (half === undefined) continue
    skin++
    const n = [facts.normals[i * 3]!, facts.normals[i * 3 + 1]!, facts.normals[i * 3 + 2]!]
    for (const h of half === 2 ? [0, 1] : [half]) halves[h]!.push(...n)
  }
  const hasMuscle = facts.muscleBoxes.some(
    (b) => req.muscleIds.includes(b.muscleId) && (side === 'both' || side === b.side),
  )
  if (!hasMuscle && !skin) return null
  const facing = musclesFacing(facts, req.muscleIds, side)
  const muscle: Vec3 | null = facing ? [facing[0], 0, facing[1]] : null
  const groups = halves.filter((h) => h.length)
  const view = viewSeeingMost(groups, FRAMING_VIEWS, { muscle, prefer: req.prefer ?? undefined })
  return { view, side, regionKeys }
}

/** The azimuth a skin area (a region key) faces, or null when it faces up or down or is not on the skin. */
export function regionAzimuth(facts: AimFacts, key: string): number | null {
  const index = facts.regionNames.indexOf(key)
  if (index < 0) return null
  const dir = regionFacing(facts.vertexRegion, facts.normals, index)
  return dir ? azimuthOf(dir) : null
}

/** The preset that sees most of a pattern's areas (side-less ids; both sides of bilateral ones). */
export function patternPreset(facts: AimFacts, regionIds: readonly string[]): Preset {
  const ids = new Set(regionIds)
  const facings = facts.regionNames
    .map((name, index) => ({ id: regionIdOfKey(name), index }))
    .filter((r) => ids.has(r.id))
    .map((r) => regionFacing(facts.vertexRegion, facts.normals, r.index))
  return bestView(facings, PRESET_AZIMUTH)
}

/** The azimuth a muscle (on `side`) faces, or null when it faces sideways on both sides or is not in the body. */
export function muscleAzimuth(facts: AimFacts, muscleId: string, side: FrameSide): number | null {
  const dir = musclesFacing(facts, [muscleId], side)
  return dir ? azimuthOf(dir) : null
}
