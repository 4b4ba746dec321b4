// Finds the browsers of the cross-engine tests (tests/engines): Debian's Firefox ESR, and WebKitGTK's WebDriver
// with its MiniBrowser (WebKit, Safari's engine family); Chromium is found by chromium.mjs. Each can be named by
// an environment variable; returns null for one that is missing.
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'

const onPath = (name) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((file) => existsSync(file)) ?? null

const fromEnvOr = (variable, ...candidates) => {
  const given = process.env[variable]
  if (given) return existsSync(given) ? given : null
  return candidates.find((c) => c && existsSync(c)) ?? null
}

export const findFirefox = () =>
  fromEnvOr('FIREFOX_PATH', '/usr/bin/firefox-esr', onPath('firefox-esr'), onPath('firefox'))
export const findWebKitDriver = () =>
  fromEnvOr('WEBKIT_DRIVER_PATH', '/usr/bin/WebKitWebDriver', onPath('WebKitWebDriver'))
export const findMiniBrowser = () =>
  fromEnvOr(
    'WEBKIT_BROWSER_PATH',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  )
/** Firefox and WebKit need a display for WebGL here; xvfb-run gives one where there is none. */
export const findXvfbRun = () => onPath('xvfb-run')
/** nginx, which serves the build with the README's example config (src/tools/hosting/nginx.conf) in the tests. */
export const findNginx = () => fromEnvOr('NGINX_PATH', '/usr/sbin/nginx', onPath('nginx'))
