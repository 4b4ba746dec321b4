// The body index on the real models/body.glb, loaded as the app loads it (three's GLTFLoader + meshopt decoder),
// checked against facts of the body and against the model read independently (gltf-transform, glbHelpers.ts).
import { readFileSync } from 'node:fs'
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { resolveAnchor } from '@/model/anchors'
import type { BodyIndex } from '@/model/bodyIndex'
import {
  bodyIndexOf,
  buildBodyIndex,
  muscleBoxesOf,
  regionOfVertex,
  skinFingerprint,
} from '@/model/bodyIndex'
import type { BodyParts } from '@/model/parts'
import { indexParts } from '@/model/parts'
import type { LoadedModel } from '../modelgen/glbHelpers'
import { dataMuscles, glbPath, loadGlb } from '../modelgen/glbHelpers'

let parts: BodyParts
let index: BodyIndex
let model: LoadedModel

beforeAll(async () => {
  const bytes = readFileSync(glbPath)
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).parseAsync(buffer, '')
  gltf.scene.updateMatrixWorld(true)
  parts = indexParts(gltf.scene)
  index = bodyIndexOf(parts)
  model = await loadGlb()
})

const region = (key: string) => index.regions[index.regionIndex.get(key)!]!

describe('body index: the skin', () => {
  it('puts every skin vertex in exactly one region, and every triangle in one', () => {
    const n = parts.skin!.geometry.getAttribute('position').count
    expect(n).toBeGreaterThan(10_000)
    expect(index.vertexRegion.length).toBe(n)
    const seen = new Uint8Array(n)
    for (const r of index.regions) for (const v of r.vertices) seen[v]!++
    expect(seen.every((c) => c === 1)).toBe(true)
    for (const [r, entry] of index.regions.entries())
      for (const v of entry.vertices.subarray(0, 50)) expect(index.vertexRegion[v]).toBe(r)
    const triangles = parts.skin!.geometry.getIndex()!.count / 3
    expect(index.regions.reduce((sum, r) => sum + r.triangles.length, 0)).toBe(triangles)
    // every region of the skin's list has vertices, and the keys are the skin's own
    expect(index.regions.map((r) => r.key)).toEqual(parts.regionNames)
    expect(index.regions.filter((r) => r.vertices.length === 0).map((r) => r.key)).toEqual([])
  })

  it('has world positions and normals equal to the model read on its own (node transforms applied)', () => {
    const skin = model.parts.find((p) => p.extras.kind === 'skin')!
    expect(index.positions.length).toBe(skin.positions.length)
    let worst = 0
    for (let i = 0; i < skin.positions.length; i++)
      worst = Math.max(worst, Math.abs(index.positions[i]! - skin.positions[i]!))
    expect(worst).toBeLessThan(1e-5)
    let worstNormal = 0
    for (let i = 0; i < skin.normals.length; i += 3) {
      const dot =
        index.normals[i]! * skin.normals[i]! +
        index.normals[i + 1]! * skin.normals[i + 1]! +
        index.normals[i + 2]! * skin.normals[i + 2]!
      worstNormal = Math.max(worstNormal, 1 - dot)
    }
    expect(worstNormal).toBeLessThan(1e-3)
    // and the fingerprint is that of the same skin read independently
    const regions = skin.attributes._REGION!
    expect(index.fingerprint).toBe(skinFingerprint(Array.from(regions, Math.round), skin.positions))
    expect(index.fingerprint).toMatch(new RegExp(`^${regions.length}-[0-9a-f]{8}$`))
  })

  it('places regions where they are on a body: left on +x, head high, heel low, chest in front, sacrum behind', () => {
    const templeL = region('temple.L')
    const templeR = region('temple.R')
    expect(templeL.centroid[0]).toBeGreaterThan(0.03)
    expect(templeR.centroid[0]).toBeLessThan(-0.03)
    expect(Math.abs(templeL.centroid[1] - templeR.centroid[1])).toBeLessThan(0.02)
    const heel = region('heel.L')
    expect(templeL.centroid[1] - heel.centroid[1]).toBeGreaterThan(1.4)
    expect(heel.centroid[1]).toBeLessThan(0.15)
    expect(region('sternum').normal[2]).toBeGreaterThan(0.5) // the front faces +z
    expect(region('sacrum').normal[2]).toBeLessThan(-0.5)
    expect(Math.abs(region('sternum').centroid[0])).toBeLessThan(0.02) // midline
    expect(region('outer-ankle.L').normal[0]).toBeGreaterThan(0.3) // the left ankle's outside faces +x
  })

  it('gives the region of a picked face corner', () => {
    const v = region('temple.L').vertices[0]!
    expect(regionOfVertex(index, v)).toBe('temple.L')
    expect(regionOfVertex(index, index.vertexRegion.length)).toBeNull()
  })
})

describe('body index: muscles', () => {
  it('has a world box per muscle mesh that holds every trigger point of the dataset', () => {
    expect(index.muscleBoxes.length).toBe(parts.muscles.length)
    let checked = 0
    for (const m of dataMuscles()) {
      for (const part of parts.muscles.filter((p) => p.muscleId === m.id)) {
        const [box] = muscleBoxesOf(index, m.id, part.side)
        expect(box, `${m.id}.${part.side}`).toBeDefined()
        const world = new THREE.Box3(new THREE.Vector3(...box!.min), new THREE.Vector3(...box!.max))
        world.expandByScalar(0.002)
        for (const tp of m.triggerPoints) {
          const hit = resolveAnchor(part.mesh.geometry, tp.anchor)
          const p = new THREE.Vector3(...hit!.position).applyMatrix4(part.mesh.matrixWorld)
          expect(world.containsPoint(p), `${m.id}.${part.side} ${tp.id}`).toBe(true)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(200)
  })

  it('puts a left muscle on +x and both sides under "both"', () => {
    const [left] = muscleBoxesOf(index, 'upper-trapezius', 'left')
    const [right] = muscleBoxesOf(index, 'upper-trapezius', 'right')
    expect(left!.min[0]).toBeGreaterThanOrEqual(-0.01)
    expect(right!.max[0]).toBeLessThanOrEqual(0.01)
    expect(muscleBoxesOf(index, 'upper-trapezius')).toHaveLength(2)
  })
})

describe('body index: built once', () => {
  it('the fingerprint changes with the regions or the positions', () => {
    const a = skinFingerprint([0, 1, 1], [0, 0, 0, 1, 1, 1, 2, 2, 2])
    expect(skinFingerprint([0, 1, 1], [0, 0, 0, 1, 1, 1, 2, 2, 2])).toBe(a)
    expect(skinFingerprint([0, 1, 0], [0, 0, 0, 1, 1, 1, 2, 2, 2])).not.toBe(a)
    expect(skinFingerprint([0, 1, 1], [0, 0, 0, 1, 1, 1, 2, 2, 2.01])).not.toBe(a)
    expect(a.startsWith('3-')).toBe(true)
  })

  it('is kept per body', () => {
    expect(bodyIndexOf(parts) === index).toBe(true)
    const again = buildBodyIndex(parts)
    expect(again === index).toBe(false)
    expect(again.fingerprint).toBe(index.fingerprint)
  })

  it('is empty, not broken, without a skin', () => {
    const bare = buildBodyIndex({ skin: null, regionNames: [], muscles: [] })
    expect(bare.vertexRegion.length).toBe(0)
    expect(bare.regions).toEqual([])
    expect(bare.fingerprint).toBe('0-811c9dc5')
  })
})
