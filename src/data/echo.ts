/**
 * Text from outside (a link, an opened file) repeated in a message to the person: cut short and stripped of
 * control and text-direction characters, so a hostile name can neither flood a screen reader nor disguise itself
 * as the app's own words ("Your clinic account is locked…"). Pure: unit-tested.
 */

/** How much of an outside value a message repeats. */
export const ECHO_CHARS = 40

// Control characters, and the marks and overrides that reorder or hide text (bidi controls, zero-width marks).
const UNSAFE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu

/** The text without control and text-direction characters, its runs of white space made one space, trimmed. */
export function cleanText(text: string): string {
  return text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim()
}

export function echo(text: string, max = ECHO_CHARS): string {
  const clean = cleanText(text)
  const chars = [...clean]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean
}

/** Several outside values: each echoed, duplicates once, at most `count` of them. */
export function echoAll(values: readonly string[], count = 3, max = ECHO_CHARS): string[] {
  return [...new Set(values.map((v) => echo(v, max)))].slice(0, count)
}
