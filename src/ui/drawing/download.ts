/** Saves text as a file through the browser's download (an object URL and a temporary link; nothing leaves the device). */
export function downloadText(text: string, filename: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** "pain-drawing-2026-11-22.json", with a short slug of the label when there is one. */
export function drawingFileName(createdAt: string, label?: string): string {
  const day = createdAt.slice(0, 10)
  const slug = (label ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return `pain-drawing-${day}${slug ? `-${slug}` : ''}.json`
}
