// GLB assembly with @gltf-transform: one node per part, extras, custom attributes, meshopt compression.
import { Document, NodeIO } from '@gltf-transform/core'
import type { JSONDocument } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { meshopt } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer'

export interface GlbPart {
  name: string
  extras: Record<string, unknown>
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
  uv?: Float32Array
  frame?: Float32Array
  outer?: Float32Array
  region?: Uint16Array
  color: [number, number, number]
  roughness?: number
}

export async function makeIO(): Promise<NodeIO> {
  await MeshoptDecoder.ready
  await MeshoptEncoder.ready
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder, 'meshopt.encoder': MeshoptEncoder })
}

/** Simplify an indexed mesh with meshoptimizer, keeping normals; returns compacted arrays. */
export async function simplifyMesh<
  T extends { positions: Float32Array; normals: Float32Array; indices: Uint32Array },
>(m: T, ratio: number, error: number, extra: { key: keyof T; size: number }[] = []): Promise<T> {
  await MeshoptSimplifier.ready
  const target = Math.floor((m.indices.length * ratio) / 3) * 3
  const [idx] = MeshoptSimplifier.simplifyWithAttributes(
    m.indices,
    m.positions,
    3,
    m.normals,
    3,
    [0.5, 0.5, 0.5],
    null,
    target,
    error,
    [],
  )
  const remap = new Int32Array(m.positions.length / 3).fill(-1)
  let n = 0
  for (const v of idx) if (remap[v] === -1) remap[v] = n++
  const pick = (
    src: ArrayLike<number>,
    size: number,
    ctor: new (n: number) => Float32Array | Uint16Array,
  ): Float32Array | Uint16Array => {
    const out = new ctor(n * size)
    for (let v = 0; v < remap.length; v++) {
      const r = remap[v]!
      if (r < 0) continue
      for (let c = 0; c < size; c++) out[r * size + c] = src[v * size + c]!
    }
    return out
  }
  const res = { ...m }
  res.positions = pick(m.positions, 3, Float32Array) as Float32Array
  res.normals = pick(m.normals, 3, Float32Array) as Float32Array
  for (const e of extra) {
    const src = m[e.key] as unknown as Float32Array | Uint16Array
    ;(res as Record<string, unknown>)[e.key as string] = pick(
      src,
      e.size,
      src.constructor as new (n: number) => Float32Array,
    )
  }
  res.indices = Uint32Array.from(idx, (v) => remap[v]!)
  return res
}

export async function writeGlb(parts: GlbPart[], extras: Record<string, unknown>): Promise<Uint8Array> {
  const doc = new Document()
  doc.createBuffer()
  const scene = doc.createScene('body')
  scene.setExtras(extras)
  const mats = new Map<string, ReturnType<Document['createMaterial']>>()
  for (const p of parts) {
    const key = `${p.color.join(',')}/${p.roughness ?? 0.7}`
    let mat = mats.get(key)
    if (!mat) {
      mat = doc
        .createMaterial(`mat${mats.size}`)
        .setBaseColorFactor([p.color[0], p.color[1], p.color[2], 1])
        .setRoughnessFactor(p.roughness ?? 0.7)
        .setMetallicFactor(0)
      mats.set(key, mat)
    }
    // gltf-transform's arrays are over a plain ArrayBuffer (as its types say under newer TypeScript libraries,
    // which a build tool's types may bring in); ours always are.
    const accessor = (type: 'VEC2' | 'VEC3' | 'SCALAR', array: Float32Array | Uint32Array | Uint16Array) =>
      doc
        .createAccessor()
        .setType(type)
        .setArray(array as Float32Array<ArrayBuffer>)
    const prim = doc
      .createPrimitive()
      .setMaterial(mat)
      .setAttribute('POSITION', accessor('VEC3', p.positions))
      .setAttribute('NORMAL', accessor('VEC3', p.normals))
      .setIndices(accessor('SCALAR', p.indices))
    if (p.uv) prim.setAttribute('TEXCOORD_0', accessor('VEC2', p.uv))
    if (p.frame) prim.setAttribute('_FRAME', accessor('VEC2', p.frame))
    if (p.outer) prim.setAttribute('_OUTER', accessor('SCALAR', p.outer))
    if (p.region) prim.setAttribute('_REGION', accessor('SCALAR', p.region))
    const mesh = doc.createMesh(p.name).addPrimitive(prim)
    const node = doc.createNode(p.name).setMesh(mesh).setExtras(p.extras)
    scene.addChild(node)
  }
  doc.getRoot().setDefaultScene(scene)
  await doc.transform(
    meshopt({ encoder: MeshoptEncoder, level: 'medium', quantizePosition: 14, quantizeNormal: 8 }),
  )
  const io = await makeIO()
  return io.writeBinary(doc)
}

export type { JSONDocument }
