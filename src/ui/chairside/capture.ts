/**
 * Pictures of the 3D view for the handout and "Save picture". The canvas keeps its drawing buffer
 * (preserveDrawingBuffer), so the last frame can be copied at any time; it is laid on a solid background because
 * the 3D canvas is transparent where there is no body. DOM only (no three.js).
 */

/** The 3D view's canvas, or null when the 3D body is not shown (no WebGL, still loading). */
export function viewCanvas(doc: Document = document): HTMLCanvasElement | null {
  return doc.querySelector<HTMLCanvasElement>('.body-view canvas')
}

/** A copy of the 3D view on `background`, or null without a 3D view. */
export function composeView(background: string, doc: Document = document): HTMLCanvasElement | null {
  const source = viewCanvas(doc)
  if (!source || !source.width || !source.height) return null
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

/** The view as a PNG data URL (for the printed handout), or null. */
export function viewPictureUrl(background: string): string | null {
  try {
    return composeView(background)?.toDataURL('image/png') ?? null
  } catch {
    return null
  }
}

/** Today's date as YYYY-MM-DD in local time, for file names. */
export function isoDate(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Downloads the view as a PNG named `fileName`. Resolves false when there is no view or the browser refuses. */
export async function downloadViewPicture(fileName: string, background: string): Promise<boolean> {
  const canvas = composeView(background)
  if (!canvas) return false
  const blob = await new Promise<Blob | null>((resolve) => {
    try {
      canvas.toBlob(resolve, 'image/png')
    } catch {
      resolve(null)
    }
  })
  if (!blob) return false
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
  return true
}
