/**
 * One brush stroke on the skin, as state: it paints a working copy of the drawing, dab by dab, joining each dab to
 * the last with a segment when they are near (a fast drag leaves no gaps) and not when the pointer jumped (from one
 * limb to another) or came back onto the body; the store gets the working copy once, when the stroke ends (one undo
 * step per stroke). Pure: the scene feeds it skin hits (scene/skinPick.ts).
 */
import type { BrushValue, SkinGeometry } from './paintMarks'
import { paintSegment } from './paintMarks'

export type Vec3 = readonly [number, number, number]

/** Where a pointer meets the skin: the point and the way the skin faces there (world space). */
export interface SkinHit {
  point: Vec3
  facing: Vec3
}

/** Hits further apart than this (metres) are not joined by a stroke segment (e.g. the pointer jumped limbs). */
export const MAX_SEGMENT = 0.12

export interface Stroke {
  /** The pointer that paints; other pointers do not. */
  readonly pointerId: number
  /** The drawing as the stroke has made it so far (a copy: the committed paint is never changed). */
  readonly working: Uint8Array
  /** Where the brush last touched the skin, or null while it is lifted (off the body). */
  last: Vec3 | null
  /** How many vertex values the stroke has changed. */
  changed: number
}

/** A stroke starting over `paint` (null: nothing painted yet) on a skin of `vertexCount` vertices. */
export function startStroke(pointerId: number, paint: Uint8Array | null, vertexCount: number): Stroke {
  return { pointerId, working: paint ? paint.slice() : new Uint8Array(vertexCount), last: null, changed: 0 }
}

/** One dab of `radius` at `hit`, joined to the last one when near. Returns how many vertex values changed. */
export function dab(
  stroke: Stroke,
  skin: SkinGeometry,
  hit: SkinHit,
  radius: number,
  value: BrushValue,
): number {
  const last = stroke.last
  const near =
    last !== null &&
    Math.hypot(last[0] - hit.point[0], last[1] - hit.point[1], last[2] - hit.point[2]) < MAX_SEGMENT
  const changed = paintSegment(
    stroke.working,
    skin,
    near ? last : hit.point,
    hit.point,
    hit.facing,
    radius,
    value,
  )
  stroke.changed += changed
  stroke.last = hit.point
  return changed
}

/** The pointer left the body: the next dab starts afresh, not joined to the last. */
export function liftBrush(stroke: Stroke): void {
  stroke.last = null
}

/** What an ended stroke leaves: the paint to commit, or null when nothing is kept (cancelled, or nothing changed). */
export function strokeResult(stroke: Stroke, commit: boolean): Uint8Array | null {
  return commit && stroke.changed > 0 ? stroke.working : null
}
