/**
 * The body index: what the scene, painting, framing and the test probe need to know about the loaded body, worked
 * out once per model from its meshes (plain three.js, no React). The skin's vertices in world space (the glTF
 * nodes carry quantization transforms, so positions go through `matrixWorld`), the region of each vertex, each
 * region's vertices, triangles, centre and mean normal, each muscle's world box, and the skin's fingerprint.
 * Built on first use (it takes tens of milliseconds: the scene asks for it after the first frame) and kept.
 */
import * as THREE from 'three'
import type { BodyParts } from './parts'

export type Vec3 = [number, number, number]

/** One skin region ("temple.L", "coccyx") as the mesh has it. */
export interface SkinRegion {
  key: string
  /** Skin vertex indices in the region. */
  vertices: Uint32Array
  /** Triangle indices (into the skin's index buffer / 3) whose first corner is in the region, as picking reads. */
  triangles: Uint32Array
  /** Mean of the region's vertex positions (world); [0, 0, 0] for a region with no vertex. */
  centroid: Vec3
  /** Mean of the region's vertex normals (world), not normalised: short where the normals cancel out. */
  normal: Vec3
}

/** A muscle mesh's world-space bounding box. */
export interface MuscleBox {
  muscleId: string
  side: 'left' | 'right'
  min: Vec3
  max: Vec3
}

export interface BodyIndex {
  /** Region keys by region index (the `_region` vertex attribute's values). */
  regionNames: readonly string[]
  /** The region index of every skin vertex. */
  vertexRegion: Uint16Array
  /** Skin vertex positions in world space (x, y, z, …). */
  positions: Float32Array
  /** Skin vertex normals in world space, unit length (x, y, z, …). */
  normals: Float32Array
  /** The regions by region index. */
  regions: readonly SkinRegion[]
  /** Region index of a key, or undefined when the skin has no such region. */
  regionIndex: ReadonlyMap<string, number>
  /** Every muscle mesh's box, in the order of `BodyParts.muscles`. */
  muscleBoxes: readonly MuscleBox[]
  /** Fingerprint of the skin (see skinFingerprint): saved paint is restored exactly only on the same one. */
  fingerprint: string
}

/**
 * A short fingerprint of the skin mesh: vertex count plus an FNV-1a hash of the region of each vertex and its
 * position to the millimetre. Equal fingerprints mean a saved per-vertex paint lands where it was drawn.
 */
export function skinFingerprint(vertexRegion: ArrayLike<number>, positions: ArrayLike<number>): string {
  let h = 0x811c9dc5
  const mix = (x: number) => {
    h ^= x & 0xff
    h = Math.imul(h, 0x01000193)
    h ^= (x >>> 8) & 0xff
    h = Math.imul(h, 0x01000193)
    h ^= (x >>> 16) & 0xff
    h = Math.imul(h, 0x01000193)
  }
  for (let i = 0; i < vertexRegion.length; i++) mix(vertexRegion[i]!)
  for (let i = 0; i < positions.length; i++) mix(Math.round(positions[i]! * 1000) + 0x800000)
  return `${vertexRegion.length}-${(h >>> 0).toString(16).padStart(8, '0')}`
}

const EMPTY_SKIN = {
  vertexRegion: new Uint16Array(0),
  positions: new Float32Array(0),
  normals: new Float32Array(0),
}

/** The skin's vertices, normals (world space) and vertex regions. */
function skinArrays(skin: THREE.Mesh | null) {
  if (!skin) return EMPTY_SKIN
  skin.updateWorldMatrix(true, false)
  const geom = skin.geometry
  const pos = geom.getAttribute('position')
  const nor = geom.getAttribute('normal')
  const region = geom.getAttribute('_region')
  const n = pos.count
  const positions = new Float32Array(n * 3)
  const normals = new Float32Array(n * 3)
  const vertexRegion = new Uint16Array(n)
  const v = new THREE.Vector3()
  const normalMatrix = new THREE.Matrix3().getNormalMatrix(skin.matrixWorld)
  for (let i = 0; i < n; i++) {
    v.fromBufferAttribute(pos, i)
      .applyMatrix4(skin.matrixWorld)
      .toArray(positions, i * 3)
    if (nor)
      v.fromBufferAttribute(nor, i)
        .applyMatrix3(normalMatrix)
        .normalize()
        .toArray(normals, i * 3)
    vertexRegion[i] = region ? Math.round(region.getX(i)) : 0
  }
  return { vertexRegion, positions, normals }
}

/** Groups vertices and triangles by region and sums their positions and normals. */
function skinRegions(
  skin: THREE.Mesh | null,
  regionNames: readonly string[],
  { vertexRegion, positions, normals }: typeof EMPTY_SKIN,
): SkinRegion[] {
  const n = regionNames.length
  const vertexCount = new Uint32Array(n)
  for (const r of vertexRegion) if (r < n) vertexCount[r]!++
  const index = skin?.geometry.getIndex()
  const triangleCount = index ? index.count / 3 : vertexRegion.length / 3
  const firstCorner = (t: number) => (index ? index.getX(t * 3) : t * 3)
  const triCount = new Uint32Array(n)
  for (let t = 0; t < triangleCount; t++) {
    const r = vertexRegion[firstCorner(t)]!
    if (r < n) triCount[r]!++
  }
  const regions = regionNames.map((key, r) => ({
    key,
    vertices: new Uint32Array(vertexCount[r]!),
    triangles: new Uint32Array(triCount[r]!),
    centroid: [0, 0, 0] as Vec3,
    normal: [0, 0, 0] as Vec3,
  }))
  const filled = new Uint32Array(n)
  for (let i = 0; i < vertexRegion.length; i++) {
    const region = regions[vertexRegion[i]!]
    if (!region) continue
    region.vertices[filled[vertexRegion[i]!]!++] = i
    for (let k = 0; k < 3; k++) {
      region.centroid[k]! += positions[i * 3 + k]!
      region.normal[k]! += normals[i * 3 + k]!
    }
  }
  filled.fill(0)
  for (let t = 0; t < triangleCount; t++) {
    const r = vertexRegion[firstCorner(t)]!
    const region = regions[r]
    if (region) region.triangles[filled[r]!++] = t
  }
  for (const region of regions) {
    const count = region.vertices.length || 1
    for (let k = 0; k < 3; k++) {
      region.centroid[k]! /= count
      region.normal[k]! /= count
    }
  }
  return regions
}

/** Works the index out from the loaded body's parts (call bodyIndexOf, which keeps it). */
export function buildBodyIndex(parts: Pick<BodyParts, 'skin' | 'regionNames' | 'muscles'>): BodyIndex {
  const skin = skinArrays(parts.skin)
  const box = new THREE.Box3()
  const muscleBoxes = parts.muscles.map(({ mesh, muscleId, side }) => {
    box.setFromObject(mesh)
    return { muscleId, side, min: box.min.toArray() as Vec3, max: box.max.toArray() as Vec3 }
  })
  return {
    regionNames: parts.regionNames,
    ...skin,
    regions: skinRegions(parts.skin, parts.regionNames, skin),
    regionIndex: new Map(parts.regionNames.map((key, i) => [key, i])),
    muscleBoxes,
    fingerprint: skinFingerprint(skin.vertexRegion, skin.positions),
  }
}

const built = new WeakMap<object, BodyIndex>()

/** The body's index, built the first time it is asked for and kept for that body. */
export function bodyIndexOf(parts: Pick<BodyParts, 'skin' | 'regionNames' | 'muscles'>): BodyIndex {
  let index = built.get(parts)
  if (!index) {
    index = buildBodyIndex(parts)
    built.set(parts, index)
  }
  return index
}

/** The region key of a skin vertex (a picked face's first corner), or null. */
export function regionOfVertex(index: BodyIndex, vertex: number): string | null {
  const r = index.vertexRegion[vertex]
  return r === undefined ? null : (index.regionNames[r] ?? null)
}

/** The boxes of a muscle's meshes, on one side or both. */
export function muscleBoxesOf(
  index: BodyIndex,
  muscleId: string,
  side: 'left' | 'right' | 'both' = 'both',
): MuscleBox[] {
  return index.muscleBoxes.filter((b) => b.muscleId === muscleId && (side === 'both' || b.side === side))
}
