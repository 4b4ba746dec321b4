/**
 * Chairside tools in the header: presentation mode (also Alt+Shift+P), the dry needling explainer, the patient
 * handout, "Save picture" and "Next patient" (reset, with Undo for a few seconds), and who is looking (patient or
 * clinician; a patient gets neither the handout nor the reset). Small on purpose: the dialogs load on first open.
 */
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react'
import { resetForNextPatient, undoReset } from '@/state/intents'
import type { VisitSnapshot } from '@/state/intents'
import { useIsClinician } from '@/state/audience'
import type { Dataset } from '@/data/dataset'
import type { CaptureView } from '@/state/viewCapture'
import { useView, viewNow } from '@/state/store'
import { selectPatternMuscleIds } from '@/state/patterns'
import { strings } from '@/i18n'
import { STAGE_COLOR } from '@/look/palette'
import { AudienceChoice } from '../AudienceChoice'
import { useDataset } from '../DatasetContext'
import { useCaptureView } from '../ViewCaptureContext'
import { keyContent, keyEntries, keyStateOf } from '../keyEntries'
import './chairside.css'

const ChairsideDialogs = lazy(() =>
  import('./ChairsideDialogs').then((m) => ({ default: m.ChairsideDialogs })),
)

/** A tool's label: the long one where there is room, the short one on tablets and phones (chairside.css). */
function ToolLabel({ long, short }: { long: string; short: string }) {
  return (
    <>
      <span className="cs-long">{long}</span>
      <span className="cs-short" aria-hidden="true">
        {short}
      </span>
    </>
  )
}

/** How long "Undo" stays offered after a reset. */
export const UNDO_MS = 8000

/** Saves the view as a PNG, with the muscles shown and the key under it (as the key over the view says). */
async function savePicture(dataset: Dataset, captureView: CaptureView) {
  const { downloadViewPicture, isoDate } = await import('./capture')
  const s = viewNow()
  const key = keyContent(dataset, keyStateOf(s))
  const names = selectPatternMuscleIds(s).map((id) => dataset.musclesById.get(id)?.name ?? id)
  const caption = { title: names.length ? names.join(', ') : strings.appTitle, entries: keyEntries(key) }
  const result = await downloadViewPicture(
    captureView,
    strings.chairside.pictureFileName(isoDate()),
    STAGE_COLOR,
    caption,
  )
  if (result === 'restarting') viewNow().notify(strings.chairside.pictureRestarting)
  if (result === 'failed') viewNow().notify(strings.chairside.pictureFailed)
}

/** Closes open disclosures and pop-overs (e.g. the layers menu) so the next patient starts with a calm screen. */
function closeDisclosures() {
  document.querySelectorAll('details[open]').forEach((d) => d.removeAttribute('open'))
}

function usePresentationShortcut(toggle: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP') {
        e.preventDefault()
        toggle()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [toggle])
}

export function ChairsideBar() {
  const presentation = useView((s) => s.presentation)
  const togglePresentation = useView((s) => s.togglePresentation)
  const dialog = useView((s) => s.chairsideDialog)
  const openDialog = useView((s) => s.openChairsideDialog)
  const closeDialog = useView((s) => s.closeChairsideDialog)
  const [toast, setToast] = useState<{ text: string; snapshot: VisitSnapshot | null } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const t = strings.chairside
  // A patient's screen has no clinician tools: no handout to print, no reset for the next patient.
  const clinician = useIsClinician()
  const dataset = useDataset()
  const captureView = useCaptureView()
  const save = () => void savePicture(dataset, captureView)

  useEffect(() => {
    const root = document.documentElement
    if (presentation) root.dataset.presentation = 'true'
    else delete root.dataset.presentation
  }, [presentation])
  usePresentationShortcut(togglePresentation)
  useEffect(() => () => clearTimeout(timer.current), [])

  const showToast = useCallback((text: string, snapshot: VisitSnapshot | null) => {
    clearTimeout(timer.current)
    setToast({ text, snapshot })
    timer.current = setTimeout(() => setToast(null), snapshot ? UNDO_MS : 3000)
  }, [])

  const reset = () => {
    closeDisclosures()
    showToast(t.cleared, resetForNextPatient())
  }
  const undo = () => {
    if (toast?.snapshot) undoReset(toast.snapshot)
    showToast(t.restored, null)
  }

  return (
    <div className="cs-bar" role="group" aria-label={t.toolsLabel}>
      <button
        type="button"
        className="cs-tool cs-present"
        aria-pressed={presentation}
        aria-keyshortcuts="Alt+Shift+P"
        title={t.presentationHint}
        onClick={togglePresentation}
      >
        <ToolLabel long={t.presentation} short={t.presentationShort} />
      </button>
      <button type="button" className="cs-tool" onClick={() => openDialog('explainer')}>
        <ToolLabel long={t.explainer} short={t.explainerShort} />
      </button>
      {clinician && (
        <button type="button" className="cs-tool" onClick={() => openDialog('handout')}>
          <ToolLabel long={t.handout} short={t.handoutShort} />
        </button>
      )}
      <button type="button" className="cs-tool cs-save-picture" title={t.savePictureHint} onClick={save}>
        {t.savePicture}
      </button>
      {clinician && (
        <button type="button" className="cs-tool cs-reset" title={t.resetHint} onClick={reset}>
          <ToolLabel long={t.resetLong} short={t.reset} />
        </button>
      )}
      <AudienceChoice />
      <div role="status" className="cs-toast-region">
        {toast && (
          <div className="cs-toast">
            <span>{toast.text}</span>
            {toast.snapshot && (
              <button type="button" className="cs-undo" onClick={undo}>
                {t.undo}
              </button>
            )}
          </div>
        )}
      </div>
      {dialog && (
        <Suspense fallback={null}>
          <ChairsideDialogs dialog={dialog} onClose={closeDialog} onSavePicture={save} />
        </Suspense>
      )}
    </div>
  )
}
