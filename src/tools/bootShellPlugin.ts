/**
 * Vite plugin (dev server and build): writes the start-up page (app/bootShell.ts) into the app's index.html, in
 * its `<div id="root"></div>`. An index.html without that element fails the build with a message that says so;
 * other pages (the benchmark's bare page) are left alone.
 */
import type { Plugin } from 'vite'
import { bootShellHtml } from '../app/bootShell'

const ROOT = '<div id="root"></div>'

export function withBootShell(html: string, shell = bootShellHtml()): string {
  if (!html.includes(ROOT)) throw new Error(`index.html: expected ${ROOT} to write the start-up page into`)
  return html.replace(ROOT, `<div id="root">${shell}</div>`)
}

export function bootShellPlugin(): Plugin {
  return {
    name: 'bodymap-boot-shell',
    transformIndexHtml: (html, ctx) => (/(^|\/)index\.html$/.test(ctx.path) ? withBootShell(html) : html),
  }
}
