/**
 * Drawing tools for "Where does it hurt?": brush (aches, sharp / worst), eraser, brush size, undo and clear.
 * Painting itself happens on the 3D skin (src/scene/PaintLayer); these only set the brush in the store.
 */
import { useView, viewNow } from '@/state/store'
import type { BrushKind, BrushSize } from '@/state/drawingSlice'
import { hasDrawing } from '@/state/drawingSlice'
import { strings } from '@/i18n'
import './drawing.css'

const BRUSHES: BrushKind[] = ['aches', 'sharp', 'erase']
const SIZES: BrushSize[] = ['small', 'large']

export function DrawTools() {
  const t = strings.painDrawing
  const brush = useView((s) => s.brush)
  const size = useView((s) => s.brushSize)
  const canUndo = useView((s) => s.undoStack.length > 0)
  const hasSomething = useView(hasDrawing)
  const { setBrush, setBrushSize, undo, clearPaint } = viewNow()
  return (
    <div className="draw-tools">
      <p className="muted draw-hint">{t.drawHint}</p>
      <div role="group" aria-label={t.brushLabel} className="segmented draw-brushes">
        {BRUSHES.map((b) => (
          <button key={b} type="button" aria-pressed={brush === b} onClick={() => setBrush(b)}>
            <span className={`brush-swatch brush-${b}`} aria-hidden="true" />
            {t[b]}
          </button>
        ))}
      </div>
      <div className="draw-row">
        <div role="group" aria-label={t.sizeLabel} className="segmented">
          {SIZES.map((s) => (
            <button key={s} type="button" aria-pressed={size === s} onClick={() => setBrushSize(s)}>
              {t[s]}
            </button>
          ))}
        </div>
        <button type="button" onClick={undo} disabled={!canUndo}>
          {t.undo}
        </button>
        <button type="button" onClick={clearPaint} disabled={!hasSomething}>
          {t.clear}
        </button>
      </div>
    </div>
  )
}
