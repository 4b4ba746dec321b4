/**
 * Embedding a view of the map in a clinic's article (embed.html, a page with just the body and a caption): the
 * link it opens, and the <iframe> snippet the app copies. Pure: unit-tested.
 */
import { escapeHtml } from '@/domain/html'
import { encodeView } from './url'
import type { ViewState } from './viewState'
import { DEFAULT_VIEW } from './viewState'

/** The page of the map made for embedding, beside index.html (written by tools/bootShellPlugin.ts). */
export const EMBED_PAGE = 'embed.html'

/**
 * The hash an embedded view opens with: what the article is about (muscle, side, compared muscles, condition,
 * layers, camera, focus), never the patient's marked areas, nor the panel's tab or a tour (the embed has neither).
 */
export function embedHash(view: ViewState): string {
  return encodeView({ ...view, painRegionKeys: [], tab: DEFAULT_VIEW.tab, tour: null })
}

/** The embed page's address for `view`, beside the app's own page (`appUrl`, any page of the app's folder). */
export function embedUrl(appUrl: string, view: ViewState): string {
  const url = new URL(EMBED_PAGE, appUrl)
  url.hash = embedHash(view)
  return url.href
}

/** The full map's address for the embed page's view (`embedPageUrl` with its hash). */
export function fullMapUrl(embedPageUrl: string): string {
  const url = new URL('./', embedPageUrl)
  url.hash = new URL(embedPageUrl).hash
  return url.href
}

/**
 * The <iframe> for an article: loaded only when the reader scrolls near it (`loading="lazy"`), as wide as the
 * article's column, with a title for screen readers.
 */
export function embedSnippet(src: string, title: string): string {
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="480" ` +
    `loading="lazy" style="border:0;max-width:720px" allow="fullscreen"></iframe>`
  )
}
