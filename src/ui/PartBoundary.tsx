/**
 * Catches what a part of the map throws while it renders, most often a lazily loaded file that is gone because
 * the map was updated while the page was open (each release names its files anew). The part then says so calmly,
 * with a Reload button, and the rest of the map keeps working. Wraps each lazy part and the whole app.
 */
import { Component } from 'react'
import type { ReactNode } from 'react'
import { strings } from '@/i18n'
import './partBoundary.css'

/** True for the errors browsers give when a module or a chunk could not be fetched. */
export function isMissingFileError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error)
  return /dynamically imported module|Importing a module script failed|Failed to fetch|Unable to preload|error loading dynamically|ChunkLoadError/i.test(
    text,
  )
}

interface Props {
  children: ReactNode
  /** The whole app (a full-page message) rather than one part. */
  whole?: boolean
}

export class PartBoundary extends Component<Props, { error: unknown }> {
  state: { error: unknown } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  componentDidCatch(error: unknown) {
    console.warn('A part of the map could not be shown.', error)
  }

  render() {
    if (this.state.error === null) return this.props.children
    const u = strings.updates
    return (
      <div className={`part-failed${this.props.whole ? ' part-failed-whole' : ''}`} role="alert">
        <p>{isMissingFileError(this.state.error) ? u.partUpdated : u.partFailed}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {u.reload}
        </button>
        <p className="part-failed-hint">{u.reloadHint}</p>
      </div>
    )
  }
}
