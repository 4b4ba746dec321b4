/**
 * Keeps the store and location.hash in step: state changes push a history entry, back/forward re-apply
 * the view. Unknown ids in a link become one friendly notice; the rest of the view still opens.
 */
import type { KnownIds, LinkProblem } from './url'
import { decodeView, encodeView } from './url'
import { selectView, useAppStore } from './store'
import { echoAll } from '@/data/echo'
import { strings } from '@/strings'

export function describeProblems(problems: readonly LinkProblem[]): string {
  // Each value as it came in the link, but short and clean (domain/echo.ts).
  return strings.linkProblem(
    echoAll(
      problems.map((p) => p.value),
      problems.length,
    ),
  )
}

const COALESCE_MS = 500

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(known: KnownIds, win: Window = window): () => void {
  const apply = (hash: string) => {
    const { view, problems } = decodeView(hash, known)
    useAppStore.getState().openLinkedView(view, known.tours)
    if (problems.length) useAppStore.getState().notify(describeProblems(problems))
    return encodeView(selectView(useAppStore.getState()))
  }
  let current = apply(win.location.hash)
  if (current !== win.location.hash && !(current === '' && win.location.hash === '')) {
    win.history.replaceState(null, '', current || win.location.pathname + win.location.search)
  }
  // Changes that follow each other quickly (a selection, then the camera turning to it) make one history entry.
  let lastPush = -Infinity
  const unsubscribe = useAppStore.subscribe((s) => {
    const next = encodeView(selectView(s))
    if (next === current) return
    current = next
    const url = next || win.location.pathname + win.location.search
    const now = Date.now()
    if (now - lastPush < COALESCE_MS) win.history.replaceState(null, '', url)
    else win.history.pushState(null, '', url)
    lastPush = now
  })
  const onPop = () => {
    current = encodeView(decodeView(win.location.hash, known).view)
    apply(win.location.hash)
  }
  win.addEventListener('popstate', onPop)
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPop)
  }
}
