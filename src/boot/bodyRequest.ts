/**
 * The one request for the body model (models/body.glb, served by the app itself). The start-up path (index.ts) starts
 * it first thing, before the app's code has downloaded (no preload in the page: WebKit would download the file twice);
 * the scene's loader (scene/bodyLoad.ts) parses the same bytes. Reading the bytes here (rather than through three's
 * loader, once the app's code has run) means they are in memory by the time the 3D view wants them, and the loading
 * indicator hears the progress from this one place.
 *
 * No three.js here: the first script imports this file and must stay small.
 */
import bodyUrl from '../../models/body.glb?url'

export interface BodyProgress {
  /** Bytes received so far. */
  loaded: number
  /** Bytes expected, when the server says (null when it does not, or sends the file compressed). */
  total: number | null
  /** True once every byte has arrived (or the request has failed). */
  done: boolean
}

type Listener = (progress: BodyProgress) => void

/**
 * Reads a response's body to the end, reporting progress after each chunk. Falls back to `arrayBuffer()` where
 * the body cannot be streamed. The total is the Content-Length, but only for an uncompressed response (for a
 * compressed one that header counts the compressed bytes, not the ones read here).
 */
export async function readWithProgress(res: Response, onProgress: Listener): Promise<ArrayBuffer> {
  const length = Number(res.headers.get('content-length'))
  const encoded = (res.headers.get('content-encoding') ?? 'identity') !== 'identity'
  const total = !encoded && Number.isFinite(length) && length > 0 ? length : null
  const reader = res.body?.getReader()
  if (!reader) {
    const buffer = await res.arrayBuffer()
    onProgress({ loaded: buffer.byteLength, total, done: true })
    return buffer
  }
  const chunks: Uint8Array[] = []
  let loaded = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    loaded += value.byteLength
    onProgress({ loaded, total, done: false })
  }
  const bytes = new Uint8Array(loaded)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  onProgress({ loaded, total, done: true })
  return bytes.buffer
}

let request: Promise<ArrayBuffer> | undefined
let progress: BodyProgress = { loaded: 0, total: null, done: false }
const listeners = new Set<() => void>()

/** Listeners hear of each tenth of the file (and the end), not of every chunk: each report redraws the indicator. */
const STEPS = 10
const step = (p: BodyProgress) => (p.total ? Math.floor((p.loaded / p.total) * STEPS) : 0)

function report(next: BodyProgress) {
  const changed = next.done !== progress.done || step(next) !== step(progress)
  progress = next
  if (changed) listeners.forEach((l) => l())
}

/** Starts the request (once per page) and gives the model's bytes; rejects with a plain message on failure. */
export function requestBody(url: string = bodyUrl, fetchFn: typeof fetch = fetch): Promise<ArrayBuffer> {
  request ??= fetchFn(url)
    .then((res) => {
      if (!res.ok) throw new Error(`The body model could not be loaded (${res.status}).`)
      return readWithProgress(res, report)
    })
    .catch((err: unknown) => {
      report({ ...progress, done: true })
      throw err
    })
  return request
}

/** The latest progress of the request (a new object after each change; for useSyncExternalStore). */
export function bodyProgress(): BodyProgress {
  return progress
}

/** Calls `listener` after each change of progress; returns an unsubscribe. */
export function onBodyProgress(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Forgets the request and its progress (tests only). */
export function resetBodyRequest(): void {
  request = undefined
  progress = { loaded: 0, total: null, done: false }
  listeners.clear()
}
