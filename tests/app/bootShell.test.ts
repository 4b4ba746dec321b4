import { describe, expect, it } from 'vitest'
import { bootShellHtml } from '@/app/bootShell'
import { BOOT_STAGE_ID } from '@/app/bootStage'
import { strings } from '@/strings'
import { withBootShell } from '@/tools/bootShellPlugin'

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
