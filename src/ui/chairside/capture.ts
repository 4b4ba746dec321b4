/**
 * Pictures of the 3D view for the handout and "Save picture". The canvas keeps its drawing buffer
 * (preserveDrawingBuffer), so the last frame can be copied at any time; it is laid on a solid background because
 * the 3D canvas is transparent where there is no body. A saved picture carries the muscles' names and the key
 * under the view. DOM only (no three.js).
 */
import type { KeyEntry } from '../keyEntries'

/** The 3D view's canvas, or null when the 3D body is not shown (no WebGL, still loading). */
export function viewCanvas(doc: Document = document): HTMLCanvasElement | null {
  return doc.querySelector<HTMLCanvasElement>('.body-view canvas')
}

/**
 * True while the 3D view's WebGL context is lost (the graphics restarted): its canvas then holds no picture, and
 * a copy would be blank. Pictures are taken only from a live context.
 */
export function viewRestarting(doc: Document = document): boolean {
  const canvas = viewCanvas(doc)
  const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl')
  return !!gl && gl.isContextLost()
}

/** A copy of the 3D view on `background`, or null without a 3D view or while it restarts. */
export function composeView(background: string, doc: Document = document): HTMLCanvasElement | null {
  const source = viewCanvas(doc)
  if (!source || !source.width || !source.height || viewRestarting(doc)) return null
  const out = doc.createElement('canvas')
  out.width = source.width
  out.height = source.height
  const ctx = out.getContext('2d')
  if (!ctx) return null
  ctx.fillStyle = background
  ctx.fillRect(0, 0, out.width, out.height)
  ctx.drawImage(source, 0, 0)
  return out
}

/**
 * The box around everything that differs from the background (the colour of the top-left pixel), grown by
 * `margin` (a fraction of the larger side) and kept inside the image; the whole image when nothing differs. Pure.
 */
export function contentBox(
  data: Uint8ClampedArray,
  width: number,
  height: number,
  margin = 0.04,
): { x: number; y: number; width: number; height: number } {
  const [r0 = 0, g0 = 0, b0 = 0] = data
  let minX = width
  let minY = height
  let maxX = -1
  let maxY = -1
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const d = Math.abs(data[i]! - r0) + Math.abs(data[i + 1]! - g0) + Math.abs(data[i + 2]! - b0)
      if (d <= 24) continue
      if (x < minX) minX = x
      if (x > maxX) maxX = x
      if (y < minY) minY = y
      if (y > maxY) maxY = y
    }
  }
  if (maxX < 0) return { x: 0, y: 0, width, height }
  const pad = Math.round(Math.max(width, height) * margin)
  const x = Math.max(0, minX - pad)
  const y = Math.max(0, minY - pad)
  return { x, y, width: Math.min(width, maxX + pad + 1) - x, height: Math.min(height, maxY + pad + 1) - y }
}

/** The view cropped to the body (for the printed handout) as a PNG data URL, or null. */
export function viewPictureUrl(background: string): string | null {
  try {
    const full = composeView(background)
    const ctx = full?.getContext('2d')
    if (!full || !ctx) return null
    const box = contentBox(ctx.getImageData(0, 0, full.width, full.height).data, full.width, full.height)
    const out = document.createElement('canvas')
    out.width = box.width
    out.height = box.height
    out.getContext('2d')?.drawImage(full, box.x, box.y, box.width, box.height, 0, 0, box.width, box.height)
    return out.toDataURL('image/png')
  } catch {
    return null
  }
}

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
  fileName: string,
  background: string,
  caption: PictureCaption | null = null,
): Promise<PictureResult> {
  if (viewRestarting()) return 'restarting'
  const view = composeView(background)
  if (!view) return 'failed'
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
