/** Can this browser draw the 3D view? Checked once at start-up; without WebGL the DOM panels still work. */

let answer: boolean | undefined

/**
 * True when a canvas from `doc` can give a WebGL2 or WebGL context. Never throws. The page's own answer is
 * worked out once (main.tsx asks first, to decide whether to fetch the model early; the app asks again).
 */
export function webglAvailable(doc: Pick<Document, 'createElement'> = document): boolean {
  if (typeof document !== 'undefined' && doc === document) return (answer ??= probe(doc))
  return probe(doc)
}

function probe(doc: Pick<Document, 'createElement'>): boolean {
  try {
    const canvas = doc.createElement('canvas')
    return (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) !== null
  } catch {
    return false
  }
}
