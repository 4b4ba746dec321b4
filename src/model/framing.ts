/**
 * Framing what a selection is about (a muscle with its referral pattern, a painful area) from the side that shows
 * most of it, as big as it fits between the bars drawn over the view, so it is not a few pixels in the whole-body
 * view. Pure math on plain arrays.
 */
import { sideOfKey } from '@/data/regionKeys'

export type Vec3 = readonly [number, number, number]

/** A small part (a jaw muscle, a knee) is shown in a view at least this big (metres): the head, the foot. */
export const SURROUNDINGS = 0.28

/** A named view: the unit direction from what is framed towards the camera. */
export type ViewDirection = readonly [string, Vec3]

/**
 * The views a selection can be framed from: the four presets, and from below (behind the heels, looking up) for
 * the sole of the foot, which no horizontal view shows.
 */
export const FRAMING_VIEWS = [
  ['front', [0, 0, 1]],
  ['left', [1, 0, 0]],
  ['back', [0, 0, -1]],
  ['right', [-1, 0, 0]],
  ['below', [0, -0.7, -0.71]],
] as const satisfies readonly ViewDirection[]

export type FramingView = (typeof FRAMING_VIEWS)[number][0]

/** A skin point counts as seen from a view when its normal is at most ~70° off the view (cos 0.34). */
const SEEN = 0.34

/** Share of skin points (their normals, x y z …) that face direction `d`. */
function shareSeen(normals: ArrayLike<number>, d: Vec3): number {
  const n = Math.floor(normals.length / 3)
  let seen = 0
  for (let i = 0; i < n; i++) {
    if (normals[i * 3]! * d[0] + normals[i * 3 + 1]! * d[1] + normals[i * 3 + 2]! * d[2] > SEEN) seen++
  }
  return n ? seen / n : 0
}

/**
 * Of `views`, the one that sees most of a pattern. The pattern comes in groups of skin points (their normals,
 * x y z …): one per side of the body for a pattern on both sides, since a trigger point on one side refers pain to
 * that side, so the temple and the side of the neck are best seen from the side, where one whole half shows, and a
 * pattern across the low back from behind. A view scores the largest share of a group that faces it, plus `lean`
 * times how squarely the muscle itself faces it (its outward direction, or null), plus `bonus` for the view asked
 * for (`prefer`: a tour step's author's view). Ties go to the earlier view.
 */
export function viewSeeingMost<V extends string>(
  groups: readonly ArrayLike<number>[],
  views: readonly (readonly [V, Vec3])[],
  {
    muscle = null,
    lean = 0.2,
    prefer,
    bonus = 0.15,
  }: { muscle?: Vec3 | null; lean?: number; prefer?: string; bonus?: number } = {},
): V {
  let best = views[0]![0]
  let bestScore = -Infinity
  for (const [name, d] of views) {
    let score = Math.max(0, ...groups.map((g) => shareSeen(g, d)))
    if (muscle) score += lean * Math.max(0, muscle[0] * d[0] + muscle[1] * d[1] + muscle[2] * d[2])
    if (name === prefer) score += bonus
    if (score > bestScore + 1e-9) {
      best = name
      bestScore = score
    }
  }
  return best
}

/** Skin points (x y z …) whose normals face a view direction: what the camera sees of a pattern from there. */
export function pointsFacing(positions: ArrayLike<number>, normals: ArrayLike<number>, dir: Vec3): number[] {
  const out: number[] = []
  for (let i = 0; i + 2 < positions.length; i += 3) {
    if (normals[i]! * dir[0] + normals[i + 1]! * dir[1] + normals[i + 2]! * dir[2] > SEEN)
      out.push(positions[i]!, positions[i + 1]!, positions[i + 2]!)
  }
  return out
}

/**
 * The part of the canvas that is free to frame in, as fractions of its width and height kept clear at each edge
 * (the view buttons at the top, a caption bar or the key at the bottom…).
 */
export interface Insets {
  top: number
  bottom: number
  left: number
  right: number
}

export const NO_INSETS: Insets = { top: 0, bottom: 0, left: 0, right: 0 }

export interface FitOptions {
  /** Vertical field of view in degrees. */
  fov: number
  /** Canvas width / height. */
  aspect: number
  insets?: Insets
  /** Share of the free part kept as a margin at each edge. */
  margin?: number
  /** The framed view is at least this big (metres) both ways, so a small part keeps its surroundings. */
  minExtent?: number
  /** The camera stays at least this far (metres) from the target. */
  minDistance?: number
}

/** A camera's right and up for a forward direction (unit), with y up as three.js's lookAt: r = f × y, u = r × f. */
function cameraBasis(f: Vec3): { r: Vec3; u: Vec3 } {
  const rl = Math.hypot(f[2], f[0])
  // Looking straight up or down: any horizontal right will do.
  const r: Vec3 = rl < 1e-6 ? [1, 0, 0] : [-f[2] / rl, 0, f[0] / rl]
  return { r, u: [r[1] * f[2] - r[2] * f[1], r[2] * f[0] - r[0] * f[2], r[0] * f[1] - r[1] * f[0]] }
}

/**
 * The camera pose that shows every point (x y z …) as big as it can from direction `dir` (unit, from the points
 * towards the camera), inside the free part of the canvas. The camera looks along -dir with y up (as three.js's
 * lookAt does); the target is moved sideways and up or down so the points sit in the free part, and the distance is
 * the smallest at which they all fit (found by bisection: the free span at a point's depth grows with the
 * distance, so fitting is monotone). Null without points.
 */
export function fitView(
  points: ArrayLike<number>,
  dir: Vec3,
  { fov, aspect, insets = NO_INSETS, margin = 0.06, minExtent = SURROUNDINGS, minDistance = 0.4 }: FitOptions,
): { position: [number, number, number]; target: [number, number, number]; distance: number } | null {
  const n = Math.floor(points.length / 3)
  if (n === 0) return null
  const f: Vec3 = [-dir[0], -dir[1], -dir[2]]
  const { r, u } = cameraBasis(f)
  const c = [0, 0, 0]
  for (let i = 0; i < n; i++) for (let k = 0; k < 3; k++) c[k]! += points[i * 3 + k]! / n
  const xs = new Float64Array(n)
  const ys = new Float64Array(n)
  const zs = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const p = [0, 1, 2].map((k) => points[i * 3 + k]! - c[k]!)
    xs[i] = p[0]! * r[0] + p[1]! * r[1] + p[2]! * r[2]
    ys[i] = p[0]! * u[0] + p[1]! * u[1] + p[2]! * u[2]
    zs[i] = p[0]! * f[0] + p[1]! * f[1] + p[2]! * f[2]
  }
  // The free part in normalised device coordinates, less the margin.
  const free = (lo: number, hi: number) => {
    const a = -1 + 2 * lo
    const b = 1 - 2 * hi
    const m = (b - a) * margin
    return [a + m, b - m] as const
  }
  const [L, R] = free(insets.left, insets.right)
  const [B, T] = free(insets.bottom, insets.top)
  const tanV = Math.tan((fov * Math.PI) / 360)
  const tanH = tanV * aspect
  if (!(R > L && T > B && tanV > 0)) return null
  // Where the target may be (across, up) at distance d for every point to fit, or null if it cannot.
  const window = (d: number) => {
    let xlo = -Infinity
    let xhi = Infinity
    let ylo = -Infinity
    let yhi = Infinity
    for (let i = 0; i < n; i++) {
      const z = d + zs[i]!
      if (z <= 0.02) return null
      xlo = Math.max(xlo, xs[i]! - R * z * tanH)
      xhi = Math.min(xhi, xs[i]! - L * z * tanH)
      ylo = Math.max(ylo, ys[i]! - T * z * tanV)
      yhi = Math.min(yhi, ys[i]! - B * z * tanV)
    }
    return xlo <= xhi && ylo <= yhi ? { x: (xlo + xhi) / 2, y: (ylo + yhi) / 2 } : null
  }
  let lo = Math.max(minDistance, minExtent / Math.min((T - B) * tanV, (R - L) * tanH))
  let hi = Math.max(lo, 1)
  for (let i = 0; i < 40 && !window(hi); i++) hi *= 2
  if (!window(lo)) {
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2
      if (window(mid)) hi = mid
      else lo = mid
    }
    lo = hi
  }
  const at = window(lo)
  if (!at) return null
  const target: [number, number, number] = [0, 1, 2].map((k) => c[k]! + r[k]! * at.x + u[k]! * at.y) as [
    number,
    number,
    number,
  ]
  const position = [0, 1, 2].map((k) => target[k]! + dir[k]! * lo) as [number, number, number]
  return { position, target, distance: lo }
}

/** A screen rectangle (CSS pixels). */
export interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

/**
 * The insets that keep clear of things drawn over the canvas (view buttons, the key, a caption bar, the sheet's
 * edge): each one is cut off at the edge that leaves the most room for a subject `aspect` wide (width / height) and,
 * on a tie, costs the least of the canvas: a row of buttons from the top; the key at the bottom-left from below
 * for a wide subject, from the left for a standing body. Rects off the canvas count nothing.
 */
export function insetsFrom(canvas: Rect, overlays: readonly Rect[], aspect = 1): Insets {
  const w = canvas.right - canvas.left
  const h = canvas.bottom - canvas.top
  const out = { ...NO_INSETS }
  if (!(w > 0 && h > 0)) return out
  // The height the subject can have in the free part.
  const room = (i: Insets) => Math.min(((1 - i.left - i.right) * w) / aspect, (1 - i.top - i.bottom) * h)
  for (const o of overlays) {
    const l = Math.max(o.left, canvas.left)
    const r = Math.min(o.right, canvas.right)
    const t = Math.max(o.top, canvas.top)
    const b = Math.min(o.bottom, canvas.bottom)
    if (r <= l || b <= t) continue
    const cuts: [keyof Insets, number][] = [
      ['top', (b - canvas.top) / h],
      ['bottom', (canvas.bottom - t) / h],
      ['left', (r - canvas.left) / w],
      ['right', (canvas.right - l) / w],
    ]
    let best: Insets | null = null
    let bestRoom = -Infinity
    let bestCost = Infinity
    for (const [edge, cut] of cuts) {
      const next = { ...out, [edge]: Math.max(out[edge], cut) }
      const space = room(next)
      if (space > bestRoom + 0.5 || (Math.abs(space - bestRoom) <= 0.5 && cut < bestCost)) {
        best = next
        bestRoom = space
        bestCost = cut
      }
    }
    Object.assign(out, best)
  }
  return out
}

/** Width / height of points (x y z …) as a camera looking along -dir sees them (ignoring perspective). */
export function viewAspect(points: ArrayLike<number>, dir: Vec3): number {
  const { r, u } = cameraBasis([-dir[0], -dir[1], -dir[2]])
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity]
  for (let i = 0; i + 2 < points.length; i += 3) {
    const x = points[i]! * r[0] + points[i + 1]! * r[1] + points[i + 2]! * r[2]
    const y = points[i]! * u[0] + points[i + 1]! * u[1] + points[i + 2]! * u[2]
    ;[x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)]
  }
  return y1 > y0 ? Math.max(0.05, (x1 - x0) / (y1 - y0)) : 1
}

/**
 * Normalised device coordinates (x, y in -1…1 on the canvas) of point p, seen from a camera at `position` looking
 * at `target` with y up (as three.js's lookAt), or null behind the camera.
 */
export function projectPoint(
  p: ArrayLike<number>,
  pose: { position: Vec3; target: Vec3 },
  fov: number,
  aspect: number,
): { x: number; y: number } | null {
  const f = [0, 1, 2].map((k) => pose.target[k]! - pose.position[k]!)
  const fl = Math.hypot(f[0]!, f[1]!, f[2]!)
  const fw = f.map((x) => x / fl) as [number, number, number]
  const { r, u } = cameraBasis(fw)
  const d = [0, 1, 2].map((k) => p[k]! - pose.position[k]!) as [number, number, number]
  const z = d[0] * fw[0] + d[1] * fw[1] + d[2] * fw[2]
  if (z <= 0) return null
  const tanV = Math.tan((fov * Math.PI) / 360)
  return {
    x: (d[0] * r[0] + d[1] * r[1] + d[2] * r[2]) / (z * tanV * aspect),
    y: (d[0] * u[0] + d[1] * u[1] + d[2] * u[2]) / (z * tanV),
  }
}

/**
 * Whether every point (x y z …) shows inside the free part of the canvas from a camera at `position` looking at
 * `target`: a preset view that already keeps the body clear of the bars is left as it is.
 */
export function showsAll(
  points: ArrayLike<number>,
  pose: { position: Vec3; target: Vec3 },
  { fov, aspect, insets = NO_INSETS }: Pick<FitOptions, 'fov' | 'aspect' | 'insets'>,
): boolean {
  for (let i = 0; i + 2 < points.length; i += 3) {
    const q = projectPoint([points[i]!, points[i + 1]!, points[i + 2]!], pose, fov, aspect)
    if (!q) return false
    if (q.x < -1 + 2 * insets.left || q.x > 1 - 2 * insets.right) return false
    if (q.y < -1 + 2 * insets.bottom || q.y > 1 - 2 * insets.top) return false
  }
  return true
}

/**
 * Which side of a muscle selected on both sides to frame. When its two sides are more than `apart` metres apart
 * (a forearm muscle, with the arms out), one: the side of the marked areas if they are all on one side (a tour
 * step's pain on the right), else the right; so it is framed with its arm, not with both arms and the body between.
 * Close together (the neck, the face), both.
 */
export function sideToFrame(
  side: 'left' | 'right' | 'both',
  regionKeys: readonly string[],
  gap: number,
  apart = 0.3,
): 'left' | 'right' | 'both' {
  if (side !== 'both' || gap <= apart) return side
  const sides = new Set(regionKeys.map(sideOfKey).filter((s) => s !== null))
  return sides.size === 1 && sides.has('left') ? 'left' : 'right'
}
