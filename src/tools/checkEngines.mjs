// Fails loudly (never skips) when a browser of the cross-engine tests (or nginx, for the hosting example) is
// missing, saying how to install it.
import { findChromium } from './chromium.mjs'
import { findFirefox, findMiniBrowser, findNginx, findWebKitDriver, findXvfbRun } from './engines.mjs'

const missing = [
  !findChromium() && ['Chromium', 'chromium', 'CHROMIUM_PATH'],
  !findFirefox() && ['Firefox', 'firefox-esr', 'FIREFOX_PATH'],
  !findWebKitDriver() && [
    'WebKitWebDriver (WebKit, Safari’s engine)',
    'webkit2gtk-driver',
    'WEBKIT_DRIVER_PATH',
  ],
  !findMiniBrowser() && ['WebKitGTK’s MiniBrowser', 'webkit2gtk-driver', 'WEBKIT_BROWSER_PATH'],
  !process.env.DISPLAY && !findXvfbRun() && ['a virtual display (xvfb-run), or a DISPLAY', 'xvfb', 'DISPLAY'],
  !findNginx() && ['nginx (the README’s hosting example is tested with it)', 'nginx', 'NGINX_PATH'],
].filter(Boolean)

if (missing.length) {
  const packages = [...new Set(missing.map((m) => m[1]))].join(' ')
  console.error(
    [
      '',
      'The cross-engine browser tests (tests/engines) cannot run: missing',
      ...missing.map(([what, , variable]) => `  - ${what} (or set ${variable})`),
      `Install them from Debian's packages:   sudo apt-get update && sudo apt-get install -y ${packages}`,
      '(Playwright cannot download its own browsers on our machines.)',
      '',
    ].join('\n'),
  )
  process.exit(1)
}
