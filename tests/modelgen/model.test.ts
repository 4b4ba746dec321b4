// Checks on the built models/body.glb: contents, naming, regions, landmarks, muscles on the skin, budgets.
import { beforeAll, describe, expect, it } from 'vitest'
import { skinField } from '@/modelgen/body'
import { loadDescription } from '@/modelgen/build'
import { muscleCoverage } from '@/modelgen/coverage'
import { openEdges, signedVolume } from '@/modelgen/mesher'
import { weldByPosition } from '@/modelgen/regions'
import type { LoadedModel, LoadedPart } from './glbHelpers'
import { dataMuscles, dataRegions, loadGlb } from './glbHelpers'

let model: LoadedModel
let skin: LoadedPart
let muscles: LoadedPart[]
const desc = loadDescription()

beforeAll(async () => {
  model = await loadGlb()
  skin = model.parts.find((p) => p.name === 'skin')!
  muscles = model.parts.filter((p) => p.extras['kind'] === 'muscle')
})

describe('body.glb contents', () => {
  it('has only named parts with kind extras', () => {
    for (const p of model.parts) {
      expect(p.name).toMatch(/^(skin|bones|bone\..+|muscle\.[a-z0-9-]+\.(L|R))$/)
      expect(['skin', 'muscle', 'bone']).toContain(p.extras['kind'])
      expect(p.indices.length).toBeGreaterThan(0)
    }
    expect(skin).toBeDefined()
    expect(model.parts.some((p) => p.extras['kind'] === 'bone')).toBe(true)
  })

  it('has every dataset muscle on both sides with id, side and layer extras', () => {
    const data = dataMuscles()
    const ids = data.length ? data.map((m) => m.id) : desc.muscles.map((m) => m.id)
    expect(ids.length).toBeGreaterThanOrEqual(60)
    for (const id of ids) {
      for (const [s, side] of [
        ['L', 'left'],
        ['R', 'right'],
      ] as const) {
        const p = muscles.find((m) => m.name === `muscle.${id}.${s}`)
        expect(p, `muscle.${id}.${s}`).toBeDefined()
        expect(p!.extras).toMatchObject({ kind: 'muscle', muscleId: id, side })
        const layer = data.find((m) => m.id === id)?.layer
        if (layer) expect(p!.extras['layer']).toBe(layer)
        expect(p!.attributes['TEXCOORD_0']).toBeDefined()
        expect(p!.attributes['_FRAME']).toBeDefined()
      }
    }
  })

  it('has a watertight, outward-facing skin', () => {
    // region borders duplicate vertices (one copy per region): closed once equal positions are merged
    expect(openEdges(weldByPosition(skin.positions, skin.indices))).toBeLessThanOrEqual(0)
    expect(signedVolume(skin.positions, skin.indices)).toBeGreaterThan(0.04)
  })

  it('assigns every skin vertex to a named region, and region ids match data/regions.json both ways', () => {
    const names = skin.extras['regionNames'] as string[]
    const reg = skin.attributes['_REGION']!
    expect(reg.length).toBe(skin.positions.length / 3)
    const used = new Set<number>()
    for (const r of reg) {
      expect(r).toBeLessThan(names.length)
      used.add(r)
    }
    // every region has skin
    for (let i = 0; i < names.length; i++) expect(used.has(i), names[i]).toBe(true)
    const data = dataRegions()
    const expected = new Set(
      data.length
        ? data.flatMap((r) => (r.laterality === 'midline' ? [r.id] : [`${r.id}.L`, `${r.id}.R`]))
        : desc.regions.regions.flatMap((r) => (r.midline ? [r.id] : [`${r.id}.L`, `${r.id}.R`])),
    )
    expect(new Set(names)).toEqual(expected)
    // sided regions lie on their own side
    for (let v = 0; v < reg.length; v += 7) {
      const n = names[reg[v]!]!
      const x = skin.positions[v * 3]!
      if (n.endsWith('.L')) expect(x).toBeGreaterThan(-0.01)
      if (n.endsWith('.R')) expect(x).toBeLessThan(0.01)
    }
  })

  it('puts every landmark within 1 cm of the skin after projection', () => {
    const lms = model.sceneExtras['landmarks'] as Record<string, [number, number, number]>
    expect(Object.keys(lms).length).toBeGreaterThan(20)
    const P = skin.positions
    for (const [name, p] of Object.entries(lms)) {
      let best = Infinity
      for (let i = 0; i < P.length; i += 3)
        best = Math.min(best, (P[i]! - p[0]) ** 2 + (P[i + 1]! - p[1]) ** 2 + (P[i + 2]! - p[2]) ** 2)
      expect(Math.sqrt(best), name).toBeLessThan(0.01)
    }
  })
})

describe('muscles', () => {
  const f = skinField(desc.body).f
  it('are non-empty, on their side and inside their body segment', () => {
    for (const m of muscles) {
      const spec = desc.muscles.find((s) => s.id === m.extras['muscleId'])!
      expect(spec, m.name).toBeDefined()
      let cx = 0
      let minY = Infinity
      let maxY = -Infinity
      const n = m.positions.length / 3
      expect(n).toBeGreaterThan(20)
      for (let i = 0; i < n; i++) {
        cx += m.positions[i * 3]!
        minY = Math.min(minY, m.positions[i * 3 + 1]!)
        maxY = Math.max(maxY, m.positions[i * 3 + 1]!)
      }
      cx /= n
      if (m.extras['side'] === 'left') expect(cx, m.name).toBeGreaterThan(0)
      else expect(cx, m.name).toBeLessThan(0)
      const range: Record<string, [number, number]> = {
        head: [1.45, 1.78],
        neck: [1.3, 1.72],
        trunk: [0.7, 1.7],
        shoulder: [1.25, 1.55],
        upperarm: [1.0, 1.55],
        forearm: [0.8, 1.25],
        hand: [0.6, 0.95],
        thigh: [0.4, 1.1],
        shank: [0.0, 0.6],
        foot: [-0.01, 0.15],
      }
      const [lo, hi] = range[spec.frame]!
      expect(minY, m.name).toBeGreaterThan(lo)
      expect(maxY, m.name).toBeLessThan(hi)
    }
  })

  it('superficial ones lie on the skin: neither sunk into it nor floating more than a few mm', () => {
    for (const m of muscles) {
      if (m.extras['layer'] !== 'superficial') continue
      const outer = m.attributes['_OUTER']!
      let lo = Infinity
      let hi = -Infinity
      let sum = 0
      let k = 0
      for (let i = 0; i < outer.length; i++) {
        if (outer[i]! < 0.5) continue
        const d = f(m.positions[i * 3]!, m.positions[i * 3 + 1]!, m.positions[i * 3 + 2]!)
        lo = Math.min(lo, d)
        hi = Math.max(hi, d)
        sum += d
        k++
      }
      expect(lo, `${m.name} sinks`).toBeGreaterThan(-0.0015)
      expect(sum / k, `${m.name} mean lift`).toBeGreaterThan(0.0005)
      expect(hi, `${m.name} floats`).toBeLessThan(0.025)
    }
  })

  it('deep ones stay under the skin', () => {
    for (const m of muscles) {
      if (m.extras['layer'] !== 'deep') continue
      let hi = -Infinity
      for (let i = 0; i < m.positions.length; i += 3)
        hi = Math.max(hi, f(m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!))
      expect(hi, m.name).toBeLessThan(0.001)
    }
  })

  it('cover at least 85 % of the trunk and limb skin seen from the front and from the back', () => {
    const cov = muscleCoverage(
      {
        positions: skin.positions,
        indices: skin.indices,
        region: skin.attributes['_REGION']!,
        regionNames: skin.extras['regionNames'] as string[],
      },
      muscles,
    )
    console.log(
      `muscle coverage: front ${(cov.front * 100).toFixed(1)} %, back ${(cov.back * 100).toFixed(1)} %`,
    )
    expect(cov.front).toBeGreaterThanOrEqual(0.85)
    expect(cov.back).toBeGreaterThanOrEqual(0.85)
  })
})

describe('budgets', () => {
  it('stays within 500k triangles and 3 MB', () => {
    const tris = model.parts.reduce((s, p) => s + p.indices.length / 3, 0)
    console.log(`triangles ${tris}, bytes ${model.bytes}`)
    expect(tris).toBeLessThanOrEqual(500_000)
    expect(model.bytes).toBeLessThanOrEqual(3_000_000)
  })
})
