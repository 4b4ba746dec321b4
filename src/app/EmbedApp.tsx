/**
 * The view of the map embedded in a clinic's article (embed.html): the body, as the link names it, and a one-line
 * caption with "Open in the full map". No panels, search, chairside tools or service worker; the link is read once
 * and never written back (in a frame, each change would add an entry to the article's own Back history).
 */
import { useSyncExternalStore } from 'react'
import { dataset } from '@/data/bundledData'
import { BodyView } from '@/scene/BodyView'
import { webglAvailable } from '@/boot/webgl'
import { embedHash } from '@/state/embed'
import { camera } from '@/state/intents'
import { useAppStore, useView, viewNow } from '@/state/store'
import { selectView } from '@/state/presented'
import { decodeView } from '@/state/url'
import { strings } from '@/i18n'
import { DatasetProvider } from '@/ui/DatasetContext'
import { embedCaption } from '@/ui/embedCaption'

/**
 * Opens the view the embed's link names (before the first render, so the first frame shows it). A named muscle is
 * framed with its pattern, from the side that shows most of it (the link's view wins a near tie), as a muscle
 * chosen from a list is: in an article's small frame the whole body would leave it a few pixels.
 */
export function openEmbeddedLink(hash: string): void {
  const known = {
    muscles: new Set(dataset.musclesById.keys()),
    regions: new Set(dataset.regionsById.keys()),
    conditions: new Set(dataset.conditionsById.keys()),
  }
  const { view } = decodeView(hash, known)
  const s = viewNow()
  s.openLinkedView(view)
  if (view.selectedMuscleId && !view.focused)
    camera.frame({ muscleIds: [view.selectedMuscleId], side: view.side, regionKeys: [], prefer: view.camera })
}

function useCaption(): string {
  const muscleId = useView((s) => s.selectedMuscleId)
  const conditionId = useView((s) => s.conditionId)
  return embedCaption(dataset, muscleId, conditionId)
}

/** The full map's address for what the embed shows now (the reader may have tapped another muscle). */
function useFullMapHref(): string {
  const hash = useSyncExternalStore(useAppStore.subscribe, () => embedHash(selectView(viewNow())))
  return new URL(`./${hash}`, window.location.href).href
}

export function EmbedApp() {
  const has3d = webglAvailable()
  const caption = useCaption()
  const href = useFullMapHref()
  return (
    <DatasetProvider dataset={dataset} searchEngine={null}>
      <div className="embed">
        <section className="stage" aria-label={strings.ui.bodyViewLabel}>
          {has3d ? <BodyView /> : <p className="no-webgl">{strings.ui.webglUnavailable}</p>}
        </section>
        <p className="embed-caption">
          <span className="embed-text">{caption}</span>
          <a
            className="embed-open"
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            title={strings.embed.openFullHint}
          >
            {strings.embed.openFull}
          </a>
        </p>
      </div>
    </DatasetProvider>
  )
}
