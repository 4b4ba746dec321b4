// Schemas for the anatomical description in models/*.json (validated at build time).
import { z } from 'zod'

const vec3 = z.tuple([z.number(), z.number(), z.number()])
const pointRef = z.union([vec3, z.string().regex(/^@[a-zA-Z]+$/)])

const prim = z.object({
  t: z.enum(['sphere', 'cone', 'ell', 'box', 'tri', 'loft']),
  c: vec3.optional(),
  a: pointRef.optional(),
  b: pointRef.optional(),
  r: z.array(z.number()).optional(),
  h: vec3.optional(),
  rot: vec3.optional(),
  k: z.number().optional(),
  mirror: z.boolean().optional(),
  label: z.string().optional(),
})
export type PrimSpec = z.infer<typeof prim>

const frame = z.object({ a: pointRef, b: pointRef, ref: vec3, maxRay: z.number() })
export type FrameSpec = z.infer<typeof frame>

export const bodySchema = z.object({
  version: z.literal(1),
  units: z.literal('m'),
  axes: z.object({ up: z.string(), anterior: z.string(), left: z.string() }),
  stature: z.number(),
  pose: z.object({ shoulderAbductionDeg: z.number(), carryingAngleDeg: z.number(), palms: z.string() }),
  joints: z.record(z.string(), vec3),
  frames: z.record(z.string(), frame),
  skin: z.object({
    h: z.number(),
    blend: z.number(),
    clipBelowY: z.number(),
    torsoLoft: z.array(
      z.object({ y: z.number(), a: z.number(), bf: z.number(), bb: z.number(), zc: z.number() }),
    ),
    groups: z.array(
      z.object({
        id: z.string(),
        k: z.number(),
        side: z.boolean().optional(),
        hand: z.boolean().optional(),
        foot: z.boolean().optional(),
        prims: z.array(prim),
        subtract: z.array(prim).optional(),
      }),
    ),
    hand: z.object({
      palmCentre: z.number(),
      palmHalf: vec3,
      knuckle: z.number(),
      fingers: z.array(
        z.object({
          name: z.string(),
          x: z.number(),
          len: vec3,
          r: vec3,
          splay: z.number(),
        }),
      ),
      curlDeg: vec3,
      thumb: z.object({ base: vec3, dir: vec3, len: vec3, r: vec3 }),
    }),
    foot: z.object({
      prims: z.array(prim),
      toes: z.array(
        z.object({
          a: vec3,
          b: vec3,
          r: z.tuple([z.number(), z.number()]),
          /** blend radius with the foot (default: the foot group's); small keeps the clefts between toes */
          k: z.number().optional(),
        }),
      ),
    }),
  }),
  landmarks: z.record(z.string(), z.object({ p: vec3 })),
})
export type BodySpec = z.infer<typeof bodySchema>

/** A point in a named frame: [t along the frame axis, angle in degrees, depth below the skin (m)]. */
const fpt = z.union([z.tuple([z.number(), z.number()]), z.tuple([z.number(), z.number(), z.number()])])
/** A row across a sheet: [t, angleFrom, angleTo] or a polyline [t0, angle0, t1, angle1, ...]. */
const row = z.array(z.number()).min(3)

export const muscleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  layer: z.enum(['superficial', 'intermediate', 'deep']),
  midline: z.boolean().optional(),
  frame: z.string(),
  shape: z.enum(['sheet', 'belly']),
  /** sheet: rows from origin to insertion */
  rows: z.array(row).optional(),
  /** sheet: frame of each row when it differs from the muscle's frame (rows are then blended in 3D) */
  rowFrames: z.array(z.string().nullable()).optional(),
  /** sheet: offset of the sheet's base below the skin (m), default 0 */
  depth: z.number().optional(),
  /**
   * sheet: rows as polylines of body-space points [x, y, z, x, y, z, ...] (m, the left side; mirrored for the right)
   * instead of `rows`, for deep sheets that follow the skeleton rather than the skin (pelvic floor, diaphragm)
   */
  points: z.array(z.array(z.number()).min(6)).optional(),
  /** sheet with `points`: the side its outer surface faces (left side; default up) */
  outward: vec3.optional(),
  thick: z.number().optional(),
  bulge: z.number().optional(),
  /** reverse across direction so -1 is the medial / cranial border */
  flipAcross: z.boolean().optional(),
  /** belly: path points [t, angle, depth, width, height] from origin to insertion */
  path: z.array(z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()])).optional(),
  bbox: z.object({ min: vec3, max: vec3 }).optional(),
})
export type MuscleSpec = z.infer<typeof muscleSchema>
export const musclesSchema = z.object({ version: z.literal(1), muscles: z.array(muscleSchema) })

const boneItem = z.object({
  t: z.enum(['cone', 'sphere', 'ell', 'tri', 'box', 'chain']),
  frame: z.string().optional(),
  /** points are literal [x,y,z] or frame points [t, angle, depth] when frame is given */
  p: z.array(z.array(z.number())).optional(),
  r: z.array(z.number()).optional(),
  c: z.array(z.number()).optional(),
  h: vec3.optional(),
  rot: vec3.optional(),
  mirror: z.boolean().optional(),
  /** blend radius: with the rest of its group, or for a subtracted item, of the cut (default: the group's) */
  k: z.number().optional(),
  label: z.string(),
})
export type BoneItem = z.infer<typeof boneItem>
export const bonesSchema = z.object({
  version: z.literal(1),
  h: z.number(),
  k: z.number(),
  groups: z.array(
    z.object({
      id: z.string(),
      k: z.number().optional(),
      items: z.array(boneItem),
      /** hollows cut out of the whole skeleton after the union (eye sockets, nasal aperture) */
      subtract: z.array(boneItem).optional(),
    }),
  ),
  ribs: z.object({
    count: z.number(),
    spineY: z.array(z.number()),
    drop: z.array(z.number()),
    depth: z.array(z.number()),
    endAngle: z.array(z.number()),
    r: z.number(),
  }),
  spine: z.object({
    curve: z.array(z.tuple([z.number(), z.number()])),
    bodyR: z.array(z.number()),
    count: z.number(),
    spinousDepth: z.number(),
  }),
})
export type BonesSpec = z.infer<typeof bonesSchema>

export const regionsSpecSchema = z.object({
  version: z.literal(1),
  regions: z.array(
    z.object({
      id: z.string(),
      midline: z.boolean().optional(),
      seeds: z.array(z.object({ frame: z.string(), p: fpt, spot: z.number().optional() })),
    }),
  ),
})
export type RegionsSpec = z.infer<typeof regionsSpecSchema>
