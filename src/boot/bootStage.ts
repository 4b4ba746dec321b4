/** The start-up page's element that the body's start-up frame is drawn in (bootShell.ts, index.ts). */
export const BOOT_STAGE_ID = 'boot-stage'

/** Which page of the app this is: the full map (index.html) or the view embedded in an article (embed.html). */
export type PageKind = 'app' | 'embed'

/** Read from the page's `<html data-page>` (tools/bootShellPlugin.ts marks embed.html). */
export function pageKind(doc: Pick<Document, 'documentElement'>): PageKind {
  return doc.documentElement.dataset.page === 'embed' ? 'embed' : 'app'
}
