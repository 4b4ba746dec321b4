/**
 * The patient's pain drawing: per-vertex paint on the skin (0 none, 1 aches, 2 sharp / worst), the brush, undo,
 * and a drawing opened from the device. Private: none of this goes into the URL. The per-vertex paint is a plain
 * typed array replaced (never mutated) on each finished stroke, so subscribers compare it by reference; the
 * scene paints a working copy during a stroke and commits it at the end.
 */
import type { StateCreator } from 'zustand'
import type { Drawing, DrawingMark } from '@/data/drawingFile'
import { cleanLabel, DRAWING_VERSION } from '@/data/drawingFormat'
import { encodeRuns, hasPaint, paintToMarks, restoreDrawing, withTickedAreas } from '@/domain/paintMarks'
import type { AppState, BrushKind, BrushSize, DrawingState, DrawingActions, UndoEntry } from './types'

export type { BrushKind, BrushSize, DrawingState, DrawingActions } from './types'

/** Paint value the brush puts down. */
export const BRUSH_VALUE: Record<BrushKind, 0 | 1 | 2> = { aches: 1, sharp: 2, erase: 0 }
/** Brush radius on the skin, in metres. */
export const BRUSH_RADIUS: Record<BrushSize, number> = { small: 0.022, large: 0.055 }
/** Undo steps kept. */
export const UNDO_LIMIT = 20

const snapshot = (s: AppState): UndoEntry => ({
  paint: s.paint,
  painRegionKeys: s.painRegionKeys,
  pendingDrawing: s.pendingDrawing,
  openedDrawingId: s.openedDrawingId,
})
const pushUndo = (s: AppState) => [...s.undoStack, snapshot(s)].slice(-UNDO_LIMIT)

export const createDrawingSlice: StateCreator<AppState, [], [], DrawingState & DrawingActions> = (
  set,
  get,
) => ({
  drawMode: false,
  brush: 'aches',
  brushSize: 'small',
  skinLayout: null,
  paint: null,
  undoStack: [],
  pendingDrawing: null,
  openedDrawingId: null,
  setDrawMode: (drawMode) => set({ drawMode }),
  setBrush: (brush) => set({ brush }),
  setBrushSize: (brushSize) => set({ brushSize }),
  registerSkin: (skinLayout) => {
    const pending = get().pendingDrawing
    if (skinLayout && pending) {
      const { paint } = restoreDrawing(pending, skinLayout)
      set({ skinLayout, paint: hasPaint(paint) ? paint : null, pendingDrawing: null })
    } else set({ skinLayout })
  },
  commitPaint: (paint) =>
    set((s) => ({ undoStack: pushUndo(s), paint: hasPaint(paint) ? paint : null, pendingDrawing: null })),
  undo: () =>
    set((s) => {
      const last = s.undoStack[s.undoStack.length - 1]
      if (!last) return {}
      // A drawing that was waiting for the skin is painted now if the skin has arrived since.
      const restored =
        last.pendingDrawing && s.skinLayout ? restoreDrawing(last.pendingDrawing, s.skinLayout) : null
      return {
        ...last,
        ...(restored
          ? { paint: hasPaint(restored.paint) ? restored.paint : null, pendingDrawing: null }
          : {}),
        undoStack: s.undoStack.slice(0, -1),
      }
    }),
  clearPaint: () =>
    set((s) =>
      hasDrawing(s)
        ? {
            undoStack: pushUndo(s),
            paint: null,
            painRegionKeys: [],
            pendingDrawing: null,
            openedDrawingId: null,
          }
        : {},
    ),
  clearDrawing: () =>
    set({
      paint: null,
      painRegionKeys: [],
      undoStack: [],
      pendingDrawing: null,
      openedDrawingId: null,
      drawMode: false,
      brush: 'aches',
      brushSize: 'small',
    }),
  openDrawing: (drawing, id = null) => {
    const s = get()
    const kept = hasDrawing(s)
    const base = { undoStack: kept ? pushUndo(s) : s.undoStack, painRegionKeys: [], openedDrawingId: id }
    if (!s.skinLayout) {
      set({ ...base, paint: null, pendingDrawing: drawing })
      return { exact: false, kept }
    }
    const { paint, exact } = restoreDrawing(drawing, s.skinLayout)
    set({ ...base, paint: hasPaint(paint) ? paint : null, pendingDrawing: null })
    return { exact, kept }
  },
})

/** Something is on the body: paint, ticked areas or a drawing waiting for the skin. */
export const hasDrawing = (s: Pick<AppState, 'paint' | 'painRegionKeys' | 'pendingDrawing'>): boolean =>
  s.paint !== null || s.painRegionKeys.length > 0 || s.pendingDrawing !== null

type DrawingSource = Pick<AppState, 'skinLayout' | 'paint' | 'pendingDrawing' | 'painRegionKeys'>

/** The marks of the current drawing: painted regions plus areas ticked from the list (full "aches"). */
export function selectDrawingMarks(s: DrawingSource): Record<string, DrawingMark> {
  const base = s.skinLayout && s.paint ? paintToMarks(s.paint, s.skinLayout) : (s.pendingDrawing?.marks ?? {})
  return withTickedAreas(base, s.painRegionKeys)
}

/** The current drawing as a Drawing to rank, save or export (with its exact paint when there is one). */
export function selectCurrentDrawing(
  s: DrawingSource,
  options: { createdAt?: string; label?: string; marks?: Record<string, DrawingMark> } = {},
): Drawing {
  const label = cleanLabel(options.label ?? '')
  const marks = options.marks ?? selectDrawingMarks(s)
  const paint =
    s.skinLayout && s.paint
      ? { model: s.skinLayout.fingerprint, vertices: s.paint.length, runs: encodeRuns(s.paint) }
      : (s.pendingDrawing?.paint ?? undefined)
  return {
    version: DRAWING_VERSION,
    createdAt: options.createdAt ?? new Date().toISOString(),
    ...(label ? { label } : {}),
    marks,
    ...(paint ? { paint } : {}),
  }
}
