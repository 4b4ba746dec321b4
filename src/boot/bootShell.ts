/**
 * The page as it stands before React has loaded: the app's header, stage and panel frame as static HTML, written
 * into index.html's #root by the build (tools/bootShellPlugin.ts). It lets the page lay out at once, so the body's
 * start-up frame (bootFrame.ts) is drawn where the 3D view will be, at its final size; React replaces it
 * all on its first render. The markup mirrors App.tsx, HeaderNote, SearchBox and ChairsideBar (same classes, same
 * words from strings.ts), so its header is as tall as theirs; an e2e test compares the two canvases' places.
 * Inert: nothing in it can be focused or read out before the real controls are there. No inline styles (the
 * page's Content Security Policy allows only its own style sheet).
 */
import { escapeHtml } from '../domain/html'
import { strings } from '../i18n/index'
import { BOOT_STAGE_ID } from './bootStage'

const tool = (long: string, short: string, extraClass = '') =>
  `<button type="button" class="cs-tool${extraClass}"><span class="cs-long">${escapeHtml(long)}</span>` +
  `<span class="cs-short">${escapeHtml(short)}</span></button>`

export function bootShellHtml(): string {
  const c = strings.chairside
  const ui = strings.ui
  return [
    '<div class="app boot-shell" inert>',
    '<header class="app-header">',
    `<h1 class="app-title">${escapeHtml(strings.appTitle)}</h1>`,
    `<div class="search"><input class="search-input" type="search" placeholder="${escapeHtml(ui.search.placeholder)}"></div>`,
    `<p class="header-note">${escapeHtml(ui.disclaimerShort)} <button type="button" class="link-button">${escapeHtml(ui.disclaimerMore)}</button></p>`,
    '<div class="cs-bar">',
    tool(c.presentation, c.presentationShort, ' cs-present'),
    tool(c.explainer, c.explainerShort),
    tool(c.handout, c.handoutShort),
    `<button type="button" class="cs-tool cs-save-picture">${escapeHtml(c.savePicture)}</button>`,
    tool(c.resetLong, c.reset, ' cs-reset'),
    '</div>',
    '</header>',
    '<main class="app-main">',
    `<section class="stage"><div class="body-view" id="${BOOT_STAGE_ID}">`,
    `<div class="scene-overlay"><span>${escapeHtml(strings.scene.loading(null))}</span></div></div></section>`,
    '<aside class="panel"><button type="button" class="sheet-handle"><span class="sheet-grip"></span></button>',
    `<p class="panel-preparing">${escapeHtml(ui.panelPreparing)}</p></aside>`,
    '</main>',
    '</div>',
  ].join('')
}

/**
 * The start-up page of the embedded view (embed.html, for a clinic's article): the stage and its one-line
 * caption, as src/app/EmbedApp.tsx lays them out, so the body's start-up frame is drawn where its 3D view will be.
 */
export function embedShellHtml(): string {
  const e = strings.embed
  return [
    '<div class="embed boot-shell" inert>',
    `<section class="stage"><div class="body-view" id="${BOOT_STAGE_ID}">`,
    `<div class="scene-overlay"><span>${escapeHtml(strings.scene.loading(null))}</span></div></div></section>`,
    `<p class="embed-caption"><span class="embed-text">${escapeHtml(e.captionBody)}</span>`,
    `<a class="embed-open" href="./">${escapeHtml(e.openFull)}</a></p>`,
    '</div>',
  ].join('')
}
