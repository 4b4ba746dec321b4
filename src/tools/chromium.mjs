// Finds a Chromium for Playwright: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own
// downloaded browser if one happens to be installed. Returns null when there is none.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  try {
    const require = createRequire(import.meta.url)
    const { chromium } = require('@playwright/test')
    const own = chromium.executablePath()
    if (own && existsSync(own)) return own
  } catch {
    // no Playwright browser registry entry: fall through
  }
  return null
}

/** How the tests start Chromium on our machines: offline-friendly, and WebGL through SwiftShader when headless. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
]
