import { beforeEach, describe, expect, it } from 'vitest'
import type { SkinLayout } from '@/domain/paintMarks'
import { encodeRuns } from '@/domain/paintMarks'
import { skinFingerprint } from '@/model/bodyIndex'
import { selectCurrentDrawing, selectDrawingMarks, UNDO_LIMIT } from '@/state/drawingSlice'
import { useAppStore } from '@/state/store'
import { selectView } from '@/state/presented'

const regionNames = ['temple.L', 'coccyx']
const vertexRegion = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]
const skin: SkinLayout = { vertexRegion, regionNames, fingerprint: skinFingerprint(vertexRegion, []) }
const s = () => useAppStore.getState()
const paint = (values: number[]) => Uint8Array.from(values)
const templeSharp = paint([2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true))

describe('drawing slice', () => {
  it('a committed stroke becomes marks; undo steps back; ticks add full aches marks', () => {
    s().registerSkin(skin)
    s().commitPaint(templeSharp)
    s().togglePainRegion('coccyx')
    expect(selectDrawingMarks(s())).toEqual({
      'temple.L': { intensity: 2, coverage: 0.5 },
      coccyx: { intensity: 1, coverage: 1 },
    })
    s().commitPaint(paint(Array(16).fill(0)))
    expect(s().paint).toBeNull()
    s().undo()
    expect(s().paint).toBe(templeSharp)
    s().undo()
    expect(s().paint).toBeNull()
    s().undo() // nothing left to undo: no change
    expect(s().paint).toBeNull()
  })

  it('clear can be undone; clearDrawing forgets everything including undo', () => {
    s().registerSkin(skin)
    s().setDrawMode(true)
    s().setBrush('sharp')
    s().commitPaint(templeSharp)
    s().togglePainRegion('coccyx')
    s().clearPaint()
    expect(selectDrawingMarks(s())).toEqual({})
    s().undo()
    expect(s().painRegionKeys).toEqual(['coccyx'])
    expect(s().paint).toBe(templeSharp)
    s().clearDrawing()
    expect(s().paint).toBeNull()
    expect(s().painRegionKeys).toEqual([])
    expect(s().undoStack).toEqual([])
    expect(s().drawMode).toBe(false)
    expect(s().brush).toBe('aches')
  })

  it('keeps at most UNDO_LIMIT undo steps', () => {
    s().registerSkin(skin)
    for (let i = 0; i < UNDO_LIMIT + 5; i++) s().commitPaint(templeSharp.slice())
    expect(s().undoStack).toHaveLength(UNDO_LIMIT)
  })

  it('the current drawing carries its exact paint and reopens exactly', () => {
    s().registerSkin(skin)
    s().commitPaint(templeSharp)
    const d = selectCurrentDrawing(s(), { createdAt: '2026-11-22T08:00:00.000Z', label: '  Monday  ' })
    expect(d).toEqual({
      version: 1,
      createdAt: '2026-11-22T08:00:00.000Z',
      label: 'Monday',
      marks: { 'temple.L': { intensity: 2, coverage: 0.5 } },
      paint: { model: skin.fingerprint, vertices: 16, runs: encodeRuns(templeSharp) },
    })
    s().clearDrawing()
    expect(s().openDrawing(d, 'saved-1')).toEqual({ exact: true, kept: false })
    expect(s().paint).toEqual(templeSharp)
    expect(s().openedDrawingId).toBe('saved-1')
  })

  it('a drawing opened before the 3D skin exists counts by its marks, then is painted when the skin arrives', () => {
    const d = {
      version: 1 as const,
      createdAt: '2026-11-22T08:00:00.000Z',
      marks: { coccyx: { intensity: 2 as const, coverage: 0.25 } },
    }
    expect(s().openDrawing(d)).toEqual({ exact: false, kept: false })
    expect(selectDrawingMarks(s())).toEqual(d.marks)
    s().registerSkin(skin)
    expect(s().pendingDrawing).toBeNull()
    expect([...s().paint!]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2])
  })

  it('the drawing never goes into the shareable view (the URL)', () => {
    s().registerSkin(skin)
    s().commitPaint(templeSharp)
    expect(JSON.stringify(selectView(s()))).not.toContain('temple')
  })

  it('opening a drawing over an unsaved one keeps it one Undo away, with the earlier undo steps', () => {
    s().registerSkin(skin)
    s().commitPaint(paint([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))
    s().commitPaint(templeSharp)
    s().togglePainRegion('coccyx')
    const before = { paint: s().paint, ticks: s().painRegionKeys, depth: s().undoStack.length }
    const opened = {
      version: 1 as const,
      createdAt: '2026-11-22T08:00:00.000Z',
      marks: { coccyx: { intensity: 1 as const, coverage: 1 } },
    }
    expect(s().openDrawing(opened, 'saved-2')).toEqual({ exact: false, kept: true })
    expect(selectDrawingMarks(s())).toEqual({ coccyx: { intensity: 1, coverage: 1 } })
    expect(s().undoStack).toHaveLength(before.depth + 1)
    s().undo()
    expect(s().paint).toBe(before.paint)
    expect(s().painRegionKeys).toEqual(before.ticks)
    expect(s().openedDrawingId).toBeNull()
    s().undo() // the stroke before it is still there to undo
    expect([...s().paint!]).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
  })

  it('a drawing waiting for the skin comes back by Undo, painted once the skin is there', () => {
    const waiting = {
      version: 1 as const,
      createdAt: '2026-11-22T08:00:00.000Z',
      marks: { coccyx: { intensity: 2 as const, coverage: 1 } },
    }
    s().openDrawing(waiting)
    expect(s().openDrawing({ ...waiting, marks: { 'temple.L': { intensity: 1, coverage: 1 } } }).kept).toBe(
      true,
    )
    s().registerSkin(skin)
    s().undo()
    expect(s().pendingDrawing).toBeNull()
    expect([...s().paint!]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2])
  })
})
