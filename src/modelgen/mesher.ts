// Narrow-band, block-sparse naive surface nets with one Newton projection step and SDF-gradient normals.
import type { Aabb, Field, Fn } from './sdf'

export interface RawMesh {
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
}
export interface MeshStats {
  evals: number
  points: number
}

const B = 8

export function meshField(field: Field, box: Aabb, h: number, stats?: MeshStats): RawMesh {
  const nx = Math.ceil((box.max[0] - box.min[0]) / h) + 1
  const ny = Math.ceil((box.max[1] - box.min[1]) / h) + 1
  const nz = Math.ceil((box.max[2] - box.min[2]) / h) + 1
  const [ox, oy, oz] = box.min
  const vals = new Float32Array(nx * ny * nz)
  const idx = (i: number, j: number, k: number): number => i + nx * (j + ny * k)
  const band = 3 * h
  const bnx = Math.ceil(nx / B)
  const bny = Math.ceil(ny / B)
  const bnz = Math.ceil(nz / B)
  const blockField: (Fn | null)[] = new Array(bnx * bny * bnz).fill(null)
  const blockHalf = (Math.sqrt(3) * B * h) / 2
  let evals = 0
  for (let bk = 0; bk < bnz; bk++)
    for (let bj = 0; bj < bny; bj++)
      for (let bi = 0; bi < bnx; bi++) {
        const i0 = bi * B
        const j0 = bj * B
        const k0 = bk * B
        const i1 = Math.min(i0 + B, nx)
        const j1 = Math.min(j0 + B, ny)
        const k1 = Math.min(k0 + B, nz)
        const bb: Aabb = {
          min: [ox + i0 * h, oy + j0 * h, oz + k0 * h],
          max: [ox + i1 * h, oy + j1 * h, oz + k1 * h],
        }
        const local = field.cull(bb, band + blockHalf)
        const cx = (bb.min[0] + bb.max[0]) / 2
        const cy = (bb.min[1] + bb.max[1]) / 2
        const cz = (bb.min[2] + bb.max[2]) / 2
        const c = local.f(cx, cy, cz)
        evals++
        if (Math.abs(c) > blockHalf + band) {
          for (let k = k0; k < k1; k++)
            for (let j = j0; j < j1; j++) for (let i = i0; i < i1; i++) vals[idx(i, j, k)] = c
          continue
        }
        blockField[bi + bnx * (bj + bny * bk)] = local.f
        for (let k = k0; k < k1; k++)
          for (let j = j0; j < j1; j++)
            for (let i = i0; i < i1; i++) vals[idx(i, j, k)] = local.f(ox + i * h, oy + j * h, oz + k * h)
        evals += (i1 - i0) * (j1 - j0) * (k1 - k0)
      }
  if (stats) {
    stats.evals += evals
    stats.points += nx * ny * nz
  }
  // vertices: one per sign-changing cell
  const cellVert = new Int32Array((nx - 1) * (ny - 1) * (nz - 1)).fill(-1)
  const cidx = (i: number, j: number, k: number): number => i + (nx - 1) * (j + (ny - 1) * k)
  const pos: number[] = []
  const cellOf: number[] = []
  const corners = [
    [0, 0, 0],
    [1, 0, 0],
    [0, 1, 0],
    [1, 1, 0],
    [0, 0, 1],
    [1, 0, 1],
    [0, 1, 1],
    [1, 1, 1],
  ] as const
  const edges = [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
    [0, 2],
    [1, 3],
    [4, 6],
    [5, 7],
    [0, 4],
    [1, 5],
    [2, 6],
    [3, 7],
  ] as const
  const cv = new Float64Array(8)
  for (let k = 0; k < nz - 1; k++)
    for (let j = 0; j < ny - 1; j++)
      for (let i = 0; i < nx - 1; i++) {
        let neg = 0
        for (let c = 0; c < 8; c++) {
          const o = corners[c]!
          const v = vals[idx(i + o[0], j + o[1], k + o[2])]!
          cv[c] = v
          if (v < 0) neg++
        }
        if (neg === 0 || neg === 8) continue
        let sx = 0
        let sy = 0
        let sz = 0
        let n = 0
        for (const [a, b] of edges) {
          const va = cv[a]!
          const vb = cv[b]!
          if (va < 0 === vb < 0) continue
          const t = va / (va - vb)
          const oa = corners[a]!
          const ob = corners[b]!
          sx += oa[0] + (ob[0] - oa[0]) * t
          sy += oa[1] + (ob[1] - oa[1]) * t
          sz += oa[2] + (ob[2] - oa[2]) * t
          n++
        }
        cellVert[cidx(i, j, k)] = pos.length / 3
        pos.push(ox + (i + sx / n) * h, oy + (j + sy / n) * h, oz + (k + sz / n) * h)
        cellOf.push(Math.floor(i / B) + bnx * (Math.floor(j / B) + bny * Math.floor(k / B)))
      }
  // quads across sign-changing grid edges
  const tris: number[] = []
  const quad = (a: number, b: number, c: number, d: number, flip: boolean): void => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return
    if (flip) tris.push(a, c, b, a, d, c)
    else tris.push(a, b, c, a, c, d)
  }
  for (let k = 1; k < nz - 1; k++)
    for (let j = 1; j < ny - 1; j++)
      for (let i = 1; i < nx - 1; i++) {
        const v0 = vals[idx(i, j, k)]!
        const in0 = v0 < 0
        // x edge
        if (i < nx - 1 && in0 !== vals[idx(i + 1, j, k)]! < 0) {
          quad(
            cellVert[cidx(i, j - 1, k - 1)]!,
            cellVert[cidx(i, j, k - 1)]!,
            cellVert[cidx(i, j, k)]!,
            cellVert[cidx(i, j - 1, k)]!,
            !in0,
          )
        }
        if (j < ny - 1 && in0 !== vals[idx(i, j + 1, k)]! < 0) {
          quad(
            cellVert[cidx(i - 1, j, k - 1)]!,
            cellVert[cidx(i - 1, j, k)]!,
            cellVert[cidx(i, j, k)]!,
            cellVert[cidx(i, j, k - 1)]!,
            !in0,
          )
        }
        if (k < nz - 1 && in0 !== vals[idx(i, j, k + 1)]! < 0) {
          quad(
            cellVert[cidx(i - 1, j - 1, k)]!,
            cellVert[cidx(i, j - 1, k)]!,
            cellVert[cidx(i, j, k)]!,
            cellVert[cidx(i - 1, j, k)]!,
            !in0,
          )
        }
      }
  // refinement: one Newton step (clamped to h) and normals from the SDF gradient
  const nv = pos.length / 3
  const positions = new Float32Array(nv * 3)
  const normals = new Float32Array(nv * 3)
  const e = h / 2
  for (let v = 0; v < nv; v++) {
    const f = blockField[cellOf[v]!] ?? field.f
    let x = pos[v * 3]!
    let y = pos[v * 3 + 1]!
    let z = pos[v * 3 + 2]!
    let d = f(x, y, z)
    let gx = (f(x + e, y, z) - f(x - e, y, z)) / (2 * e)
    let gy = (f(x, y + e, z) - f(x, y - e, z)) / (2 * e)
    let gz = (f(x, y, z + e) - f(x, y, z - e)) / (2 * e)
    let g2 = gx * gx + gy * gy + gz * gz
    if (g2 > 1e-8) {
      let s = d / g2
      const stepLen = Math.abs(s) * Math.sqrt(g2)
      if (stepLen > h) s *= h / stepLen
      x -= gx * s
      y -= gy * s
      z -= gz * s
      d = f(x, y, z)
      gx = (f(x + e, y, z) - f(x - e, y, z)) / (2 * e)
      gy = (f(x, y + e, z) - f(x, y - e, z)) / (2 * e)
      gz = (f(x, y, z + e) - f(x, y, z - e)) / (2 * e)
      g2 = gx * gx + gy * gy + gz * gz
    }
    const gl = Math.sqrt(g2) || 1
    positions[v * 3] = x
    positions[v * 3 + 1] = y
    positions[v * 3 + 2] = z
    normals[v * 3] = gx / gl
    normals[v * 3 + 1] = gy / gl
    normals[v * 3 + 2] = gz / gl
  }
  return { positions, normals, indices: Uint32Array.from(tris) }
}

/** Signed volume of a closed triangle mesh (positive when faces point outward). */
export function signedVolume(pos: ArrayLike<number>, idx: ArrayLike<number>): number {
  let v = 0
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t]! * 3
    const b = idx[t + 1]! * 3
    const c = idx[t + 2]! * 3
    const ax = pos[a]!
    const ay = pos[a + 1]!
    const az = pos[a + 2]!
    const bx = pos[b]!
    const by = pos[b + 1]!
    const bz = pos[b + 2]!
    const cx = pos[c]!
    const cy = pos[c + 1]!
    const cz = pos[c + 2]!
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)
  }
  return v / 6
}

/** Number of boundary edges (used by an odd number of triangles): 0 for a watertight mesh. */
export function openEdges(idx: ArrayLike<number>): number {
  const m = new Map<string, number>()
  for (let t = 0; t < idx.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = idx[t + e]!
      const b = idx[t + ((e + 1) % 3)]!
      const key = a < b ? `${a},${b}` : `${b},${a}`
      m.set(key, (m.get(key) ?? 0) + 1)
    }
  }
  let bad = 0
  for (const c of m.values()) if (c % 2 === 1) bad++
  return bad
}
