import { describe, expect, it } from 'vitest'
import { bootShellHtml, embedShellHtml } from '@/boot/bootShell'
import { BOOT_STAGE_ID, pageKind } from '@/boot/bootStage'
import { strings } from '@/i18n'
import { toEmbedPage, withBootShell } from '@/tools/bootShellPlugin'

describe('the start-up page (before React)', () => {
  const html = bootShellHtml()

  it("is the app's frame, inert, with a stage for the start-up frame", () => {
    expect(html.startsWith('<div class="app boot-shell" inert>')).toBe(true)
    for (const cls of [
      'app-header',
      'app-title',
      'search-input',
      'header-note',
      'cs-bar',
      'app-main',
      'stage',
      'panel',
    ])
      expect(html, cls).toMatch(new RegExp(`class="[^"]*\\b${cls}\\b`))
    expect(html).toContain(`<div class="body-view" id="${BOOT_STAGE_ID}">`)
  })

  it("uses the app's own words (so its header wraps as the real one does)", () => {
    const c = strings.chairside
    for (const text of [
      strings.appTitle,
      strings.ui.disclaimerShort,
      strings.ui.disclaimerMore,
      strings.ui.panelPreparing,
      strings.scene.loading(null),
      c.presentation,
      c.presentationShort,
      c.explainer,
      c.handout,
      c.savePicture,
      c.resetLong,
      c.reset,
    ])
      expect(html, text).toContain(text.replace(/&/g, '&amp;'))
  })

  it('has no inline styles or scripts (the Content Security Policy allows neither)', () => {
    expect(html).not.toMatch(/style=|<script|on[a-z]+=/i)
  })

  it('goes into the empty #root of index.html, and a page without one fails the build plainly', () => {
    expect(withBootShell('<body><div id="root"></div></body>', '<p>x</p>')).toBe(
      '<body><div id="root"><p>x</p></div></body>',
    )
    expect(() => withBootShell('<body></body>')).toThrow(/index\.html: expected <div id="root"><\/div>/)
  })
})

describe('the embedded view’s page (embed.html, made from index.html)', () => {
  const index = withBootShell(
    '<!doctype html>\n<html lang="en">\n<head>\n<link rel="manifest" href="/tpmap/manifest.webmanifest" />\n' +
      '<title>Trigger Point Body Map</title>\n<script type="module" src="/tpmap/assets/index.js"></script>\n' +
      '</head>\n<body><div id="root"></div></body>\n</html>',
  )
  const embed = toEmbedPage(index)

  it('is marked as the embed, with the embed’s stage and caption instead of the full map’s frame', () => {
    expect(embed).toContain('<html lang="en" data-page="embed">')
    expect(embed).toContain(embedShellHtml())
    expect(embed).not.toContain('app-header')
    expect(embed).toContain(`<div class="body-view" id="${BOOT_STAGE_ID}">`)
    expect(embed).toContain(strings.embed.openFull)
    const page = (dataset: Record<string, string>) => pageKind({ documentElement: { dataset } } as Document)
    expect(page({ page: 'embed' })).toBe('embed')
    expect(page({})).toBe('app')
  })

  it('keeps the same scripts, drops the web-app manifest and names itself', () => {
    expect(embed).toContain('<script type="module" src="/tpmap/assets/index.js"></script>')
    expect(embed).not.toContain('rel="manifest"')
    expect(embed).toContain(`<title>${strings.embed.pageTitle}</title>`)
  })

  it('fails the build, saying why, on a page without the start-up page', () => {
    expect(() => toEmbedPage('<html lang="en"><div id="root"></div></html>')).toThrow(/start-up page/)
  })
})
