// Skeleton: capsule chains, ellipsoids and plates placed by literal points or by depth below the skin in a frame.
import type { Frame } from './body'
import { footBones, handPrims, loftSampler, mirrorX } from './body'
import { skinPoint } from './muscles'
import type { BodySpec, BoneItem, BonesSpec } from './schema'
import type { Fn, Group, Prim, Vec3 } from './sdf'
import { ellipsoid, makeField, roundBox, roundCone, scale, sphere, sub, triPlate } from './sdf'
import type { Field } from './sdf'

export type FrameLookup = (name: string, mirror: boolean) => Frame

function pointOf(item: BoneItem, p: number[], skin: Fn, frames: FrameLookup, mirror: boolean): Vec3 {
  if (item.frame) {
    const fr = frames(item.frame, mirror)
    const { p: s, n } = skinPoint(skin, fr, p[0]!, p[1]!)
    return sub(s, scale(n, p[2] ?? 0.01))
  }
  const v: Vec3 = [p[0]!, p[1]!, p[2]!]
  return mirror ? mirrorX(v) : v
}

function itemPrims(item: BoneItem, skin: Fn, frames: FrameLookup, mirror: boolean): Prim[] {
  const pts = (item.p ?? []).map((p) => pointOf(item, p, skin, frames, mirror))
  const r = item.r ?? [0.01]
  const rot: Vec3 = item.rot ? (mirror ? [item.rot[0], -item.rot[1], -item.rot[2]] : item.rot) : [0, 0, 0]
  switch (item.t) {
    case 'chain':
    case 'cone': {
      const out: Prim[] = []
      for (let i = 0; i + 1 < pts.length; i++)
        out.push(
          roundCone(pts[i]!, pts[i + 1]!, r[Math.min(i, r.length - 1)]!, r[Math.min(i + 1, r.length - 1)]!),
        )
      return out
    }
    case 'sphere':
      return pts.map((p) => sphere(p, r[0]!))
    case 'ell':
      return [ellipsoid(pts[0]!, [r[0]!, r[1]!, r[2]!], rot)]
    case 'box':
      return [roundBox(pts[0]!, item.h!, r[0]!, rot)]
    case 'tri':
      return [triPlate(pts[0]!, pts[1]!, pts[2]!, r[0]!)]
  }
}

export function boneField(spec: BonesSpec, body: BodySpec, skin: Fn, frames: FrameLookup): Field {
  const groups: Group[] = []
  for (const mirror of [false, true]) {
    groups.push({ k: 0.003, prims: handPrims(body, mirror, true) })
    groups.push({ k: 0.003, prims: footBones(body, mirror) })
  }
  groups.push({ k: 0.004, prims: spinePrims(spec, skin, frames) })
  const subs: { prim: Prim; k: number }[] = []
  for (const g of spec.groups) {
    const gk = g.k ?? spec.k
    const prims: Prim[] = []
    const add = (it: BoneItem, into: (p: Prim) => void) => {
      for (const mirror of it.mirror ? [false, true] : [false])
        for (const p of itemPrims(it, skin, frames, mirror)) into(it.k === undefined ? p : { ...p, k: it.k })
    }
    for (const it of g.items) add(it, (p) => prims.push(p))
    for (const it of g.subtract ?? []) add(it, (p) => subs.push({ prim: p, k: p.k ?? gk }))
    if (prims.length) groups.push({ k: gk, prims })
  }
  // ribs: from the costovertebral joint round the torso cross-section (inset by the soft tissue) to the costal
  // cartilage, dropping anteriorly
  const R = spec.ribs
  const loft = loftSampler(body.skin.torsoLoft)
  for (const mirror of [false, true]) {
    const sx = mirror ? -1 : 1
    const prims: Prim[] = []
    for (let i = 0; i < R.count; i++) {
      const y = R.spineY[i]!
      const drop = R.drop[i]!
      const depth = R.depth[i]!
      const end = R.endAngle[i]!
      const pts: Vec3[] = []
      const n = 10
      for (let s = 0; s <= n; s++) {
        const u = s / n
        const ang = ((168 - (168 - end) * u) * Math.PI) / 180
        const yy = y - drop * Math.pow(u, 1.4)
        const [a, bf, bb, zc] = loft(yy)
        const front = Math.cos(ang) > 0
        // soft tissue: thicker behind (erector spinae, scapula) than in front
        const ia = a - depth - 0.012
        const ib = front ? bf - depth : bb - depth - 0.022
        pts.push([sx * ia * Math.sin(ang), yy, zc + ib * Math.cos(ang)])
      }
      pts[0] = [sx * 0.022, y + 0.005, pts[0]![2] * 0.75]
      for (let s = 0; s < n; s++) prims.push(roundCone(pts[s]!, pts[s + 1]!, R.r, R.r))
    }
    groups.push({ k: 0.003, prims })
  }
  return makeField(groups, spec.k, subs)
}

/** Vertebrae on the sagittal curve: bodies, spinous processes reaching towards the skin, transverse processes. */
function spinePrims(spec: BonesSpec, skin: Fn, frames: FrameLookup): Prim[] {
  const S = spec.spine
  const ys: number[] = []
  for (let i = 0; i < 7; i++) ys.push(1.59 - i * 0.02)
  for (let i = 0; i < 12; i++) ys.push(1.452 - i * 0.0268)
  for (let i = 0; i < 5; i++) ys.push(1.125 - i * 0.031)
  const curve = S.curve
  const zAt = (y: number): number => {
    for (let i = 0; i + 1 < curve.length; i++) {
      const [y0, z0] = curve[i]!
      const [y1, z1] = curve[i + 1]!
      if (y <= y0 && y >= y1) return z0 + ((z1 - z0) * (y - y0)) / (y1 - y0)
    }
    return y > curve[0]![0] ? curve[0]![1] : curve[curve.length - 1]![1]
  }
  const rAt = (y: number): number => {
    for (let i = 0; i + 1 < curve.length; i++) {
      const y0 = curve[i]![0]
      const y1 = curve[i + 1]![0]
      if (y <= y0 && y >= y1) return S.bodyR[i]! + ((S.bodyR[i + 1]! - S.bodyR[i]!) * (y - y0)) / (y1 - y0)
    }
    return S.bodyR[S.bodyR.length - 1]!
  }
  const fr = frames('trunk', false)
  const prims: Prim[] = []
  ys.forEach((y, i) => {
    const step = i < 7 ? 0.02 : i < 19 ? 0.0268 : 0.031
    const h = step * 0.34
    const z = zAt(y)
    const r = rAt(y)
    const za = zAt(y + h)
    const zb = zAt(y - h)
    // The body: a short, wide drum, so the discs between vertebrae show as waists (a round cone of radius r
    // would cap each end with a half-sphere and close the gap).
    prims.push(
      roundCone([0, y + h * 0.45, (za + z) / 2], [0, y - h * 0.45, (zb + z) / 2], r * 0.55, r * 0.55),
    )
    prims.push(ellipsoid([0, y, z], [r * 1.15, h * 1.1, r]))
    const arch: Vec3 = [0, y, z - r - 0.006]
    const { p: tipS, n } = skinPoint(skin, fr, y - step * 0.35, 180)
    const tip = sub(tipS, scale(n, S.spinousDepth))
    if (i > 0) prims.push(roundCone(arch, tip, 0.005, 0.004))
    for (const sx of [1, -1]) {
      const tw = i < 7 ? 0.026 : i < 19 ? 0.032 : 0.036
      prims.push(
        roundCone([sx * 0.006, y, z - r - 0.004], [sx * tw, y, z - r - (i < 19 ? 0.01 : 0.0)], 0.005, 0.004),
      )
    }
  })
  return prims
}
