/**
 * The drawing file's constants, kept apart from its zod schema (drawingFile.ts) so the app's first load does not
 * carry the validator: only opening the saved-drawings shelf or a file needs it.
 */
import { cleanText } from './echo'

/** The `format` field that marks a file as one of our drawings. */
export const DRAWING_FORMAT = 'trigger-point-body-map/drawing'
/** The newest drawing version this code reads and writes. */
export const DRAWING_VERSION = 1

/** The longest name a drawing keeps. */
export const LABEL_CHARS = 200

/**
 * A drawing's name as it is kept: without control and text-direction characters (a name from a file must not
 * disguise itself or flood a screen reader), line breaks and runs of white space made one space, at most
 * LABEL_CHARS; none when empty.
 */
export function cleanLabel(text: string): string | undefined {
  return [...cleanText(text.replace(/\s/g, ' '))].slice(0, LABEL_CHARS).join('') || undefined
}
