/**
 * "Your drawings on this device": save the current drawing (date, optional name, front/back pictures), reopen,
 * save as a file, open a file, delete, compare two side by side, and forget everything. Loaded on first use
 * (IndexedDB code is not part of the first download).
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { Drawing } from '@/data/drawingFile'
import { parseDrawingFile, serializeDrawing } from '@/data/drawingFile'
import type { SavedDrawing } from '@/data/drawingStore'
import { clearWebStorage, drawingStore } from '@/data/drawingStore'
import { knownRegionKeys } from '@/domain/regionKeys'
import { selectCurrentDrawing } from '@/state/drawingSlice'
import { useAppStore } from '@/state/store'
import { strings } from '@/strings'
import { useDataset } from '@/ui/DatasetContext'
import { CompareDrawings, Thumb, drawingName, formatDate } from './CompareDrawings'
import { downloadText, drawingFileName } from './download'
import { useDrawingMarks } from './useCurrentDrawing'
import './drawing.css'

type Message = { kind: 'status' | 'alert'; text: string } | null

const nextFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))

/** Pictures of what is on the body now (none without the 3D view). */
async function capture() {
  const fn = useAppStore.getState().captureViews
  if (!fn) return {}
  try {
    await nextFrames()
    return await fn()
  } catch {
    return {}
  }
}

export default function DrawingShelf() {
  const dataset = useDataset()
  const t = strings.painDrawing
  const marks = useDrawingMarks()
  const empty = Object.keys(marks).length === 0
  const [saved, setSaved] = useState<SavedDrawing[] | null>(null)
  const [label, setLabel] = useState('')
  const [message, setMessage] = useState<Message>(null)
  const [busy, setBusy] = useState(false)
  const [chosen, setChosen] = useState<string[]>([])
  const [comparing, setComparing] = useState<[string, string] | null>(null)
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null)
  const [confirmForget, setConfirmForget] = useState(false)
  const [storageOk, setStorageOk] = useState(true)
  const fileRef = useRef<HTMLInputElement>(null)
  const ids = useId()

  const refresh = useCallback(async () => {
    try {
      setSaved(await drawingStore.list())
      setStorageOk(true)
    } catch {
      setSaved([])
      setStorageOk(false)
    }
  }, [])
  useEffect(() => {
    let live = true
    drawingStore
      .list()
      .then((list) => live && setSaved(list))
      .catch(() => {
        if (!live) return
        setSaved([])
        setStorageOk(false)
      })
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

  const save = () =>
    run(async () => {
      if (empty) return setMessage({ kind: 'alert', text: t.nothingToSave })
      const drawing = selectCurrentDrawing(useAppStore.getState(), { label, marks })
      try {
        const record = await drawingStore.save(drawing, await capture())
        useAppStore.setState({ openedDrawingId: record.id })
        setLabel('')
        setMessage({ kind: 'status', text: t.saved })
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

  const open = (record: SavedDrawing) => {
    const s = useAppStore.getState()
    s.previewMuscle(null)
    const { exact } = s.openDrawing(record.drawing, record.id)
    const name = drawingName(record.drawing)
    const fallback = !exact && record.drawing.paint !== undefined
    setMessage({ kind: 'status', text: fallback ? `${t.opened(name)} ${t.openedFallback}` : t.opened(name) })
  }

  const importFile = (file: File | undefined) =>
    run(async () => {
      if (!file) return
      let text: unknown
      try {
        text = await file.text()
      } catch {
        text = undefined
      }
      const result = parseDrawingFile(text, knownRegionKeys(dataset))
      if (fileRef.current) fileRef.current.value = ''
      if (!result.ok) return setMessage({ kind: 'alert', text: result.message })
      const s = useAppStore.getState()
      s.previewMuscle(null)
      const { exact } = s.openDrawing(result.drawing)
      try {
        const record = await drawingStore.save(result.drawing, await capture())
        useAppStore.setState({ openedDrawingId: record.id })
        const fallback = !exact && result.drawing.paint !== undefined
        setMessage({ kind: 'status', text: fallback ? `${t.imported} ${t.openedFallback}` : t.imported })
      } catch {
        setMessage({ kind: 'alert', text: t.saveFailed })
      }
      await refresh()
    })

  const remove = (id: string) =>
    run(async () => {
      await drawingStore.remove(id).catch(() => undefined)
      setConfirmDelete(null)
      setChosen((c) => c.filter((x) => x !== id))
      if (comparing?.includes(id)) setComparing(null)
      if (useAppStore.getState().openedDrawingId === id) useAppStore.setState({ openedDrawingId: null })
      setMessage({ kind: 'status', text: t.removed })
      await refresh()
    })

  const forget = () =>
    run(async () => {
      let ok = true
      try {
        await drawingStore.clear()
      } catch {
        ok = false
      }
      const s = useAppStore.getState()
      s.previewMuscle(null)
      s.clearDrawing()
      clearWebStorage()
      setConfirmForget(false)
      setChosen([])
      setComparing(null)
      setMessage({ kind: ok ? 'status' : 'alert', text: ok ? t.forgotten : t.forgetFailed })
      await refresh()
    })

  const toggleChosen = (id: string) =>
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c.slice(-1), id]))

  const pair = comparing && saved ? comparing.map((id) => saved.find((r) => r.id === id)) : null

  return (
    <section className="drawing-shelf" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t.shelfHeading}</h3>
      <p className="muted">{t.shelfNote}</p>
      {!storageOk && <p className="muted">{t.storageUnavailable}</p>}

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
