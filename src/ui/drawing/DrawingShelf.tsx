/**
 * "Your drawings on this device", the view: save the current drawing (date, optional name, front/back pictures),
 * reopen, save as a file, open a file, delete, compare two side by side, and forget everything; what each does is
 * drawingLibrary.ts. Loaded on first use (IndexedDB code is not part of the first download).
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { ShelfContents } from '@/data/drawingStore'
import { knownRegionKeys } from '@/data/regionKeys'
import { useView } from '@/state/store'
import { strings } from '@/i18n'
import { useDataset } from '@/ui/DatasetContext'
import { useCaptureView } from '@/ui/ViewCaptureContext'
import { CompareDrawings, Thumb, drawingName, formatDate } from './CompareDrawings'
import type { Message } from './drawingLibrary'
import { createDrawingLibrary } from './drawingLibrary'
import { useDrawingMarks } from './useCurrentDrawing'
import './drawing.css'

export default function DrawingShelf() {
  const dataset = useDataset()
  const t = strings.painDrawing
  const marks = useDrawingMarks()
  const empty = Object.keys(marks).length === 0
  const [library] = useState(createDrawingLibrary)
  const [contents, setContents] = useState<ShelfContents | null>(null)
  const saved = contents === null ? null : contents.kind === 'ok' ? contents.drawings : []
  const storageOk = contents === null || contents.kind === 'ok'
  const [label, setLabel] = useState('')
  const [message, setMessage] = useState<Message | null>(null)
  const [busy, setBusy] = useState(false)
  const [chosen, setChosen] = useState<string[]>([])
  const [comparing, setComparing] = useState<[string, string] | null>(null)
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null)
  const [confirmForget, setConfirmForget] = useState(false)
  const undoDepth = useView((s) => s.undoStack.length)
  const fileRef = useRef<HTMLInputElement>(null)
  const ids = useId()
  const captureView = useCaptureView()

  const refresh = useCallback(async () => setContents(await library.read()), [library])
  useEffect(() => {
    let live = true
    void library.read().then((c) => live && setContents(c))
    return () => {
      live = false
    }
  }, [library])

  /** Runs a library task with the buttons held, shows its message and the list as it is now. */
  const run = async (task: () => Promise<Message | null>) => {
    setBusy(true)
    try {
      const said = await task()
      if (said) setMessage(said)
      await refresh()
    } finally {
      setBusy(false)
    }
  }

  const save = () =>
    run(async () => {
      const said = await library.save(label, marks, captureView)
      if (said.kind === 'status') setLabel('')
      return said
    })

  const exportCurrent = () => {
    const said = library.exportCurrent(label, marks)
    if (said) setMessage(said)
  }

  const importFile = (file: File | undefined) =>
    run(async () => {
      if (!file) return null
      const said = await library.importFile(file, knownRegionKeys(dataset), captureView)
      if (fileRef.current) fileRef.current.value = ''
      return said
    })

  const remove = (id: string) =>
    run(async () => {
      setConfirmDelete(null)
      const { removed, message } = await library.remove(id)
      if (removed) {
        setChosen((c) => c.filter((x) => x !== id))
        if (comparing?.includes(id)) setComparing(null)
      }
      return message
    })

  const forget = async () => {
    setBusy(true)
    const { left, message } = await library.forget()
    setContents(left)
    setConfirmForget(false)
    setChosen([])
    setComparing(null)
    setMessage(message)
    setBusy(false)
  }

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
          <button type="button" onClick={() => setMessage(library.bringBack())}>
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
                        <button
                          type="button"
                          aria-label={t.openLabel(name)}
                          onClick={() => setMessage(library.open(record))}
                        >
                          {t.open}
                        </button>
                        <button
                          type="button"
                          aria-label={t.exportLabel(name)}
                          onClick={() => library.exportSaved(record.drawing)}
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
