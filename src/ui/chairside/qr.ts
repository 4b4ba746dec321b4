/** QR codes made on the device: the `qrcode` library is loaded only when a code is first needed. */

/** A data: URL of an SVG QR code for `text` (for an <img>; no inline styles or scripts). */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const QRCode = await import('qrcode')
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
