/** The loaded body for React components (loading itself lives in bodyLoad.ts, which has no React). */
import { useSyncExternalStore } from 'react'
import type { LoadedBody } from './bodyLoad'
import { bodyLoadFailure, loadedBody, onBodySettled } from './bodyLoad'

export type { LoadedBody } from './bodyLoad'
export { prepareBody } from './bodyLoad'

/** Has loading the body finished (either way)? For the loading indicator. */
export function useBodySettled(): boolean {
  return useSyncExternalStore(onBodySettled, () => loadedBody() !== null || bodyLoadFailure() !== null)
}

/** The body once loaded, else null (the component renders again when it arrives); a failed load is thrown. */
export function useBodyModel(): LoadedBody | null {
  const body = useSyncExternalStore(onBodySettled, loadedBody)
  const failed = bodyLoadFailure()
  if (failed) throw failed
  return body
}
