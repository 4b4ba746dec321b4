/**
 * The patient handout dialog: takes a picture of the 3D view and the link of the current view when it opens,
 * makes the QR code on the device, and offers Print (browser print → PDF; the print stylesheet leaves only the
 * handout) and Save picture.
 */
import { useEffect, useState } from 'react'
import { encodeView } from '@/state/url'
import { useView, viewNow } from '@/state/store'
import { selectView } from '@/state/presented'
import { strings } from '@/i18n'
import { useDataset } from '../DatasetContext'
import { useCaptureView } from '../ViewCaptureContext'
import { Dialog } from './Dialog'
import { HandoutContent } from './HandoutContent'
import type { HandoutDetails } from './handoutDetails'
import { initialDetails, rememberDetails } from './handoutDetails'
import { qrCodeDataUrl } from './qr'
import './handout.css'

/** The full link of the current view (the shareable hash from the store, not whatever the address bar holds). */
export function currentViewLink(
  loc: Pick<Location, 'origin' | 'pathname' | 'search'> = window.location,
  withPain = false,
): string {
  const hash = encodeView(selectView(viewNow()), { withPain })
  return `${loc.origin}${loc.pathname}${loc.search}${hash}`
}

/** Light background under the printed picture (the 3D canvas is transparent around the body). */
const PRINT_BACKGROUND = '#e8eef2'

/** The picture of the view for the handout, cropped to the body (null until it is taken). */
function useViewPicture(): { url: string | null; restarting: boolean } | null {
  const captureView = useCaptureView()
  const [picture, setPicture] = useState<{ url: string | null; restarting: boolean } | null>(null)
  useEffect(() => {
    let live = true
    void captureView({ background: PRINT_BACKGROUND, crop: 'body' }).then((taken) => {
      if (!live) return
      let url: string | null = null
      try {
        url = taken.ok ? taken.pictures[0]!.toDataURL('image/png') : null
      } catch {
        // the browser refused to encode it: the handout says it has no picture
      }
      setPicture({ url, restarting: !taken.ok && taken.reason === 'restarting' })
    })
    return () => {
      live = false
    }
  }, [captureView])
  return picture
}

export function Handout({ onClose, onSavePicture }: { onClose: () => void; onSavePicture: () => void }) {
  const muscleIds = useView((s) => s.visitMuscleIds)
  const painRegionKeys = useView((s) => s.painRegionKeys)
  const removeVisitMuscle = useView((s) => s.removeVisitMuscle)
  // Taken when the handout opens: the view behind the dialog does not change while it is open.
  const [snapshot] = useState(() => ({
    links: { plain: currentViewLink(), withPain: currentViewLink(window.location, true) },
    date: new Date(),
  }))
  const picture = useViewPicture()
  const dataset = useDataset()
  // The condition line starts as the open condition's everyday name, if one is open.
  const [details, setDetails] = useState(() => {
    const id = viewNow().conditionId
    return initialDetails((id && dataset.conditionsById.get(id)?.layName) || '')
  })
  const changeDetails = (next: HandoutDetails) => {
    setDetails(next)
    rememberDetails(next)
  }
  // The patient's pain areas go into the link (and so the QR code) only when the clinician chooses so here.
  const [withPain, setWithPain] = useState(false)
  const link = withPain ? snapshot.links.withPain : snapshot.links.plain
  // The QR code of the link it was made for (the link changes with the pain-areas choice).
  const [qr, setQr] = useState<{ link: string; url: string | 'failed' } | null>(null)
  const qrUrl = qr?.link === link ? qr.url : null
  useEffect(() => {
    let live = true
    qrCodeDataUrl(link).then(
      (url) => live && setQr({ link, url }),
      () => live && setQr({ link, url: 'failed' }),
    )
    return () => {
      live = false
    }
  }, [link])
  const t = strings.chairside
  return (
    <Dialog labelledBy="cs-handout-heading" onClose={onClose} className="cs-handout-dialog">
      <div className="cs-dialog-bar cs-no-print" role="group" aria-label={t.handoutDialogLabel}>
        <button type="button" className="cs-primary" onClick={() => window.print()} data-autofocus>
          {t.print}
        </button>
        <button type="button" onClick={onSavePicture} title={t.savePictureHint}>
          {t.savePicture}
        </button>
        <button type="button" className="cs-close" onClick={onClose}>
          {t.close}
        </button>
        <p className="muted cs-bar-hint">{t.printHint}</p>
        {painRegionKeys.length > 0 && (
          <label className="cs-link-pain" title={t.linkWithPainHint}>
            <input type="checkbox" checked={withPain} onChange={(e) => setWithPain(e.target.checked)} />{' '}
            {t.linkWithPain}
          </label>
        )}
      </div>
      <HandoutContent
        muscleIds={muscleIds}
        painRegionKeys={painRegionKeys}
        pictureUrl={picture?.url ?? null}
        pictureMissing={!picture ? '' : picture.restarting ? t.noPictureRestarting : undefined}
        qrUrl={qrUrl}
        link={link}
        date={snapshot.date}
        onLeaveOut={removeVisitMuscle}
        details={details}
        onDetailsChange={changeDetails}
      />
    </Dialog>
  )
}
