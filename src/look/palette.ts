/**
 * Every colour the app draws with, in one plain module (no React, no three.js) below both the 3D scene and the DOM
 * panels, so a swatch in the key always matches what the body shows.
 */

/**
 * Colours of drawn referral patterns, by pattern index (0 = the selected muscle, then compared muscles, in
 * order). Okabe–Ito colours (Okabe & Ito, "Color Universal Design", 2008), which stay distinct for the common
 * colour-vision deficiencies; ordered so the first few contrast with skin and with each other.
 */
export const PATTERN_PALETTE = [
  '#D55E00',
  '#0072B2',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#F0E442',
] as const

/** Colour of the pattern at `index` (wraps around after the palette runs out). */
export function patternColor(index: number): string {
  const n = PATTERN_PALETTE.length
  return PATTERN_PALETTE[((Math.trunc(index) % n) + n) % n] ?? PATTERN_PALETTE[0]
}

/**
 * Colours of the body's parts, as hex numbers the scene sets on materials; which part gets which is decided by the
 * appearance rules (state/appearance.ts).
 */
export const BODY_COLORS = {
  muscle: 0xb03a33,
  muscleDeep: 0xc25a47,
  hovered: 0xd0604f,
  selected: 0xf2b544,
  condition: 0xe07b39,
  /** Muscles around a drawn pattern: present and tappable, but quiet so the pattern on the skin reads. */
  muted: 0x8f7a72,
  skin: 0xe3c9b5,
  bone: 0xe9e2d0,
  hoverGlow: 0x301008,
  selectedGlow: 0x3a2a00,
} as const

/** A hex number (0xf2b544) as CSS ('#f2b544'). */
export const cssColor = (n: number) => `#${n.toString(16).padStart(6, '0')}`

/** The colours the body gives muscles, for the key: the selected muscle and a condition's muscles. */
export const MUSCLE_KEY_COLORS = {
  selected: cssColor(BODY_COLORS.selected),
  condition: cssColor(BODY_COLORS.condition),
} as const

/** Colour of the selection outline and of marked painful areas. */
export const SELECTION_COLOR = '#F0E442'
/** Patient-marked pain: a deep purple, drawn dotted, distinct from every pattern colour. */
export const PAIN_MARK_COLOR = '#5B2A86'

/**
 * The 3D stage's colour (styles.css `--stage`). The canvas is transparent around the body, so the stage's CSS
 * shows through on screen; pictures taken of the view are laid on this colour (or on white paper for print).
 */
export const STAGE_COLOR = '#1f2a33'
