/** The current drawing's marks (paint + ticked areas), recomputed only when the paint or the ticks change. */
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { DrawingMark } from '@/data/drawingFile'
import { selectDrawingMarks } from '@/state/drawingSlice'
import { useView } from '@/state/store'

export function useDrawingMarks(): Record<string, DrawingMark> {
  const source = useView(
    useShallow((s) => ({
      skinLayout: s.skinLayout,
      paint: s.paint,
      pendingDrawing: s.pendingDrawing,
      painRegionKeys: s.painRegionKeys,
    })),
  )
  return useMemo(() => selectDrawingMarks(source), [source])
}
