// Regenerates the README screenshots from the built app (npm run screenshot): starts `vite preview`, opens the
// views in Chromium and writes PNGs to public/screenshots/.
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { findChromium } from './chromium.mjs'

const PORT = 4191
/** `focus`: press "Focus on selection" first (the muscle and its pattern fill the view). */
const VIEWS: { file: string; hash: string; width: number; height: number; focus?: boolean }[] = [
  { file: 'body-map.png', hash: '', width: 1280, height: 800 },
  {
    file: 'referred-pain.png',
    hash: '#m=upper-trapezius&side=left&view=left',
    width: 1280,
    height: 800,
    focus: true,
  },
  {
    file: 'where-does-it-hurt.png',
    hash: '#tab=pain&pain=lateral-epicondyle.R,back-of-forearm.R&view=right',
    width: 1280,
    height: 800,
  },
  { file: 'phone.png', hash: '#m=piriformis&view=back', width: 390, height: 844 },
  { file: 'tour-projector.png', hash: '#tour=hair-stylist&step=2', width: 1920, height: 1080 },
]

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
)
try {
  await new Promise((r) => setTimeout(r, 2500))
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: [
      '--no-sandbox',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--no-first-run',
    ],
  })
  mkdirSync('public/screenshots', { recursive: true })
  for (const v of VIEWS) {
    const page = await browser.newPage({ viewport: { width: v.width, height: v.height } })
    await page.goto(`http://127.0.0.1:${PORT}/${v.hash}`)
    await page.waitForFunction(() => document.body.dataset.sceneReady === 'true', undefined, { polling: 200 })
    await page.waitForSelector('[role="tablist"]') // the panels mount right after the body's first frame
    if (v.focus) await page.getByRole('button', { name: 'Focus on selection' }).click()
    await page.waitForTimeout(3000) // let the camera settle
    await page.screenshot({ path: `public/screenshots/${v.file}` })
    console.log(`wrote public/screenshots/${v.file}`)
    await page.close()
  }
  await browser.close()
} finally {
  server.kill()
}
