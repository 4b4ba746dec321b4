/**
 * "The body has drawn its first frame": announced once per page, after that frame is on screen. The app mounts
 * its panels then, so building the DOM panels never delays the body (see App.tsx).
 */
const EVENT = 'bodymap:first-frame'
let announced = false
let drawn = false

/** Called by the scene during its first frame; listeners hear it in a later task, once the frame is submitted. */
export function announceFirstFrame(target: EventTarget = window) {
  if (announced) return
  announced = true
  setTimeout(() => {
    drawn = true
    target.dispatchEvent(new Event(EVENT))
  }, 0)
}

/** Runs `callback` once the first frame is out (at once if it already is); returns an unsubscribe. */
export function onFirstFrame(callback: () => void, target: EventTarget = window): () => void {
  if (drawn) {
    callback()
    return () => undefined
  }
  const listener = () => callback()
  target.addEventListener(EVENT, listener, { once: true })
  return () => target.removeEventListener(EVENT, listener)
}
