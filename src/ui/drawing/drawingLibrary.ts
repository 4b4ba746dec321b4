/**
 * The drawing library: what the shelf (DrawingShelf.tsx) does with drawings, without React. Save the drawing on the
 * body (with front and back pictures; the same drawing twice is not a second copy), open a saved one or a file
 * (what was on the body stays one step back), export, delete, forget everything; each says what really happened as
 * a message for the shelf to show.
 */
import type { Drawing, DrawingMark } from '@/data/drawingFile'
import { readDrawingFile, sameContent, serializeDrawing } from '@/data/drawingFile'
import type { DrawingThumbnails, KeepAnswer, SavedDrawing, ShelfContents } from '@/data/drawingStore'
import { askToKeepDrawings, clearWebStorage, drawingStore } from '@/data/drawingStore'
import { strings } from '@/i18n'
import { STAGE_COLOR } from '@/look/palette'
import { selectCurrentDrawing } from '@/state/drawingSlice'
import { useAppStore, viewNow } from '@/state/store'
import type { CaptureView } from '@/state/viewCapture'
import { drawingName } from './CompareDrawings'
import { downloadText, drawingFileName } from './download'
import { drawingFileMessage } from './fileMessage'

/** A message; `undoAt` is the undo depth right after a drawing replaced another one (offered back while it holds). */
export type Message = { kind: 'status' | 'alert'; text: string; undoAt?: number }

/** Height of a saved drawing's pictures, in pixels. */
const THUMB_HEIGHT = 400
/** How long a picture of the drawing waits for lost graphics to come back (then the drawing is kept without). */
const RESTORE_WAIT_MS = 5000

const nextFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))

/** Front and back pictures of what is on the body now (none without the 3D view, rather than blank ones). */
async function thumbnails(captureView: CaptureView): Promise<DrawingThumbnails> {
  const s = viewNow()
  if (s.previewMuscleId) s.previewMuscle(null) // the drawing, not a muscle's pattern shown for a moment
  try {
    await nextFrames()
    const taken = await captureView({
      background: STAGE_COLOR, // a JPEG has no transparency
      crop: 'middle',
      views: ['front', 'back'],
      height: THUMB_HEIGHT,
      waitForRestore: RESTORE_WAIT_MS,
    })
    if (!taken.ok) return {}
    const [front, back] = taken.pictures.map((p) => p.toDataURL('image/jpeg', 0.85))
    return { front, back }
  } catch {
    return {}
  }
}

/** Puts a drawing on the body; what was there stays one step back (offered with "Bring back"). */
function putOnBody(drawing: Drawing, id: string | null, said: string): Message {
  const t = strings.painDrawing
  const s = viewNow()
  s.previewMuscle(null)
  const { exact, kept } = s.openDrawing(drawing, id)
  const fallback = !exact && drawing.paint !== undefined
  const text = [said, fallback && t.openedFallback, kept && t.keptForUndo].filter(Boolean).join(' ')
  return { kind: 'status', text, undoAt: kept ? viewNow().undoStack.length : undefined }
}

/** The library for one shelf (it remembers whether the browser was asked to keep drawings yet). */
export function createDrawingLibrary(store = drawingStore) {
  const t = strings.painDrawing
  let askedToKeep = false

  /** The first save asks the browser to keep saved drawings; its answer is said once, after what was saved. */
  const keepNote = async () => {
    if (askedToKeep) return ''
    askedToKeep = true
    const answer: Record<KeepAnswer, string> = {
      kept: t.keepKept,
      mayClear: t.keepMayClear,
      unknown: t.keepUnknown,
    }
    return ` ${answer[await askToKeepDrawings()]}`
  }

  /** Saves a drawing with pictures of the body; it is then the open one. */
  const keep = async (drawing: Drawing, captureView: CaptureView) => {
    const record = await store.save(drawing, await thumbnails(captureView))
    useAppStore.setState({ openedDrawingId: record.id })
  }

  return {
    /** What is saved, as the shelf shows it; never throws. */
    read: (): Promise<ShelfContents> => store.read(),

    /**
     * Saves the drawing on the body, named `label`. One already saved with the same marks and paint (and no other
     * name) is not saved again: the message says so, and that one is the open drawing.
     */
    async save(
      label: string,
      marks: Record<string, DrawingMark>,
      captureView: CaptureView,
    ): Promise<Message> {
      if (Object.keys(marks).length === 0) return { kind: 'alert', text: t.nothingToSave }
      const drawing = selectCurrentDrawing(viewNow(), { label, marks })
      const saved = await store.list().catch((): SavedDrawing[] => [])
      const same = saved.find((r) => sameContent(drawing, r.drawing))
      if (same) {
        useAppStore.setState({ openedDrawingId: same.id })
        return { kind: 'status', text: t.alreadySaved(drawingName(same.drawing)) }
      }
      try {
        await keep(drawing, captureView)
        return { kind: 'status', text: t.saved + (await keepNote()) }
      } catch {
        return { kind: 'alert', text: t.saveFailed }
      }
    },

    /** The drawing on the body as a file (nothing to save: says so). */
    exportCurrent(label: string, marks: Record<string, DrawingMark>): Message | null {
      if (Object.keys(marks).length === 0) return { kind: 'alert', text: t.nothingToSave }
      const drawing = selectCurrentDrawing(viewNow(), { label, marks })
      downloadText(serializeDrawing(drawing), drawingFileName(drawing.createdAt, drawing.label))
      return null
    },

    exportSaved: (d: Drawing) => downloadText(serializeDrawing(d), drawingFileName(d.createdAt, d.label)),

    open: (record: SavedDrawing): Message =>
      putOnBody(record.drawing, record.id, t.opened(drawingName(record.drawing))),

    bringBack(): Message {
      viewNow().undo()
      return { kind: 'status', text: t.broughtBack }
    },

    /** Opens a drawing file onto the body and saves it; the same drawing imported again is the saved one reopened. */
    async importFile(file: File, knownKeys: ReadonlySet<string>, captureView: CaptureView): Promise<Message> {
      const result = await readDrawingFile(file, knownKeys)
      if (!result.ok) return { kind: 'alert', text: drawingFileMessage(result.error) }
      const same = await store.findSame(result.drawing).catch(() => null)
      if (same) return putOnBody(same.drawing, same.id, t.alreadySaved(drawingName(same.drawing)))
      const opened = putOnBody(result.drawing, null, t.imported)
      try {
        await keep(result.drawing, captureView)
        return { ...opened, text: opened.text + (await keepNote()) }
      } catch {
        return { kind: 'alert', text: t.saveFailed, undoAt: opened.undoAt }
      }
    },

    /** Deletes a saved drawing; `removed` is false when the browser refused (the message says so). */
    async remove(id: string): Promise<{ removed: boolean; message: Message }> {
      try {
        await store.remove(id)
      } catch {
        return { removed: false, message: { kind: 'alert', text: t.removeFailed } }
      }
      if (viewNow().openedDrawingId === id) useAppStore.setState({ openedDrawingId: null })
      return { removed: true, message: { kind: 'status', text: t.removed } }
    },

    /**
     * Forgets everything on this device: saved drawings, the drawing on the body and web storage. Said as it is
     * found afterwards: done only when the database went and nothing is left to read.
     */
    async forget(): Promise<{ left: ShelfContents; message: Message }> {
      const cleared = await store.clear().then(
        () => true,
        () => false,
      )
      const s = viewNow()
      s.previewMuscle(null)
      s.clearDrawing()
      clearWebStorage()
      const left = await store.read()
      const none =
        left.kind === 'ok' ? left.drawings.length + left.unreadable === 0 : left.kind === 'unavailable'
      const ok = cleared && none
      return { left, message: { kind: ok ? 'status' : 'alert', text: ok ? t.forgotten : t.forgetFailed } }
    },
  }
}

export type DrawingLibrary = ReturnType<typeof createDrawingLibrary>
