/**
 * Resolves a trigger-point anchor (a point in a muscle's fibre frame) on the loaded muscle mesh.
 * The generator stores, per vertex, `_frame` = (across -1..1, along 0..1) and `_outer` = 1 on the muscle's outer
 * (skin-facing) surface. Positions are in the geometry's own space (GLB positions are quantized under a node
 * transform): apply `mesh.matrixWorld` to place the result in the scene.
 */
import type { BufferAttribute, BufferGeometry, InterleavedBufferAttribute } from 'three'

export interface Anchor {
  along: number
  across: number
}
export interface ResolvedAnchor {
  position: [number, number, number]
  normal: [number, number, number]
}

type Attr = BufferAttribute | InterleavedBufferAttribute

function attr(geometry: BufferGeometry, name: string): Attr | undefined {
  return (geometry.getAttribute(name) ?? geometry.getAttribute(name.toUpperCase())) as Attr | undefined
}

/** Picks the point on the outer surface whose fibre-frame coordinate is nearest the anchor, interpolated. */
export function resolveAnchor(geometry: BufferGeometry, anchor: Anchor): ResolvedAnchor | null {
  const frame = attr(geometry, '_frame')
  const pos = attr(geometry, 'position')
  if (!frame || !pos) return null
  const nor = attr(geometry, 'normal')
  const outer = attr(geometry, '_outer')
  const along = Math.min(1, Math.max(0, anchor.along))
  const across = Math.min(1, Math.max(-1, anchor.across))
  const isOuter = (v: number): boolean => !outer || outer.getX(v) > 0.5
  const index = geometry.getIndex()
  // 1. a triangle of the outer surface whose frame coordinates contain the anchor: barycentric interpolation
  if (index) {
    let best: { t: number; w: [number, number, number]; err: number } | null = null
    for (let t = 0; t < index.count; t += 3) {
      const a = index.getX(t)
      const b = index.getX(t + 1)
      const c = index.getX(t + 2)
      if (!isOuter(a) || !isOuter(b) || !isOuter(c)) continue
      const ax = frame.getX(a) / 2
      const ay = frame.getY(a)
      const bx = frame.getX(b) / 2 - ax
      const by = frame.getY(b) - ay
      const cx = frame.getX(c) / 2 - ax
      const cy = frame.getY(c) - ay
      const px = across / 2 - ax
      const py = along - ay
      const det = bx * cy - by * cx
      if (Math.abs(det) < 1e-12) continue
      const v = (px * cy - py * cx) / det
      const w = (bx * py - by * px) / det
      const u = 1 - v - w
      const err = Math.max(0, -u, -v, -w)
      if (!best || err < best.err) best = { t, w: [u, v, w], err }
      if (err === 0) break
    }
    if (best && best.err < 0.05) {
      const ids = [index.getX(best.t), index.getX(best.t + 1), index.getX(best.t + 2)]
      return interpolate(pos, nor, ids, best.w)
    }
  }
  // 2. fallback: nearest outer vertex in frame space
  let bestV = -1
  let bd = Infinity
  for (let v = 0; v < frame.count; v++) {
    if (!isOuter(v)) continue
    const d = ((frame.getX(v) - across) / 2) ** 2 + (frame.getY(v) - along) ** 2
    if (d < bd) {
      bd = d
      bestV = v
    }
  }
  if (bestV < 0) return null
  return interpolate(pos, nor, [bestV, bestV, bestV], [1, 0, 0])
}

function interpolate(
  pos: Attr,
  nor: Attr | undefined,
  ids: number[],
  w: [number, number, number],
): ResolvedAnchor {
  const p: [number, number, number] = [0, 0, 0]
  const n: [number, number, number] = [0, 0, 0]
  ids.forEach((id, i) => {
    const k = w[i]!
    p[0] += pos.getX(id) * k
    p[1] += pos.getY(id) * k
    p[2] += pos.getZ(id) * k
    if (nor) {
      n[0] += nor.getX(id) * k
      n[1] += nor.getY(id) * k
      n[2] += nor.getZ(id) * k
    }
  })
  const l = Math.hypot(n[0], n[1], n[2])
  if (l > 1e-9) {
    n[0] /= l
    n[1] /= l
    n[2] /= l
  } else n[2] = 1
  return { position: p, normal: n }
}
