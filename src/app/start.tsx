/**
 * Mounts the app into #root: the full map, or the view embedded in an article (embed.html). Loaded by main.tsx
 * with a dynamic import, so React and the app download (named as modulepreloads in the built index.html) while
 * main.tsx's few lines start the dataset and model requests.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { PartBoundary } from '@/ui/PartBoundary'
import { App } from './App'
import type { PageKind } from '@/boot/bootStage'
import { EmbedApp, openEmbeddedLink } from './EmbedApp'

export function start(root: HTMLElement, page: PageKind = 'app'): void {
  if (page === 'embed') openEmbeddedLink(window.location.hash)
  createRoot(root).render(
    <StrictMode>
      <PartBoundary whole>{page === 'embed' ? <EmbedApp /> : <App />}</PartBoundary>
    </StrictMode>,
  )
}
