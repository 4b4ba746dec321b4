/**
 * Pain drawings: the shape the domain ranks (`Drawing`) and the file a patient exports and re-opens
 * (`{ format: 'trigger-point-body-map/drawing', version: 1, createdAt, label?, marks }`).
 * `parseDrawingFile` never throws: anything it cannot use comes back as an error code (with the areas or the field
 * concerned), which the panels phrase.
 * Pure module: no React, three or zustand.
 */
import { z } from 'zod'
import { cleanLabel, DRAWING_FORMAT, DRAWING_VERSION, LABEL_CHARS } from './drawingFormat'

export { cleanLabel, LABEL_CHARS } from './drawingFormat'
import { echoAll } from './echo'
import { replaceRetiredInRecord } from './retiredRegions'

export { DRAWING_FORMAT, DRAWING_VERSION }

// The built app runs under a strict Content Security Policy (no eval): zod must not probe for it, since the probe
// alone is reported as a policy violation. Validation speed is irrelevant for files of a few kB.
z.config({ jitless: true })
/** Files larger than this (in bytes of UTF-8) are refused before parsing: a real drawing is a few kB. */
export const MAX_DRAWING_BYTES = 1_000_000

/** One painted region: intensity 1 = aches, 2 = sharp / worst; coverage = share of the region painted (0..1). */
export const drawingMarkSchema = z.strictObject({
  intensity: z.union([z.literal(1), z.literal(2)]),
  coverage: z.number().min(0).max(1),
})

/** Largest skin (in vertices) a saved per-vertex paint may describe. */
export const MAX_PAINT_VERTICES = 2_000_000

/** True when `runs` ([value, count, …], values 0..2, counts ≥ 1) add up to exactly `vertices`. */
function runsFit(runs: readonly number[], vertices: number): boolean {
  if (runs.length % 2 !== 0) return false
  let sum = 0
  for (let k = 0; k < runs.length; k += 2) {
    if (runs[k]! > 2 || runs[k + 1]! < 1) return false
    sum += runs[k + 1]!
  }
  return sum === vertices
}

/**
 * Optional exact paint, so a drawing reopens stroke for stroke: per skin vertex 0 none, 1 aches, 2 sharp / worst,
 * run-length coded, tagged with the skin mesh's fingerprint. On another model the marks are used instead.
 */
export const drawingPaintSchema = z
  .strictObject({
    /** Fingerprint of the skin mesh it was painted on (vertex count and hash). */
    model: z.string().min(1).max(100),
    vertices: z.number().int().positive().max(MAX_PAINT_VERTICES),
    /** [value, count, value, count, …] */
    runs: z.array(z.number().int().min(0)).max(400_000),
  })
  .refine((p) => runsFit(p.runs, p.vertices), { path: ['runs'] })

/** A pain drawing, keyed by region key ("temple.L", "temple.R", or a midline id such as "coccyx"). */
export const drawingSchema = z.strictObject({
  version: z.literal(DRAWING_VERSION),
  /** When it was drawn, ISO 8601 (UTC or with an offset). */
  createdAt: z.iso.datetime({ offset: true }),
  /** Optional name the patient gave it ("Monday after work"). */
  label: z
    .string()
    .max(LABEL_CHARS)
    .transform(cleanLabel)
    .refine((label) => label !== undefined, 'must not be empty')
    .optional(),
  marks: z.record(z.string(), drawingMarkSchema),
  paint: drawingPaintSchema.optional(),
})

/** An exported drawing file. */
export const drawingFileSchema = drawingSchema.extend({ format: z.literal(DRAWING_FORMAT) })

/** One painted region of a drawing. */
export type DrawingMark = z.infer<typeof drawingMarkSchema>
/** A pain drawing, as the domain ranks it. */
export type Drawing = z.infer<typeof drawingSchema>
/** Exact per-vertex paint of a drawing. */
export type DrawingPaint = z.infer<typeof drawingPaintSchema>
/** A drawing as exported to a file. */
export type DrawingFile = z.infer<typeof drawingFileSchema>

/**
 * Why a drawing file was refused: damaged (not JSON, unreadable), foreign (not a drawing of this map), newer
 * version, too large (over 1 MB), odd region keys (not shaped like a key), unknown regions (`keys`: the first ones,
 * echoed short and clean), a bad value (`path`: where in the file), or empty (marks nothing).
 */
export type DrawingFileError =
  | { code: 'damaged' | 'foreign' | 'newerVersion' | 'tooLarge' | 'oddRegions' | 'empty' }
  | { code: 'unknownRegions'; keys: string[] }
  | { code: 'badValue'; path: string[] }

/** Result of reading a drawing file: the drawing, or why it was refused. */
export type ParseDrawingResult = { ok: true; drawing: Drawing } | { ok: false; error: DrawingFileError }

/** The drawing as a file's text (format first, marks sorted by key, so equal drawings give equal files). */
export function serializeDrawing(drawing: Drawing): string {
  const marks = Object.fromEntries(
    Object.entries(drawing.marks).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  )
  const file: DrawingFile = {
    format: DRAWING_FORMAT,
    version: DRAWING_VERSION,
    createdAt: drawing.createdAt,
    ...(drawing.label !== undefined ? { label: drawing.label } : {}),
    marks,
    ...(drawing.paint !== undefined ? { paint: drawing.paint } : {}),
  }
  // The run list stays on one line: pretty-printing it one number per line would make the file ten times longer.
  const { paint, ...rest } = file
  const text = JSON.stringify(rest, null, 2)
  if (!paint) return text + '\n'
  const paintText = `  "paint": {\n    "model": ${JSON.stringify(paint.model)},\n    "vertices": ${paint.vertices},\n    "runs": ${JSON.stringify(paint.runs)}\n  }`
  return `${text.slice(0, -2)},\n${paintText}\n}\n`
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const fail = (error: DrawingFileError): ParseDrawingResult => ({ ok: false, error })

/** What a region key can look like (a painted key is an id, maybe with .L or .R): anything else is not echoed. */
const KEY_SHAPE = /^[\w.-]{1,40}$/

/** True when a drawing marks nothing: no area with any coverage and no painted vertex. */
export function isEmptyDrawing(drawing: Pick<Drawing, 'marks' | 'paint'>): boolean {
  const marked = Object.values(drawing.marks).some((m) => m.coverage > 0)
  const painted = drawing.paint?.runs.some((v, k) => k % 2 === 0 && v > 0) ?? false
  return !marked && !painted
}

/** True when two drawings are the same drawing (date, name, marks and paint), as their files would be. */
export const sameDrawing = (a: Drawing, b: Drawing): boolean => serializeDrawing(a) === serializeDrawing(b)

/**
 * True when `drawing` marks and paints what `saved` does and gives it no other name: the same drawing saved
 * again, whatever its date.
 */
export const sameContent = (drawing: Drawing, saved: Drawing): boolean =>
  sameDrawing({ ...drawing, createdAt: saved.createdAt, label: drawing.label ?? saved.label }, saved)

/**
 * Reads a drawing file the person chose: its size is checked before a byte is read (a 50 MB file is refused
 * as it is), then its text is parsed as by `parseDrawingFile`. Never throws.
 */
export async function readDrawingFile(
  file: Pick<Blob, 'size' | 'text'>,
  knownRegionKeys: ReadonlySet<string>,
): Promise<ParseDrawingResult> {
  if (!(file.size <= MAX_DRAWING_BYTES)) return fail({ code: 'tooLarge' })
  let text: unknown
  try {
    text = await file.text()
  } catch {
    text = undefined
  }
  return parseDrawingFile(text, knownRegionKeys)
}

function tooLarge(text: string): boolean {
  if (text.length > MAX_DRAWING_BYTES) return true
  return text.length * 3 > MAX_DRAWING_BYTES && new TextEncoder().encode(text).length > MAX_DRAWING_BYTES
}

/**
 * Reads an exported drawing. Refuses (with an error code, never an exception) damaged JSON, a file that is not
 * a drawing, a drawing from a newer version, region keys this map does not know (named only when they look like
 * region keys), out-of-range values, a drawing that marks nothing and files over 1 MB.
 */
export function parseDrawingFile(text: unknown, knownRegionKeys: ReadonlySet<string>): ParseDrawingResult {
  try {
    if (typeof text !== 'string') return fail({ code: 'damaged' })
    if (tooLarge(text)) return fail({ code: 'tooLarge' })
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return fail({ code: 'damaged' })
    }
    if (!isRecord(json) || json.format !== DRAWING_FORMAT) return fail({ code: 'foreign' })
    if (typeof json.version === 'number' && json.version > DRAWING_VERSION)
      return fail({ code: 'newerVersion' })
    if (isRecord(json.marks) && Object.keys(json.marks).some((k) => !KEY_SHAPE.test(k)))
      return fail({ code: 'oddRegions' })
    if (isRecord(json.marks)) json.marks = withoutRetiredRegions(json.marks)
    const unknownKeys = isRecord(json.marks)
      ? Object.keys(json.marks).filter((k) => !knownRegionKeys.has(k))
      : []
    if (unknownKeys.length > 0)
      return fail({ code: 'unknownRegions', keys: echoAll(unknownKeys, unknownKeys.length) })
    const parsed = drawingFileSchema.safeParse(json)
    if (!parsed.success)
      return fail({ code: 'badValue', path: (parsed.error.issues[0]?.path ?? []).map((p) => String(p)) })
    const { format: _format, ...drawing } = parsed.data
    if (isEmptyDrawing(drawing)) return fail({ code: 'empty' })
    return { ok: true, drawing }
  } catch {
    return fail({ code: 'damaged' })
  }
}

/**
 * Marks keyed by current regions: a mark on a retired region (a drawing made before it was split) goes to each
 * region that replaces it; where two marks meet, the stronger intensity and the larger coverage are kept.
 */
export function withoutRetiredRegions<T>(marks: Readonly<Record<string, T>>): Record<string, T> {
  return replaceRetiredInRecord(marks, (a, b) => {
    if (!isRecord(a) || !isRecord(b)) return a
    const max = (k: string) =>
      typeof a[k] === 'number' && typeof b[k] === 'number' ? Math.max(a[k], b[k]) : a[k]
    return { ...a, intensity: max('intensity'), coverage: max('coverage') } as T
  })
}
