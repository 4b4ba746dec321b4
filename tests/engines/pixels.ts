/**
 * What a screenshot shows of the stage: the share of its pixels that are body (the stage behind it is a dark,
 * nearly grey gradient; the body is red muscle and pale bone and skin), and the share near a given colour (a
 * referral pattern). Pure: a PNG in, numbers out.
 */
import { PNG } from 'pngjs'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

function* pixels(png: Buffer, rect: Rect) {
  const image = PNG.sync.read(png)
  const x0 = Math.max(0, Math.round(rect.x))
  const y0 = Math.max(0, Math.round(rect.y))
  const x1 = Math.min(image.width, Math.round(rect.x + rect.width))
  const y1 = Math.min(image.height, Math.round(rect.y + rect.height))
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4
      yield [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0] as const
    }
}

/** Share (0–1) of the rectangle's pixels that are clearly not the stage: saturated (muscle) or light (bone, skin). */
export function bodyShare(png: Buffer, rect: Rect): number {
  let body = 0
  let all = 0
  for (const [r, g, b] of pixels(png, rect)) {
    all++
    const saturation = Math.max(r, g, b) - Math.min(r, g, b)
    if (saturation > 60 || (r + g + b) / 3 > 140) body++
  }
  return all ? body / all : 0
}

/** Hue (degrees) and saturation (0–1, as max−min over max) of an RGB colour. */
export function hueOf(r: number, g: number, b: number): { hue: number; saturation: number } {
  const max = Math.max(r, g, b)
  const d = max - Math.min(r, g, b)
  if (d === 0) return { hue: 0, saturation: 0 }
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  return { hue: (h * 60 + 360) % 360, saturation: d / max }
}

/**
 * Share (0–1) of the rectangle's pixels of the hue of `hex` (#rrggbb, within `hueTolerance` degrees) and clearly
 * coloured: a pattern's orange, lit or shaded, but not the muscles' red, the selection's gold or the pale skin.
 */
export function hueShare(
  png: Buffer,
  rect: Rect,
  hex: string,
  hueTolerance = 10,
  minSaturation = 0.55,
): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]
  const want = hueOf(r, g, b).hue
  let near = 0
  let all = 0
  for (const px of pixels(png, rect)) {
    all++
    const { hue, saturation } = hueOf(...px)
    const off = Math.min(Math.abs(hue - want), 360 - Math.abs(hue - want))
    if (saturation >= minSaturation && off <= hueTolerance) near++
  }
  return all ? near / all : 0
}
