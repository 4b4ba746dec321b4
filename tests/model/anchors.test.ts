// resolveAnchor on real muscles from models/body.glb (read with gltf-transform + the meshopt decoder).
import * as THREE from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import { bindingOf } from '@/model/binding'
import { resolveAnchor } from '@/model/anchors'
import { skinField } from '@/modelgen/body'
import { loadDescription } from '@/modelgen/build'
import type { LoadedModel, LoadedPart } from '../modelgen/glbHelpers'
import { dataMuscles, loadGlb } from '../modelgen/glbHelpers'

let model: LoadedModel

/** A BufferGeometry shaped like GLTFLoader's output (custom attributes lower-cased). */
function geometryOf(p: LoadedPart): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.BufferAttribute(p.positions, 3))
  g.setAttribute('normal', new THREE.BufferAttribute(p.normals, 3))
  for (const [k, v] of Object.entries(p.attributes)) {
    const name = k.startsWith('_') ? k.toLowerCase() : k === 'TEXCOORD_0' ? 'uv' : k.toLowerCase()
    g.setAttribute(name, new THREE.BufferAttribute(v, k === '_OUTER' || k === '_REGION' ? 1 : 2))
  }
  g.setIndex(new THREE.BufferAttribute(p.indices, 1))
  return g
}

beforeAll(async () => {
  model = await loadGlb()
})

describe('resolveAnchor', () => {
  it('places points on the outer surface of upper-trapezius.L in fibre order', () => {
    const part = model.parts.find((p) => p.name === 'muscle.upper-trapezius.L')!
    const g = geometryOf(part)
    const a = resolveAnchor(g, { along: 0.1, across: 0 })
    const b = resolveAnchor(g, { along: 0.9, across: 0 })
    const c = resolveAnchor(g, { along: 0.5, across: -0.9 })
    expect(a && b && c).toBeTruthy()
    const dist = (p: [number, number, number], q: [number, number, number]): number =>
      Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2])
    expect(dist(a!.position, b!.position)).toBeGreaterThan(0.08)
    // origin (along 0) is at the midline, insertion (along 1) at the shoulder
    expect(Math.abs(a!.position[0])).toBeLessThan(Math.abs(b!.position[0]))
    expect(Math.hypot(...a!.normal)).toBeCloseTo(1, 3)
    // outer surface: above the skin
    const f = skinField(loadDescription().body).f
    for (const r of [a!, b!, c!]) expect(f(...r.position)).toBeGreaterThan(0)
  })

  it('resolves every trigger point of the dataset on its muscle, both sides', () => {
    const data = dataMuscles()
    let n = 0
    for (const m of data) {
      for (const side of ['L', 'R']) {
        const part = model.parts.find((p) => p.name === `muscle.${m.id}.${side}`)
        expect(part, `muscle.${m.id}.${side}`).toBeDefined()
        const g = geometryOf(part!)
        g.computeBoundingBox()
        const box = g.boundingBox!.expandByScalar(0.002)
        for (const tp of m.triggerPoints) {
          const r = resolveAnchor(g, tp.anchor)
          expect(r, tp.id).not.toBeNull()
          expect(box.containsPoint(new THREE.Vector3(...r!.position)), tp.id).toBe(true)
          // on the surface: within 1 mm of a triangle of the muscle
          const q = new THREE.Vector3(...r!.position)
          const tri = new THREE.Triangle()
          const cp = new THREE.Vector3()
          const P = part!.positions
          const I = part!.indices
          let best = Infinity
          for (let t = 0; t < I.length && best > 0.001; t += 3) {
            const v = (k: number): THREE.Vector3 => new THREE.Vector3(P[k * 3]!, P[k * 3 + 1]!, P[k * 3 + 2]!)
            tri.set(v(I[t]!), v(I[t + 1]!), v(I[t + 2]!))
            best = Math.min(best, tri.closestPointToPoint(q, cp).distanceTo(q))
          }
          expect(best, tp.id).toBeLessThan(0.001)
          n++
        }
      }
    }
    if (data.length) expect(n).toBeGreaterThan(0)
  })

  it('puts trigger points on a free border on that border (lower trapezius TrP3, latissimus dorsi TrP1)', () => {
    const data = dataMuscles()
    const dist = (p: [number, number, number], q: [number, number, number]): number =>
      Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2])
    /** The trigger point, and the two borders of its muscle at the same level (across -1 and +1), on the left. */
    const onBorders = (muscleId: string, tpId: string) => {
      const tp = data.find((m) => m.id === muscleId)!.triggerPoints.find((t) => t.id === tpId)!
      const g = geometryOf(model.parts.find((p) => p.name === `muscle.${muscleId}.L`)!)
      const at = (across: number) => resolveAnchor(g, { along: tp.anchor.along, across })!.position
      return { tp: at(tp.anchor.across), minus: at(-1), plus: at(1) }
    }
    // Lower trapezius TrP3 lies in the lower free border: nearer the lower of the two borders.
    const lower = onBorders('lower-trapezius', 'lower-trapezius-tp1')
    const [low, high] = lower.minus[1] < lower.plus[1] ? [lower.minus, lower.plus] : [lower.plus, lower.minus]
    expect(dist(lower.tp, low)).toBeLessThan(dist(lower.tp, high))
    // Latissimus dorsi TrP1 lies in the free lateral edge (posterior axillary fold): nearer the outer border.
    const lat = onBorders('latissimus-dorsi', 'latissimus-dorsi-tp1')
    const outer = Math.abs(lat.minus[0]) > Math.abs(lat.plus[0]) ? lat.minus : lat.plus
    const inner = outer === lat.minus ? lat.plus : lat.minus
    expect(dist(lat.tp, outer)).toBeLessThan(dist(lat.tp, inner))
  })
})

describe('bindingOf', () => {
  it('reads kind, muscle id, side and layer walking up the parents', () => {
    const group = new THREE.Group()
    group.userData = { kind: 'muscle', muscleId: 'deltoid', side: 'left', layer: 'superficial' }
    const mesh = new THREE.Mesh()
    group.add(mesh)
    expect(bindingOf(mesh)).toEqual({
      kind: 'muscle',
      muscleId: 'deltoid',
      side: 'left',
      layer: 'superficial',
    })
    const skin = new THREE.Mesh()
    skin.userData = { kind: 'skin', regionNames: [] }
    expect(bindingOf(skin)).toEqual({ kind: 'skin' })
    expect(bindingOf(new THREE.Mesh())).toBeNull()
  })
})
