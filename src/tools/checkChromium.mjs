// Fails loudly (never skips) when no Chromium is available for the browser tests.
import { findChromium } from './chromium.mjs'

const found = findChromium()
if (!found) {
  const asked = process.env.CHROMIUM_PATH
  console.error(
    [
      '',
      'No Chromium found for the browser tests.',
      asked ? `  CHROMIUM_PATH is set to "${asked}", but no file is there.` : '',
      "  Install Debian's Chromium:   sudo apt-get update && sudo apt-get install -y chromium",
      '  or point CHROMIUM_PATH at any Chromium/Chrome binary:   CHROMIUM_PATH=/path/to/chrome npm test',
      '  (Playwright cannot download its own browser on our machines.)',
      '',
    ]
      .filter(Boolean)
      .join('\n'),
  )
  process.exit(1)
}
console.log(`Browser tests use Chromium at ${found}`)
