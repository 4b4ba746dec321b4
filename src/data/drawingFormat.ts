/**
 * The drawing file's constants, kept apart from its zod schema (drawingFile.ts) so the app's first load does not
 * carry the validator: only opening the saved-drawings shelf or a file needs it.
 */

/** The `format` field that marks a file as one of our drawings. */
export const DRAWING_FORMAT = 'trigger-point-body-map/drawing'
/** The newest drawing version this code reads and writes. */
export const DRAWING_VERSION = 1
