/** Can this browser draw the 3D view? Checked once at start-up; without WebGL the DOM panels still work. */

/** True when a canvas from `doc` can give a WebGL2 or WebGL context. Never throws. */
export function webglAvailable(doc: Pick<Document, 'createElement'> = document): boolean {
  try {
    const canvas = doc.createElement('canvas')
    return (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) !== null
  } catch {
    return false
  }
}
