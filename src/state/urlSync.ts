/**
 * Keeps the store and location.hash in step: state changes push a history entry, back/forward re-apply
 * the view. Unknown ids in a link become one friendly notice, phrased by the caller; the rest of the view still
 * opens.
 */
import type { KnownIds, LinkProblem } from './url'
import { decodeView, encodeView } from './url'
import { selectView } from './presented'
import { useAppStore } from './store'

const COALESCE_MS = 500

/** Where this tab keeps the id of the current patient's visit (reset for the next patient starts a new one). */
const VISIT_KEY = 'bodymap-visit'
let visit = ''

const newVisitId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`

/** The history entry's state: which visit wrote it. */
interface EntryState {
  visit?: string
}

function storedVisit(win: Pick<Window, 'sessionStorage'>): string {
  try {
    const known = win.sessionStorage.getItem(VISIT_KEY)
    if (known) return known
  } catch {
    // no storage (private mode, a test's window): the visit lasts as long as the page
  }
  return startNewVisit(win)
}

/**
 * A new patient's visit (Reset for the next patient): history entries written before it are never shown again;
 * Back onto one keeps the view that is open (and overwrites that entry with it). Returns the history state to
 * write with the next entry.
 */
export function startNewVisit(win: Partial<Pick<Window, 'sessionStorage'>> = window): string {
  visit = newVisitId()
  try {
    win.sessionStorage?.setItem(VISIT_KEY, visit)
  } catch {
    // as above
  }
  return visit
}

/** The state for a history entry of the current visit. */
export const visitState = (): EntryState => ({ visit })

/**
 * Starts syncing; returns a function that stops it. `describe` puts what a link could not use into the notice's
 * words (src/ui/linkProblems.ts).
 */
export function startUrlSync(
  known: KnownIds,
  describe: (problems: readonly LinkProblem[]) => string,
  win: Window = window,
): () => void {
  visit = storedVisit(win)
  const apply = (hash: string) => {
    const { view, problems } = decodeView(hash, known)
    useAppStore.getState().openLinkedView(view, known.tours)
    if (problems.length) useAppStore.getState().notify(describe(problems))
    return encodeView(selectView(useAppStore.getState()))
  }
  const path = () => win.location.pathname + win.location.search
  let current = apply(win.location.hash)
  // Always rewritten: it tags the entry with the visit, and drops marked pain areas a link named (url.ts).
  win.history.replaceState(visitState(), '', current || path())
  // Changes that follow each other quickly (a selection, then the camera turning to it) make one history entry.
  let lastPush = -Infinity
  const unsubscribe = useAppStore.subscribe((s) => {
    const next = encodeView(selectView(s))
    if (next === current) return
    current = next
    const url = next || path()
    const now = Date.now()
    if (now - lastPush < COALESCE_MS) win.history.replaceState(visitState(), '', url)
    else win.history.pushState(visitState(), '', url)
    lastPush = now
  })
  const onPop = () => {
    const from = (win.history.state as EntryState | null)?.visit
    if (from && from !== visit) {
      // An entry of an earlier patient's visit: stay on this view, and leave nothing of theirs there.
      win.history.replaceState(visitState(), '', current || path())
      return
    }
    current = encodeView(decodeView(win.location.hash, known).view)
    apply(win.location.hash)
  }
  win.addEventListener('popstate', onPop)
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPop)
  }
}
