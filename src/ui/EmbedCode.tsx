/**
 * "Embed in an article": the <iframe> code for the view as it is shown now (state/embed.ts), for a clinic's blog
 * post about one muscle or one case. Shown as text (select and copy anywhere) with a copy button.
 */
import { useState, useSyncExternalStore } from 'react'
import { embedHash, embedSnippet, embedUrl } from '@/state/embed'
import { useAppStore, useView, viewNow } from '@/state/store'
import { selectView } from '@/state/presented'
import { strings } from '@/i18n'
import { useDataset } from './DatasetContext'
import { embedCaption } from './embedCaption'

export function EmbedCode() {
  const dataset = useDataset()
  const e = strings.embed
  // Re-rendered when the embedded view would change (a string, so equal views compare equal).
  useSyncExternalStore(useAppStore.subscribe, () => embedHash(selectView(viewNow())))
  const muscleId = useView((s) => s.selectedMuscleId)
  const conditionId = useView((s) => s.conditionId)
  const [status, setStatus] = useState('')
  const src = embedUrl(window.location.href, selectView(viewNow()))
  const snippet = embedSnippet(src, e.frameTitle(embedCaption(dataset, muscleId, conditionId)))

  const copy = (area: HTMLTextAreaElement | null) => {
    const done = () => setStatus(e.copied)
    const failed = () => {
      area?.select()
      setStatus(e.copyFailed)
    }
    if (!navigator.clipboard) return failed()
    navigator.clipboard.writeText(snippet).then(done, failed)
  }

  return (
    <section className="embed-code" aria-labelledby="embed-code-heading">
      <h2 id="embed-code-heading">{e.heading}</h2>
      <p>{e.intro}</p>
      <textarea
        id="embed-code-text"
        className="embed-code-text"
        readOnly
        rows={4}
        value={snippet}
        aria-label={e.codeLabel}
        onFocus={(ev) => ev.currentTarget.select()}
      />
      <button
        type="button"
        onClick={() => copy(document.getElementById('embed-code-text') as HTMLTextAreaElement | null)}
      >
        {e.copy}
      </button>
      <p role="status" className="embed-code-status">
        {status}
      </p>
    </section>
  )
}
