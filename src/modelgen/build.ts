// Orchestrates the model build: description -> skin, muscles, bones, regions -> GLB.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Frame } from './body'
import { makeFrame, project, segmentClassifier, skinField } from './body'
import { boneField } from './bones'
import { cacheGet, cachePut, hashOf, sourcesHash } from './cache'
import type { GlbPart } from './glb'
import { simplifyMesh, writeGlb } from './glb'
import { meshField } from './mesher'
import type { PartMesh } from './muscles'
import { buildMuscle, skinPoint } from './muscles'
import { assignRegions, frameSegment, regionNames } from './regions'
import type { SeedPoint } from './regions'
import type { BodySpec, BonesSpec, MuscleSpec, RegionsSpec } from './schema'
import { bodySchema, bonesSchema, musclesSchema, regionsSpecSchema } from './schema'
import type { Fn, Vec3 } from './sdf'

export const modelsDir = resolve(import.meta.dirname, '../../models')

export interface Description {
  body: BodySpec
  muscles: MuscleSpec[]
  bones: BonesSpec
  regions: RegionsSpec
}

export function loadDescription(dir = modelsDir): Description {
  const rd = (f: string): unknown => JSON.parse(readFileSync(resolve(dir, f), 'utf8'))
  const body = bodySchema.parse(rd('body.json'))
  const muscles = musclesSchema.parse(rd('muscles.json')).muscles
  const bones = bonesSchema.parse(rd('bones.json'))
  const regions = regionsSpecSchema.parse(rd('regions.json'))
  const ids = new Set<string>()
  for (const m of muscles) {
    if (ids.has(m.id)) throw new Error(`duplicate muscle ${m.id}`)
    ids.add(m.id)
    if (!body.frames[m.frame]) throw new Error(`${m.id}: unknown frame ${m.frame}`)
  }
  return { body, muscles, bones, regions }
}

export interface BuildStats {
  triangles: number
  skinTriangles: number
  muscleTriangles: number
  boneTriangles: number
  bytes: number
  seconds: number
  landmarkMaxErrorMm: number
  landmarkMeanErrorMm: number
  muscleMeshes: number
  regions: number
  cached: number
  built: number
}

const SKIN_BOX = { min: [-0.52, -0.01, -0.16] as Vec3, max: [0.52, 1.775, 0.23] as Vec3 }

export interface BuildResult {
  glb: Uint8Array
  stats: BuildStats
  landmarks: Record<string, { p: Vec3; projected: Vec3; errorMm: number }>
}

export async function buildModel(desc: Description, log: (s: string) => void = () => {}): Promise<BuildResult> {
  const t0 = performance.now()
  const src = sourcesHash()
  const { body } = desc
  const skin = skinField(body)
  const skinF: Fn = skin.f
  const bodyHash = hashOf(body, src)
  const frameCache = new Map<string, Frame>()
  const frames = (name: string, mirror: boolean): Frame => {
    const k = `${name}/${mirror}`
    let f = frameCache.get(k)
    if (!f) {
      const spec = body.frames[name]
      if (!spec) throw new Error(`unknown frame ${name}`)
      f = makeFrame(body, spec, mirror)
      frameCache.set(k, f)
    }
    return f
  }
  let cached = 0
  let built = 0
  const withCache = async <T extends Record<string, unknown>>(key: string, make: () => T | Promise<T>): Promise<T> => {
    const hit = cacheGet<T>(key)
    if (hit) {
      cached++
      return hit
    }
    const v = await make()
    cachePut(key, v)
    built++
    return v
  }

  // skin
  const names = regionNames(desc.regions)
  const skinMesh = await withCache(hashOf('skin', bodyHash, desc.regions), async () => {
    const raw = meshField(skin, SKIN_BOX, body.skin.h)
    const simp = await simplifyMesh(raw, 0.42, 0.0004)
    // regions
    const seeds: SeedPoint[] = []
    desc.regions.regions.forEach((r, ri) => {
      for (const s of r.seeds) {
        for (const mirror of r.midline ? [false] : [false, true]) {
          const fr = frames(s.frame, mirror)
          const { p } = skinPoint(skinF, fr, s.p[0], s.p[1])
          const idx = r.midline ? names.indexOf(r.id) : names.indexOf(`${r.id}.${mirror ? 'R' : 'L'}`)
          seeds.push({
            region: idx,
            side: r.midline ? 'M' : mirror ? 'R' : 'L',
            segment: frameSegment[s.frame] ?? s.frame,
            p,
            spot: s.spot ?? 0,
          })
        }
      }
    })
    const classify = segmentClassifier(body)
    const region = assignRegions(simp.positions, (p) => classify(p).seg, seeds)
    return { positions: simp.positions, normals: simp.normals, indices: simp.indices, region }
  })
  log(`skin: ${skinMesh.indices.length / 3} triangles`)

  // muscles
  const parts: GlbPart[] = []
  const muscleParts: GlbPart[] = []
  for (const m of desc.muscles) {
    const sides: ('left' | 'right')[] = m.midline ? ['left'] : ['left', 'right']
    for (const side of sides) {
      const mirror = side === 'right'
      const mesh = await withCache(hashOf('muscle', m, side, bodyHash), () => {
        const pm = buildMuscle(m, frames(m.frame, mirror), skinF, m.shape === 'sheet' ? 0.011 : 0.009)
        return pm as unknown as Record<string, unknown>
      })
      const pm = mesh as unknown as PartMesh
      muscleParts.push({
        name: m.midline ? `muscle.${m.id}` : `muscle.${m.id}.${side === 'left' ? 'L' : 'R'}`,
        extras: { kind: 'muscle', muscleId: m.id, side: m.midline ? 'midline' : side, layer: m.layer },
        positions: pm.positions,
        normals: pm.normals,
        indices: pm.indices,
        uv: pm.uv,
        frame: pm.frame,
        outer: pm.outer,
        color: m.layer === 'superficial' ? [0.62, 0.16, 0.14] : m.layer === 'intermediate' ? [0.7, 0.24, 0.2] : [0.76, 0.32, 0.26],
        roughness: 0.55,
      })
    }
  }
  log(`muscles: ${muscleParts.length} meshes`)

  // bones
  const boneMesh = await withCache(hashOf('bones', desc.bones, bodyHash), async () => {
    const bf = boneField(desc.bones, body, skinF, frames)
    const raw = meshField(bf, { min: [-0.45, 0.0, -0.14], max: [0.45, 1.77, 0.16] }, desc.bones.h)
    const simp = await simplifyMesh(raw, 0.3, 0.0008)
    return { positions: simp.positions, normals: simp.normals, indices: simp.indices }
  })
  log(`bones: ${boneMesh.indices.length / 3} triangles`)

  // landmarks
  const landmarks: BuildResult['landmarks'] = {}
  let maxErr = 0
  let sumErr = 0
  let nl = 0
  for (const [name, lm] of Object.entries(body.landmarks)) {
    const sidesL = lm.p[0] === 0 ? [false] : [false, true]
    for (const mirror of sidesL) {
      const p: Vec3 = mirror ? [-lm.p[0], lm.p[1], lm.p[2]] : lm.p
      const projected = project(skinF, p, 6)
      const err = Math.hypot(p[0] - projected[0], p[1] - projected[1], p[2] - projected[2]) * 1000
      landmarks[mirror ? `${name}.R` : lm.p[0] === 0 ? name : `${name}.L`] = { p, projected, errorMm: err }
      maxErr = Math.max(maxErr, err)
      sumErr += err
      nl++
    }
  }

  parts.push({
    name: 'skin',
    extras: { kind: 'skin', regionNames: names },
    positions: skinMesh.positions,
    normals: skinMesh.normals,
    indices: skinMesh.indices,
    region: skinMesh.region,
    color: [0.9, 0.8, 0.75],
    roughness: 0.65,
  })
  parts.push(...muscleParts)
  parts.push({
    name: 'bones',
    extras: { kind: 'bone' },
    positions: boneMesh.positions,
    normals: boneMesh.normals,
    indices: boneMesh.indices,
    color: [0.91, 0.88, 0.8],
    roughness: 0.6,
  })
  const landmarkExtras = Object.fromEntries(
    Object.entries(landmarks).map(([k, v]) => [k, v.projected.map((x) => Math.round(x * 1e5) / 1e5)]),
  )
  const glb = await writeGlb(parts, { generator: 'trigger-point-body-map modelgen', landmarks: landmarkExtras })
  const muscleTriangles = muscleParts.reduce((s, p) => s + p.indices.length / 3, 0)
  const stats: BuildStats = {
    skinTriangles: skinMesh.indices.length / 3,
    muscleTriangles,
    boneTriangles: boneMesh.indices.length / 3,
    triangles: skinMesh.indices.length / 3 + muscleTriangles + boneMesh.indices.length / 3,
    bytes: glb.byteLength,
    seconds: (performance.now() - t0) / 1000,
    landmarkMaxErrorMm: maxErr,
    landmarkMeanErrorMm: sumErr / Math.max(nl, 1),
    muscleMeshes: muscleParts.length,
    regions: names.length,
    cached,
    built,
  }
  return { glb, stats, landmarks }
}
