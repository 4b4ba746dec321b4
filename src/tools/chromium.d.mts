/** Path of a usable Chromium ($CHROMIUM_PATH, /usr/bin/chromium, or Playwright's own), or null. */
export declare function findChromium(): string | null
/** The flags the tests start Chromium with. */
export declare const CHROMIUM_ARGS: string[]
