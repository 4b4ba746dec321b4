import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './src/tools/chromium.mjs'

// Debian's Chromium (see README): CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own browser.
// src/tools/checkChromium.mjs runs before this and fails with install instructions when none is found.
const executablePath = findChromium() ?? undefined
// Several people (or agents) can run e2e side by side: E2E_PORT and E2E_OUTDIR keep their builds apart.
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.E2E_OUTDIR ?? 'dist'

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: process.env.E2E_OUTDIR ? `test-results-${port}` : 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
    // The built app installs a service worker; it would answer requests before page.route sees them, so tests
    // run without it except the offline spec, which allows it on purpose.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
})
