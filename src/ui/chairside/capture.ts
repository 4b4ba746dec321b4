/**
 * "Save picture": the view (taken by the scene's captureView, on a solid background) with the muscles' names and
 * the key under it, downloaded as a PNG. DOM only (no three.js).
 */
import type { CaptureView } from '@/state/viewCapture'
import type { KeyEntry } from '../keyEntries'

/** Today's date as YYYY-MM-DD in local time, for file names. */
export function isoDate(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** What a saved picture says under the view: a title (the muscles shown) and the key, in the body's colours. */
export interface PictureCaption {
  title: string
  entries: readonly KeyEntry[]
}

const CAPTION_INK = '#eef3f6'

/** Paints one key swatch (solid, hatched or dotted, as on the body and in the key). */
function drawSwatch(ctx: CanvasRenderingContext2D, entry: KeyEntry, x: number, y: number, size: number) {
  ctx.save()
  ctx.beginPath()
  ctx.rect(x, y, size, size)
  ctx.clip()
  if (entry.fill === 'hatched') {
    ctx.strokeStyle = entry.color
    ctx.lineWidth = size / 7
    for (let d = -size; d < size * 2; d += size / 3) {
      ctx.beginPath()
      ctx.moveTo(x + d, y + size)
      ctx.lineTo(x + d + size, y)
      ctx.stroke()
    }
  } else {
    ctx.fillStyle = entry.color
    ctx.fillRect(x, y, size, size)
    if (entry.fill === 'dotted') {
      ctx.fillStyle = 'rgba(255, 255, 255, 0.85)'
      for (let dx = size / 6; dx < size; dx += size / 3)
        for (let dy = size / 6; dy < size; dy += size / 3) ctx.fillRect(x + dx, y + dy, size / 10, size / 10)
    }
  }
  ctx.restore()
  ctx.strokeStyle = entry.color
  ctx.lineWidth = 1
  ctx.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1)
}

/**
 * The view with a band under it: the caption's title and its key, entries wrapped over as many lines as they
 * need. Sizes follow the picture's width, so a high-density screen's picture reads the same.
 */
export function withCaption(view: HTMLCanvasElement, caption: PictureCaption, background: string) {
  const doc = view.ownerDocument
  const unit = Math.max(12, Math.round(view.width / 60))
  const pad = unit
  const measure = doc.createElement('canvas').getContext('2d')
  if (!measure) return view
  measure.font = `${unit}px sans-serif`
  // Lay the entries out in lines first, to know the band's height.
  const lines: { entry: KeyEntry; x: number }[][] = [[]]
  let x = pad
  for (const entry of caption.entries) {
    const width = unit * 1.5 + measure.measureText(entry.label).width + unit * 1.5
    if (x + width > view.width - pad && lines[lines.length - 1]!.length) {
      lines.push([])
      x = pad
    }
    lines[lines.length - 1]!.push({ entry, x })
    x += width
  }
  const titleHeight = caption.title ? unit * 1.9 : 0
  const band = pad + titleHeight + lines.length * unit * 1.7 + pad
  const out = doc.createElement('canvas')
  out.width = view.width
  out.height = view.height + Math.round(band)
  const ctx = out.getContext('2d')
  if (!ctx) return view
  ctx.fillStyle = background
  ctx.fillRect(0, 0, out.width, out.height)
  ctx.drawImage(view, 0, 0)
  ctx.fillStyle = CAPTION_INK
  ctx.textBaseline = 'top'
  let y = view.height + pad
  if (caption.title) {
    ctx.font = `bold ${Math.round(unit * 1.3)}px sans-serif`
    ctx.fillText(caption.title, pad, y)
    y += titleHeight
  }
  ctx.font = `${unit}px sans-serif`
  for (const line of lines) {
    for (const { entry, x: left } of line) {
      drawSwatch(ctx, entry, left, y, unit)
      ctx.fillStyle = CAPTION_INK
      ctx.fillText(entry.label, left + unit * 1.5, y)
    }
    y += unit * 1.7
  }
  return out
}

/** What became of a picture: saved, not taken while the view restarts, or refused (no view, or the browser). */
export type PictureResult = 'saved' | 'restarting' | 'failed'

/** Downloads the view as a PNG named `fileName`, with the caption (the muscles shown and the key) under it. */
export async function downloadViewPicture(
  captureView: CaptureView,
  fileName: string,
  background: string,
  caption: PictureCaption | null = null,
): Promise<PictureResult> {
  const taken = await captureView({ background })
  if (!taken.ok) return taken.reason === 'restarting' ? 'restarting' : 'failed'
  const view = taken.pictures[0]!
  const canvas = caption ? withCaption(view, caption, background) : view
  const blob = await new Promise<Blob | null>((resolve) => {
    try {
      canvas.toBlob(resolve, 'image/png')
    } catch {
      resolve(null)
    }
  })
  if (!blob) return 'failed'
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // Give the browser time to start the download before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return 'saved'
}
