// Orchestrates the model build: description -> skin, muscles, bones, regions -> GLB.
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { resolve } from 'node:path'
import type { Frame } from './body'
import { cachedField, makeFrame, project, segmentClassifier, skinField } from './body'
import { boneField } from './bones'
import { cacheGet, cachePut, hashOf, sourcesHash } from './cache'
import type { GlbPart } from './glb'
import { simplifyMesh, writeGlb } from './glb'
import { muscleCoverage } from './coverage'
import { meshField } from './mesher'
import { buildMuscle, skinPoint } from './muscles'
import { assignRegions, frameSegment, regionClassifier, regionNames, smoothRegionBorders } from './regions'
import type { SeedPoint } from './regions'
import type { BodySpec, BonesSpec, MuscleSpec, RegionsSpec } from './schema'
import { bodySchema, bonesSchema, musclesSchema, regionsSpecSchema } from './schema'
import type { Fn, Vec3 } from './sdf'

export const modelsDir = resolve(import.meta.dirname, '../../models')

export interface Description {
  /** folder the description was read from (workers re-read it) */
  dir?: string
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
  return { dir, body, muscles, bones, regions }
}

/** Hash of everything the GLB depends on: the description files and the generator sources. */
export function inputsHash(dir = modelsDir): string {
  const files = ['body.json', 'muscles.json', 'bones.json', 'regions.json']
  return hashOf(sourcesHash(true), ...files.map((f) => readFileSync(resolve(dir, f), 'utf8')))
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
  coverageFront: number
  coverageBack: number
}

const SKIN_BOX = { min: [-0.52, -0.01, -0.16] as Vec3, max: [0.52, 1.775, 0.23] as Vec3 }

export interface BuildResult {
  glb: Uint8Array
  stats: BuildStats
  landmarks: Record<string, { p: Vec3; projected: Vec3; errorMm: number }>
}

export type Job =
  { kind: 'skin' } | { kind: 'bones' } | { kind: 'muscle'; id: string; side: 'left' | 'right' }
export type PartArrays = Record<string, Float32Array | Uint32Array | Uint16Array>

/** The context every part needs: the skin field and the frames (cheap to build). */
export function makeContext(desc: Description): {
  skinF: Fn
  frames: (name: string, mirror: boolean) => Frame
} {
  const skin = skinField(desc.body)
  const frameCache = new Map<string, Frame>()
  const frames = (name: string, mirror: boolean): Frame => {
    const k = `${name}/${mirror}`
    let f = frameCache.get(k)
    if (!f) {
      const spec = desc.body.frames[name]
      if (!spec) throw new Error(`unknown frame ${name}`)
      f = makeFrame(desc.body, spec, mirror)
      frameCache.set(k, f)
    }
    return f
  }
  return { skinF: cachedField(skin), frames }
}

/** Builds one part; pure function of the description (runs in a worker or in the main thread). */
export async function buildPart(desc: Description, job: Job, ctx = makeContext(desc)): Promise<PartArrays> {
  const { body } = desc
  const { skinF, frames } = ctx
  if (job.kind === 'skin') {
    const names = regionNames(desc.regions)
    const raw = meshField(skinField(body), SKIN_BOX, body.skin.h)
    const simp = await simplifyMesh(raw, 0.3, 0.0004)
    const seeds: SeedPoint[] = []
    for (const r of desc.regions.regions) {
      for (const s of r.seeds) {
        for (const mirror of r.midline ? [false] : [false, true]) {
          const { p } = skinPoint(skinF, frames(s.frame, mirror), s.p[0], s.p[1])
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
    }
    const classify = segmentClassifier(body)
    const regionAt = regionClassifier((p) => classify(p).seg, seeds)
    const P = simp.positions
    const segs = Array.from(
      { length: P.length / 3 },
      (_, v) => classify([P[v * 3]!, P[v * 3 + 1]!, P[v * 3 + 2]!]).seg,
    )
    const region = assignRegions(P, (p, v) => regionAt(p, segs[v]))
    // along an edge whose ends share a segment, only the seeds decide (the segment test is the costly part)
    const smooth = smoothRegionBorders({ ...simp, region }, (p, lo, hi) =>
      regionAt(p, segs[lo] === segs[hi] ? segs[lo] : undefined),
    )
    return { ...smooth }
  }
  if (job.kind === 'bones') {
    const bf = boneField(desc.bones, body, skinF, frames)
    const raw = meshField(bf, { min: [-0.45, 0.0, -0.14], max: [0.45, 1.77, 0.16] }, desc.bones.h)
    const simp = await simplifyMesh(raw, 0.3, 0.0008)
    return { positions: simp.positions, normals: simp.normals, indices: simp.indices }
  }
  const m = desc.muscles.find((x) => x.id === job.id)
  if (!m) throw new Error(`unknown muscle ${job.id}`)
  const mirror = job.side === 'right'
  const pm = buildMuscle(m, frames(m.frame, mirror), skinF, m.shape === 'sheet' ? 0.011 : 0.009, (n) =>
    frames(n, mirror),
  )
  return {
    positions: pm.positions,
    normals: pm.normals,
    indices: pm.indices,
    uv: pm.uv!,
    frame: pm.frame!,
    outer: pm.outer!,
  }
}

function jobKey(desc: Description, job: Job, src: string): string {
  const bodyHash = hashOf(desc.body, src)
  if (job.kind === 'skin') return hashOf('skin', bodyHash, desc.regions)
  if (job.kind === 'bones') return hashOf('bones', desc.bones, bodyHash)
  return hashOf(
    'muscle',
    desc.muscles.find((m) => m.id === job.id),
    job.side,
    bodyHash,
  )
}

/** Runs jobs on worker threads (2 by default), falling back to the main thread when workers are disabled. */
async function runJobs(desc: Description, jobs: Job[], workers?: number): Promise<PartArrays[]> {
  const nWorkers = workers ?? Number(process.env.BODY_MODEL_WORKERS ?? Math.min(2, availableParallelism()))
  if (nWorkers <= 1 || jobs.length < 3) {
    const ctx = makeContext(desc)
    const out: PartArrays[] = []
    for (const j of jobs) out.push(await buildPart(desc, j, ctx))
    return out
  }
  // heavy jobs first, then muscles, handed out one at a time
  const order = jobs.map((j, i) => i).sort((a, b) => weight(jobs[b]!) - weight(jobs[a]!))
  const results: PartArrays[] = new Array(jobs.length)
  let next = 0
  const workerUrl = new URL('./worker.mjs', import.meta.url)
  const dir = desc.dir ?? modelsDir
  await Promise.all(
    Array.from({ length: nWorkers }, async () => {
      const w = new Worker(workerUrl, { workerData: { dir } })
      try {
        for (;;) {
          const i = order[next++]
          if (i === undefined) break
          results[i] = await new Promise<PartArrays>((res, rej) => {
            w.once('message', (m: { ok: boolean; part?: PartArrays; error?: string }) =>
              m.ok ? res(m.part!) : rej(new Error(m.error)),
            )
            w.once('error', rej)
            w.postMessage(jobs[i])
          })
          w.removeAllListeners('error')
        }
      } finally {
        await w.terminate()
      }
    }),
  )
  return results
}
function weight(j: Job): number {
  return j.kind === 'skin' ? 3 : j.kind === 'bones' ? 2 : 1
}

export interface BuildOptions {
  /** use and fill the part cache (default true) */
  cache?: boolean
  /** worker threads (default: BODY_MODEL_WORKERS or 2) */
  workers?: number
}

export async function buildModel(
  desc: Description,
  log: (s: string) => void = () => {},
  opts: BuildOptions = {},
): Promise<BuildResult> {
  const useCache = opts.cache ?? true
  const t0 = performance.now()
  const src = sourcesHash()
  const { body } = desc
  const { skinF } = makeContext(desc)
  const jobs: Job[] = [{ kind: 'skin' }, { kind: 'bones' }]
  for (const m of desc.muscles)
    for (const side of ['left', 'right'] as const) jobs.push({ kind: 'muscle', id: m.id, side })
  const keys = jobs.map((j) => jobKey(desc, j, src))
  const parts0: (PartArrays | null)[] = keys.map((k) => (useCache ? cacheGet<PartArrays>(k) : null))
  const missing = jobs.map((j, i) => i).filter((i) => !parts0[i])
  const cached = jobs.length - missing.length
  const built = missing.length
  const fresh = await runJobs(
    desc,
    missing.map((i) => jobs[i]!),
    opts.workers,
  )
  missing.forEach((i, k) => {
    parts0[i] = fresh[k]!
    if (useCache) cachePut(keys[i]!, fresh[k]!)
  })
  const got = parts0 as PartArrays[]
  const skinMesh = got[0]!
  const boneMesh = got[1]!
  const names = regionNames(desc.regions)
  log(`skin: ${skinMesh.indices!.length / 3} triangles; bones: ${boneMesh.indices!.length / 3} triangles`)

  const parts: GlbPart[] = []
  const muscleParts: GlbPart[] = []
  jobs.forEach((j, i) => {
    if (j.kind !== 'muscle') return
    const m = desc.muscles.find((x) => x.id === j.id)!
    const pm = got[i]!
    muscleParts.push({
      name: `muscle.${m.id}.${j.side === 'left' ? 'L' : 'R'}`,
      extras: { kind: 'muscle', muscleId: m.id, side: j.side, layer: m.layer },
      positions: pm.positions as Float32Array,
      normals: pm.normals as Float32Array,
      indices: pm.indices as Uint32Array,
      uv: pm.uv as Float32Array,
      frame: pm.frame as Float32Array,
      outer: pm.outer as Float32Array,
      color:
        m.layer === 'superficial'
          ? [0.62, 0.16, 0.14]
          : m.layer === 'intermediate'
            ? [0.7, 0.24, 0.2]
            : [0.76, 0.32, 0.26],
      roughness: 0.55,
    })
  })
  log(`muscles: ${muscleParts.length} meshes`)
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
    positions: skinMesh.positions as Float32Array,
    normals: skinMesh.normals as Float32Array,
    indices: skinMesh.indices as Uint32Array,
    region: skinMesh.region as Uint16Array,
    color: [0.9, 0.8, 0.75],
    roughness: 0.65,
  })
  parts.push(...muscleParts)
  parts.push({
    name: 'bones',
    extras: { kind: 'bone' },
    positions: boneMesh.positions as Float32Array,
    normals: boneMesh.normals as Float32Array,
    indices: boneMesh.indices as Uint32Array,
    color: [0.91, 0.88, 0.8],
    roughness: 0.6,
  })
  const landmarkExtras = Object.fromEntries(
    Object.entries(landmarks).map(([k, v]) => [k, v.projected.map((x) => Math.round(x * 1e5) / 1e5)]),
  )
  const cov = muscleCoverage(
    {
      positions: skinMesh.positions!,
      indices: skinMesh.indices!,
      region: skinMesh.region!,
      regionNames: names,
    },
    muscleParts,
  )
  const glb = await writeGlb(parts, {
    generator: 'trigger-point-body-map modelgen',
    landmarks: landmarkExtras,
  })
  const muscleTriangles = muscleParts.reduce((s, p) => s + p.indices.length / 3, 0)
  const stats: BuildStats = {
    skinTriangles: skinMesh.indices!.length / 3,
    muscleTriangles,
    boneTriangles: boneMesh.indices!.length / 3,
    triangles: skinMesh.indices!.length / 3 + muscleTriangles + boneMesh.indices!.length / 3,
    bytes: glb.byteLength,
    seconds: (performance.now() - t0) / 1000,
    landmarkMaxErrorMm: maxErr,
    landmarkMeanErrorMm: sumErr / Math.max(nl, 1),
    muscleMeshes: muscleParts.length,
    regions: names.length,
    cached,
    built,
    coverageFront: cov.front,
    coverageBack: cov.back,
  }
  return { glb, stats, landmarks }
}
