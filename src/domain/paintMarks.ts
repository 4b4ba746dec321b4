/**
 * A pain drawing painted on the skin, per vertex, and what it means per region. The skin is described by plain
 * arrays (no three.js): which region each vertex belongs to and the region keys. Paint values per vertex:
 * 0 = none, 1 = aches, 2 = sharp / worst. Pure functions: painting a brush dab, turning paint into the marks a
 * Drawing holds, and a compact run-length code to restore paint exactly (only on the model whose fingerprint the
 * paint carries).
 */
import type { Drawing, DrawingMark } from '@/data/drawingFile'

/** Paint value of one skin vertex. */
export type PaintValue = 0 | 1 | 2
/** What the brush puts down: aches (1), sharp / worst (2) or the eraser (0). */
export type BrushValue = PaintValue

/** The skin as painting needs it. */
export interface SkinLayout {
  /** Region index (into `regionNames`) of every vertex. */
  vertexRegion: ArrayLike<number>
  /** Region keys ("temple.L", "coccyx") by index. */
  regionNames: readonly string[]
  /** Fingerprint of the mesh (model/bodyIndex.ts): saved paint is restored exactly only on the same one. */
  fingerprint: string
}

/** A region needs at least this many painted vertices to count (a stroke grazing its edge does not)… */
export const MIN_PAINTED_VERTICES = 4
/** …and, unless at least SURE_VERTICES of it are painted, at least this share of it. */
export const MIN_COVERAGE = 0.02
export const SURE_VERTICES = 25

/** Number of vertices in each region, by region index. */
export function regionVertexCounts(skin: Pick<SkinLayout, 'vertexRegion' | 'regionNames'>): Uint32Array {
  const counts = new Uint32Array(skin.regionNames.length)
  for (let i = 0; i < skin.vertexRegion.length; i++) {
    const r = skin.vertexRegion[i]!
    if (r >= 0 && r < counts.length) counts[r]!++
  }
  return counts
}

/**
 * Marks per region key from per-vertex paint: coverage = painted share of the region's vertices (either
 * intensity); intensity 2 when at least MIN_PAINTED_VERTICES of them are marked sharp / worst, else 1. A stroke
 * that only grazes a region does not mark it: fewer than MIN_PAINTED_VERTICES painted vertices (unless that is
 * half of it), or under MIN_COVERAGE of a large region with fewer than SURE_VERTICES painted, is left out.
 */
export function paintToMarks(
  paint: ArrayLike<number>,
  skin: Pick<SkinLayout, 'vertexRegion' | 'regionNames'>,
): Record<string, DrawingMark> {
  const n = skin.regionNames.length
  const total = regionVertexCounts(skin)
  const painted = new Uint32Array(n)
  const sharp = new Uint32Array(n)
  const len = Math.min(paint.length, skin.vertexRegion.length)
  for (let i = 0; i < len; i++) {
    const v = paint[i]!
    if (v === 0) continue
    const r = skin.vertexRegion[i]!
    if (r < 0 || r >= n) continue
    painted[r]!++
    if (v === 2) sharp[r]!++
  }
  const marks: Record<string, DrawingMark> = {}
  for (let r = 0; r < n; r++) {
    const count = painted[r]!
    const all = total[r]!
    if (count === 0 || all === 0) continue
    const coverage = count / all
    if (count < MIN_PAINTED_VERTICES && coverage < 0.5) continue
    if (coverage < MIN_COVERAGE && count < SURE_VERTICES) continue
    const key = skin.regionNames[r]!
    marks[key] = {
      intensity: sharp[r]! >= Math.min(MIN_PAINTED_VERTICES, count) ? 2 : 1,
      coverage: round3(coverage),
    }
  }
  return marks
}

const round3 = (x: number) => Math.min(1, Math.round(x * 1000) / 1000)

/**
 * Adds areas ticked from the list: each counts as a full-coverage "aches" mark; a painted "worst" stays worst.
 */
export function withTickedAreas(
  marks: Readonly<Record<string, DrawingMark>>,
  ticked: readonly string[],
): Record<string, DrawingMark> {
  const out: Record<string, DrawingMark> = { ...marks }
  for (const key of ticked) out[key] = { intensity: out[key]?.intensity ?? 1, coverage: 1 }
  return out
}

/** Vertex positions in one flat array (x, y, z, x, y, z…) and normals likewise, in the same space. */
export interface SkinGeometry {
  positions: ArrayLike<number>
  normals: ArrayLike<number>
}

/**
 * Paints a round brush dab (or a stroke segment from `from` to `to`) of `radius` onto `paint`: every vertex
 * within `radius` of the segment whose normal faces the same way as `facing` (so a dab on the front of the
 * forearm does not come through on its back). Returns the number of vertices whose value changed.
 */
export function paintSegment(
  paint: Uint8Array,
  geometry: SkinGeometry,
  from: readonly [number, number, number],
  to: readonly [number, number, number],
  facing: readonly [number, number, number],
  radius: number,
  value: BrushValue,
): number {
  const { positions: p, normals: nrm } = geometry
  const [ax, ay, az] = from
  const dx = to[0] - ax
  const dy = to[1] - ay
  const dz = to[2] - az
  const len2 = dx * dx + dy * dy + dz * dz
  const r2 = radius * radius
  const minX = Math.min(ax, to[0]) - radius
  const maxX = Math.max(ax, to[0]) + radius
  const minY = Math.min(ay, to[1]) - radius
  const maxY = Math.max(ay, to[1]) + radius
  const minZ = Math.min(az, to[2]) - radius
  const maxZ = Math.max(az, to[2]) + radius
  let changed = 0
  const count = Math.min(paint.length, Math.floor(p.length / 3))
  for (let i = 0; i < count; i++) {
    const x = p[i * 3]!
    if (x < minX || x > maxX) continue
    const y = p[i * 3 + 1]!
    if (y < minY || y > maxY) continue
    const z = p[i * 3 + 2]!
    if (z < minZ || z > maxZ) continue
    let t = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy + (z - az) * dz) / len2 : 0
    t = t < 0 ? 0 : t > 1 ? 1 : t
    const ex = x - (ax + dx * t)
    const ey = y - (ay + dy * t)
    const ez = z - (az + dz * t)
    if (ex * ex + ey * ey + ez * ez > r2) continue
    const facingDot = nrm[i * 3]! * facing[0] + nrm[i * 3 + 1]! * facing[1] + nrm[i * 3 + 2]! * facing[2]
    if (facingDot < 0) continue
    if (paint[i] !== value) {
      paint[i] = value
      changed++
    }
  }
  return changed
}

/** Fills whole regions (used when a saved drawing's exact paint does not fit this model). */
export function fillRegions(
  marks: Readonly<Record<string, DrawingMark>>,
  skin: Pick<SkinLayout, 'vertexRegion' | 'regionNames'>,
): Uint8Array {
  const paint = new Uint8Array(skin.vertexRegion.length)
  const valueOf = new Uint8Array(skin.regionNames.length)
  skin.regionNames.forEach((key, r) => {
    const mark = marks[key]
    if (mark && mark.coverage > 0) valueOf[r] = mark.intensity
  })
  for (let i = 0; i < paint.length; i++) paint[i] = valueOf[skin.vertexRegion[i]!] ?? 0
  return paint
}

/** Run-length code of per-vertex paint: [value, count, value, count, …]; neighbouring runs differ. */
export function encodeRuns(paint: ArrayLike<number>): number[] {
  const runs: number[] = []
  for (let i = 0; i < paint.length;) {
    const v = paint[i]!
    let j = i + 1
    while (j < paint.length && paint[j] === v) j++
    runs.push(v, j - i)
    i = j
  }
  return runs
}

/** Inverse of encodeRuns, or null when the runs do not describe exactly `length` valid values. */
export function decodeRuns(runs: readonly number[], length: number): Uint8Array | null {
  if (runs.length % 2 !== 0) return null
  const paint = new Uint8Array(length)
  let at = 0
  for (let k = 0; k < runs.length; k += 2) {
    const v = runs[k]!
    const n = runs[k + 1]!
    if (!(v === 0 || v === 1 || v === 2) || !Number.isInteger(n) || n <= 0 || at + n > length) return null
    if (v) paint.fill(v, at, at + n)
    at += n
  }
  return at === length ? paint : null
}

/** The exact paint of a drawing for this skin, or null when it has none or was made on another model. */
export function paintOfDrawing(drawing: Drawing, skin: SkinLayout): Uint8Array | null {
  const p = drawing.paint
  if (!p || p.model !== skin.fingerprint || p.vertices !== skin.vertexRegion.length) return null
  return decodeRuns(p.runs, p.vertices)
}

/**
 * The per-vertex paint that puts a saved drawing back on the body. When it was painted on this very model its
 * paint comes back exactly, and areas it marks beyond the paint (ticked from the list) are filled as "aches";
 * on another model every marked region is filled with its intensity (`exact` false).
 */
export function restoreDrawing(drawing: Drawing, skin: SkinLayout): { paint: Uint8Array; exact: boolean } {
  const exactPaint = paintOfDrawing(drawing, skin)
  if (!exactPaint) return { paint: fillRegions(drawing.marks, skin), exact: false }
  const fromPaint = paintToMarks(exactPaint, skin)
  const extra = new Set(
    Object.entries(drawing.marks)
      .filter(([k, m]) => (fromPaint[k]?.coverage ?? 0) < m.coverage - 0.0005)
      .map(([k]) => skin.regionNames.indexOf(k))
      .filter((r) => r >= 0),
  )
  if (extra.size) {
    for (let i = 0; i < exactPaint.length; i++) {
      if (exactPaint[i] === 0 && extra.has(skin.vertexRegion[i]!)) exactPaint[i] = 1
    }
  }
  return { paint: exactPaint, exact: true }
}

/** Whether any vertex is painted. */
export function hasPaint(paint: ArrayLike<number> | null): boolean {
  if (!paint) return false
  for (let i = 0; i < paint.length; i++) if (paint[i]) return true
  return false
}
