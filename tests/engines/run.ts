/**
 * The cross-engine smoke suite (`npm run test:engines`, part of `npm test`): builds the app twice (at / and under
 * /tpmap/), serves both, and runs smoke.ts in Chromium, Firefox ESR and WebKit (WebKitGTK), Debian's packages.
 * Firefox and WebKit need a display (src/tools/withDisplay.mjs gives a virtual one). Ends with "N passed, N
 * failed" and a non-zero exit on any failure. ENGINES=webkit (comma-separated) runs only those engines.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { launch } from './drivers'
import type { EngineDriver, EngineName } from './drivers'
import { startStaticServer } from './server'
import { CHECKS, articlePage } from './smoke'

const ALL: EngineName[] = ['chromium', 'firefox', 'webkit']
const engines = (process.env.ENGINES?.split(',') ?? ALL).filter((e): e is EngineName =>
  ALL.includes(e as EngineName),
)
const outDir = resolve('test-results/engines')

function build(base: string, dir: string) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--base', base, '--outDir', dir], {
    stdio: 'inherit',
  })
  return resolve(dir)
}

async function main() {
  mkdirSync(outDir, { recursive: true })
  const started = Date.now()
  const root = await startStaticServer(build('/', 'dist-engines'), '/')
  const sub = await startStaticServer(build('/tpmap/', 'dist-engines-sub'), '/tpmap/')
  sub.pages.set('/article.html', articlePage(`${root.origin}/`))
  const ctx = {
    app: `${root.origin}/`,
    subApp: `${sub.origin}/tpmap/`,
    subMissing: () => sub.missing,
    article: `${sub.origin}/article.html`,
  }
  let passed = 0
  const failures: string[] = []
  for (const engine of engines) {
    let driver: EngineDriver | null = null
    try {
      driver = await launch(engine)
      for (const check of CHECKS) {
        const t0 = Date.now()
        const missingBefore = sub.missing.length
        try {
          await check.run(driver, ctx)
          writeFileSync(`${outDir}/${engine}-${CHECKS.indexOf(check)}.png`, await driver.screenshot())
          passed++
          console.log(`  ✓ [${engine}] ${check.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
        } catch (err) {
          failures.push(`[${engine}] ${check.name}: ${err instanceof Error ? err.message : String(err)}`)
          console.log(`  ✘ [${engine}] ${check.name}\n      ${failures.at(-1)}`)
          const shot = await driver.screenshot().catch(() => null)
          if (shot) writeFileSync(`${outDir}/${engine}-${CHECKS.indexOf(check)}-failed.png`, shot)
        }
        sub.missing.splice(missingBefore)
      }
    } catch (err) {
      failures.push(`[${engine}] could not start: ${err instanceof Error ? err.message : String(err)}`)
      console.log(`  ✘ ${failures.at(-1)}`)
    } finally {
      await driver?.close().catch(() => undefined)
    }
  }
  await root.close()
  await sub.close()
  console.log(
    `\nCross-engine smoke suite (${engines.join(', ')}) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  )
  for (const f of failures) console.log(`  failed: ${f}`)
  console.log(`${passed} passed, ${failures.length} failed`)
  process.exit(failures.length ? 1 : 0)
}

void main()
