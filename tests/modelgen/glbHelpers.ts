// Reads models/body.glb in Node (gltf-transform + meshopt decoder) into world-space arrays per node.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Node } from '@gltf-transform/core'
import { makeIO } from '@/modelgen/glb'

export const root = resolve(import.meta.dirname, '../..')
export const glbPath = resolve(root, 'models/body.glb')

export interface LoadedPart {
  name: string
  extras: Record<string, unknown>
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
  attributes: Record<string, Float32Array>
}
export interface LoadedModel {
  parts: LoadedPart[]
  sceneExtras: Record<string, unknown>
  bytes: number
}

let cached: Promise<LoadedModel> | null = null

export function loadGlb(): Promise<LoadedModel> {
  cached ??= (async () => {
    const io = await makeIO()
    const buf = readFileSync(glbPath)
    const doc = await io.readBinary(new Uint8Array(buf))
    const scene = doc.getRoot().getDefaultScene() ?? doc.getRoot().listScenes()[0]!
    const parts: LoadedPart[] = []
    const visit = (node: Node): void => {
      const mesh = node.getMesh()
      if (mesh) {
        const m = node.getWorldMatrix()
        for (const prim of mesh.listPrimitives()) {
          const pos = prim.getAttribute('POSITION')!
          const nor = prim.getAttribute('NORMAL')
          const n = pos.getCount()
          const positions = new Float32Array(n * 3)
          const normals = new Float32Array(n * 3)
          const el = [0, 0, 0]
          for (let i = 0; i < n; i++) {
            pos.getElement(i, el)
            const [x, y, z] = el as [number, number, number]
            positions[i * 3] = m[0] * x + m[4] * y + m[8] * z + m[12]
            positions[i * 3 + 1] = m[1] * x + m[5] * y + m[9] * z + m[13]
            positions[i * 3 + 2] = m[2] * x + m[6] * y + m[10] * z + m[14]
            if (nor) {
              nor.getElement(i, el)
              const l = Math.hypot(el[0]!, el[1]!, el[2]!) || 1
              normals.set([el[0]! / l, el[1]! / l, el[2]! / l], i * 3)
            }
          }
          const attributes: Record<string, Float32Array> = {}
          for (const sem of prim.listSemantics()) {
            if (sem === 'POSITION' || sem === 'NORMAL') continue
            const a = prim.getAttribute(sem)!
            const size = a.getElementSize()
            const out = new Float32Array(a.getCount() * size)
            const e = new Array<number>(size).fill(0)
            for (let i = 0; i < a.getCount(); i++) {
              a.getElement(i, e)
              out.set(e, i * size)
            }
            attributes[sem] = out
          }
          parts.push({
            name: node.getName(),
            extras: node.getExtras() as Record<string, unknown>,
            positions,
            normals,
            indices: Uint32Array.from(prim.getIndices()!.getArray()!),
            attributes,
          })
        }
      }
      for (const c of node.listChildren()) visit(c)
    }
    for (const c of scene.listChildren()) visit(c)
    return { parts, sceneExtras: scene.getExtras() as Record<string, unknown>, bytes: buf.byteLength }
  })()
  return cached
}

export interface DataMuscle {
  id: string
  layer: string
  triggerPoints: { id: string; anchor: { along: number; across: number } }[]
}
/** The dataset's muscles, read directly from data/muscles/*.json. */
export function dataMuscles(): DataMuscle[] {
  const dir = resolve(root, 'data/muscles')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as DataMuscle)
}
export interface DataRegion {
  id: string
  laterality: 'bilateral' | 'midline'
}
export function dataRegions(): DataRegion[] {
  const f = resolve(root, 'data/regions.json')
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as DataRegion[]) : []
}
