/**
 * "Your drawings on this device": save the current drawing (date, optional name, front/back pictures), reopen,
 * save as a file, open a file, delete, compare two side by side, and forget everything. Loaded on first use
 * (IndexedDB code is not part of the first download).
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { Drawing } from '@/data/drawingFile'
import { readDrawingFile, serializeDrawing } from '@/data/drawingFile'
import type { DrawingThumbnails, KeepAnswer, SavedDrawing, ShelfContents } from '@/data/drawingStore'
import { askToKeepDrawings, clearWebStorage, drawingStore } from '@/data/drawingStore'
import { knownRegionKeys } from '@/data/regionKeys'
import { selectCurrentDrawing } from '@/state/drawingSlice'
import { useAppStore } from '@/state/store'
import type { CaptureView } from '@/state/viewCapture'
import { STAGE_COLOR } from '@/look/palette'
import { strings } from '@/i18n'
import { useDataset } from '@/ui/DatasetContext'
import { useCaptureView } from '@/ui/ViewCaptureContext'
import { CompareDrawings, Thumb, drawingName, formatDate } from './CompareDrawings'
import { downloadText, drawingFileName } from './download'
import { drawingFileMessage } from './fileMessage'
import { useDrawingMarks } from './useCurrentDrawing'
import './drawing.css'

/** A message; `undoAt` is the undo depth right after a drawing replaced another one (offered back while it holds). */
type Message = { kind: 'status' | 'alert'; text: string; undoAt?: number } | null

const nextFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))

/** Height of a saved drawing's pictures, in pixels. */
const THUMB_HEIGHT = 400
/** How long a picture of the drawing waits for lost graphics to come back (then the drawing is kept without). */
const RESTORE_WAIT_MS = 5000

/** Front and back pictures of what is on the body now (none without the 3D view, rather than blank ones). */
async function thumbnails(captureView: CaptureView): Promise<DrawingThumbnails> {
  const s = useAppStore.getState()
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

export default function DrawingShelf() {
  const dataset = useDataset()
  const t = strings.painDrawing
  const marks = useDrawingMarks()
  const empty = Object.keys(marks).length === 0
  const [contents, setContents] = useState<ShelfContents | null>(null)
  const saved = contents === null ? null : contents.kind === 'ok' ? contents.drawings : []
  const storageOk = contents === null || contents.kind === 'ok'
  const [label, setLabel] = useState('')
  const [message, setMessage] = useState<Message>(null)
  const [busy, setBusy] = useState(false)
  const [chosen, setChosen] = useState<string[]>([])
  const [comparing, setComparing] = useState<[string, string] | null>(null)
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null)
  const [confirmForget, setConfirmForget] = useState(false)
  const undoDepth = useAppStore((s) => s.undoStack.length)
  const fileRef = useRef<HTMLInputElement>(null)
  /** Whether the browser was asked to keep saved drawings yet (on the first save). */
  const askedToKeep = useRef(false)
  const ids = useId()
  const captureView = useCaptureView()

  const refresh = useCallback(async () => setContents(await drawingStore.read()), [])
  useEffect(() => {
    let live = true
    void drawingStore.read().then((c) => live && setContents(c))
    return () => {
      live = false
    }
  }, [])

  const run = async (task: () => Promise<void>) => {
    setBusy(true)
    try {
      await task()
    } finally {
      setBusy(false)
    }
  }

  /** The first save asks the browser to keep saved drawings; its answer is said once, after what was saved. */
  const keepNote = async () => {
    if (askedToKeep.current) return ''
    askedToKeep.current = true
    const answer: Record<KeepAnswer, string> = {
      kept: t.keepKept,
      mayClear: t.keepMayClear,
      unknown: t.keepUnknown,
    }
    return ` ${answer[await askToKeepDrawings()]}`
  }

  const save = () =>
    run(async () => {
      if (empty) return setMessage({ kind: 'alert', text: t.nothingToSave })
      const drawing = selectCurrentDrawing(useAppStore.getState(), { label, marks })
      try {
        const record = await drawingStore.save(drawing, await thumbnails(captureView))
        useAppStore.setState({ openedDrawingId: record.id })
        setLabel('')
        setMessage({ kind: 'status', text: t.saved + (await keepNote()) })
      } catch {
        setMessage({ kind: 'alert', text: t.saveFailed })
      }
      await refresh()
    })

  const exportCurrent = () => {
    if (empty) return setMessage({ kind: 'alert', text: t.nothingToSave })
    const drawing = selectCurrentDrawing(useAppStore.getState(), { label, marks })
    downloadText(serializeDrawing(drawing), drawingFileName(drawing.createdAt, drawing.label))
  }

  const exportSaved = (d: Drawing) => downloadText(serializeDrawing(d), drawingFileName(d.createdAt, d.label))

  /** Puts a drawing on the body; what was there stays one step back (offered with "Bring back"). */
  const putOnBody = (drawing: Drawing, id: string | null, said: string) => {
    const s = useAppStore.getState()
    s.previewMuscle(null)
    const { exact, kept } = s.openDrawing(drawing, id)
    const fallback = !exact && drawing.paint !== undefined
    const text = [said, fallback && t.openedFallback, kept && t.keptForUndo].filter(Boolean).join(' ')
    return { text, undoAt: kept ? useAppStore.getState().undoStack.length : undefined }
  }

  const open = (record: SavedDrawing) =>
    setMessage({
      kind: 'status',
      ...putOnBody(record.drawing, record.id, t.opened(drawingName(record.drawing))),
    })

  const bringBack = () => {
    useAppStore.getState().undo()
    setMessage({ kind: 'status', text: t.broughtBack })
  }

  const importFile = (file: File | undefined) =>
    run(async () => {
      if (!file) return
      const result = await readDrawingFile(file, knownRegionKeys(dataset))
      if (fileRef.current) fileRef.current.value = ''
      if (!result.ok) return setMessage({ kind: 'alert', text: drawingFileMessage(result.error) })
      // The same drawing imported again is the saved one reopened, not a new copy.
      const same = await drawingStore.findSame(result.drawing).catch(() => null)
      if (same) {
        return setMessage({
          kind: 'status',
          ...putOnBody(same.drawing, same.id, t.alreadySaved(drawingName(same.drawing))),
        })
      }
      const opened = putOnBody(result.drawing, null, t.imported)
      try {
        const record = await drawingStore.save(result.drawing, await thumbnails(captureView))
        useAppStore.setState({ openedDrawingId: record.id })
        setMessage({ kind: 'status', ...opened, text: opened.text + (await keepNote()) })
      } catch {
        setMessage({ kind: 'alert', text: t.saveFailed, undoAt: opened.undoAt })
      }
      await refresh()
    })

  const remove = (id: string) =>
    run(async () => {
      setConfirmDelete(null)
      try {
        await drawingStore.remove(id)
      } catch {
        setMessage({ kind: 'alert', text: t.removeFailed })
        return await refresh()
      }
      setChosen((c) => c.filter((x) => x !== id))
      if (comparing?.includes(id)) setComparing(null)
      if (useAppStore.getState().openedDrawingId === id) useAppStore.setState({ openedDrawingId: null })
      setMessage({ kind: 'status', text: t.removed })
      await refresh()
    })

  const forget = () =>
    run(async () => {
      const cleared = await drawingStore.clear().then(
        () => true,
        () => false,
      )
      const s = useAppStore.getState()
      s.previewMuscle(null)
      s.clearDrawing()
      clearWebStorage()
      setConfirmForget(false)
      setChosen([])
      setComparing(null)
      // Said as it is found afterwards: done only when the database went and nothing is left to read.
      const left = await drawingStore.read()
      setContents(left)
      const none =
        left.kind === 'ok' ? left.drawings.length + left.unreadable === 0 : left.kind === 'unavailable'
      const ok = cleared && none
      setMessage({ kind: ok ? 'status' : 'alert', text: ok ? t.forgotten : t.forgetFailed })
    })

  const toggleChosen = (id: string) =>
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c.slice(-1), id]))

  const pair = comparing && saved ? comparing.map((id) => saved.find((r) => r.id === id)) : null

  return (
    <section className="drawing-shelf" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t.shelfHeading}</h3>
      <p className="muted">{t.shelfNote}</p>
      {contents?.kind === 'unavailable' && <p className="muted">{t.storageUnavailable}</p>}
      {contents?.kind === 'newer' && <p className="drawing-note">{t.newerDatabase(contents.count)}</p>}
      {contents?.kind === 'ok' && contents.unreadable > 0 && (
        <p className="drawing-note">{t.unreadable(contents.unreadable)}</p>
      )}

      <form
        className="drawing-save"
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <label className="field">
          <span>{t.labelField}</span>
          <input
            type="text"
            value={label}
            maxLength={200}
            placeholder={t.labelPlaceholder}
            onChange={(e) => setLabel(e.target.value)}
          />
        </label>
        <div className="draw-row">
          <button type="submit" disabled={busy || empty || !storageOk}>
            {t.save}
          </button>
          <button type="button" onClick={exportCurrent} disabled={empty} aria-describedby="export-hint">
            {t.exportCurrent}
          </button>
        </div>
        <p id="export-hint" className="muted">
          {t.exportHint}
        </p>
      </form>

      <div className="drawing-import">
        <label className="file-button">
          <span>{t.importLabel}</span>
          <input
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
        </label>
      </div>

      <div className="drawing-messages">
        {message?.kind === 'alert' && (
          <p role="alert" className="drawing-alert">
            {message.text}
          </p>
        )}
        <p role="status" className="drawing-status">
          {message?.kind === 'status' ? message.text : ''}
        </p>
        {message?.undoAt !== undefined && message.undoAt === undoDepth && (
          <button type="button" onClick={bringBack}>
            {t.bringBack}
          </button>
        )}
      </div>

      {saved === null ? (
        <p className="muted">{t.loading}</p>
      ) : saved.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <>
          <h4 id={`${ids}-list`}>{t.savedList}</h4>
          {saved.length > 1 && <p className="muted">{t.compareHint}</p>}
          <ul className="saved-drawings" aria-labelledby={`${ids}-list`}>
            {saved.map((record) => {
              const name = drawingName(record.drawing)
              const n = Object.keys(record.drawing.marks).length
              return (
                <li key={record.id} className="saved-drawing">
                  <div className="saved-thumbs">
                    <Thumb saved={record} view="front" />
                    <Thumb saved={record} view="back" />
                  </div>
                  <div className="saved-body">
                    <p className="saved-title">{name}</p>
                    <p className="muted">
                      {record.drawing.label ? `${formatDate(record.drawing.createdAt)} · ` : ''}
                      {t.areas(n)}
                    </p>
                    {confirmDelete === record.id ? (
                      <div className="draw-row" role="group" aria-label={t.removeConfirm(name)}>
                        <span>{t.removeConfirm(name)}</span>
                        <button type="button" className="danger" onClick={() => void remove(record.id)}>
                          {t.removeYes}
                        </button>
                        <button type="button" onClick={() => setConfirmDelete(null)}>
                          {t.cancel}
                        </button>
                      </div>
                    ) : (
                      <div className="draw-row">
                        <button type="button" aria-label={t.openLabel(name)} onClick={() => open(record)}>
                          {t.open}
                        </button>
                        <button
                          type="button"
                          aria-label={t.exportLabel(name)}
                          onClick={() => exportSaved(record.drawing)}
                        >
                          {t.exportFile}
                        </button>
                        <button
                          type="button"
                          aria-label={t.removeLabel(name)}
                          onClick={() => setConfirmDelete(record.id)}
                        >
                          {t.remove}
                        </button>
                        {saved.length > 1 && (
                          <label className="compare-check">
                            <input
                              type="checkbox"
                              checked={chosen.includes(record.id)}
                              onChange={() => toggleChosen(record.id)}
                              aria-label={t.compareChoose(name)}
                            />
                            <span aria-hidden="true">{t.compareTick}</span>
                          </label>
                        )}
                      </div>
                    )}
                  </div>
                </li>
              )
            })}
          </ul>
          {saved.length > 1 && (
            <button
              type="button"
              disabled={chosen.length !== 2}
              onClick={() => setComparing([chosen[0]!, chosen[1]!])}
            >
              {t.compare}
            </button>
          )}
        </>
      )}

      {pair?.[0] && pair[1] && <CompareDrawings a={pair[0]} b={pair[1]} onClose={() => setComparing(null)} />}

      <div className="drawing-forget">
        {confirmForget ? (
          <div role="group" aria-label={t.forget}>
            <p>{t.forgetConfirm}</p>
            <div className="draw-row">
              <button type="button" className="danger" disabled={busy} onClick={() => void forget()}>
                {t.forgetYes}
              </button>
              <button type="button" onClick={() => setConfirmForget(false)}>
                {t.cancel}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirmForget(true)}>
            {t.forget}
          </button>
        )}
      </div>
    </section>
  )
}
