/**
 * The cross-engine smoke suite (`npm run test:engines`, part of `npm test`): builds the app twice (at / and under
 * /tpmap/), serves both, and runs smoke.ts in Chromium, Firefox ESR and WebKit (WebKitGTK), Debian's packages.
 * Firefox and WebKit need a display (src/tools/withDisplay.mjs gives a virtual one). Ends with "N passed, N
 * failed" and a non-zero exit on any failure. ENGINES=webkit (comma-separated) runs only those engines.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { launch } from './drivers'
import type { EngineDriver, EngineName } from './drivers'
import { hostingChecks, startNginx } from './hosting'
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

/** A port no one listens on now, for nginx. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
    probe.on('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => done(port))
    })
  })
}

async function main() {
  mkdirSync(outDir, { recursive: true })
  const started = Date.now()
  const root = await startStaticServer(build('/', 'dist-engines'), '/')
  const sub = await startStaticServer(build('/tpmap/', 'dist-engines-sub'), '/tpmap/')
  sub.pages.set('/article.html', articlePage(`${root.origin}/`))
  let passed = 0
  const failures: string[] = []
  const record = async (name: string, run: () => Promise<void>) => {
    const t0 = Date.now()
    try {
      await run()
      passed++
      console.log(`  ✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
      return true
    } catch (err) {
      failures.push(`${name}: ${err instanceof Error ? err.message : String(err)}`)
      console.log(`  ✘ ${failures.at(-1)}`)
      return false
    }
  }
  // The README's "Host it": nginx with the shipped config, on the same build.
  const nginxPort = await freePort()
  let nginx: Awaited<ReturnType<typeof startNginx>> | null = null
  await record('[nginx] the example config passes nginx -t and serves the build', async () => {
    nginx = await startNginx(root.root, nginxPort)
  })
  for (const check of hostingChecks(root.root)) {
    const origin = `http://127.0.0.1:${nginxPort}`
    await record(`[nginx] ${check.name}`, () => check.run(origin))
  }
  const ctx = {
    hosted: `http://127.0.0.1:${nginxPort}/`,
    app: `${root.origin}/`,
    subApp: `${sub.origin}/tpmap/`,
    subMissing: () => sub.missing,
    article: `${sub.origin}/article.html`,
  }
  for (const engine of engines) {
    let driver: EngineDriver | null = null
    try {
      driver = await launch(engine)
      for (const check of CHECKS) {
        const missingBefore = sub.missing.length
        const d = driver
        const ok = await record(`[${engine}] ${check.name}`, () => check.run(d, ctx))
        // A picture of what each check saw, to look at (and of the failure).
        const shot = await driver.screenshot().catch(() => null)
        const name = `${engine}-${CHECKS.indexOf(check)}${ok ? '' : '-failed'}.png`
        if (shot) writeFileSync(`${outDir}/${name}`, shot)
        sub.missing.splice(missingBefore)
      }
    } catch (err) {
      failures.push(`[${engine}] could not start: ${err instanceof Error ? err.message : String(err)}`)
      console.log(`  ✘ ${failures.at(-1)}`)
    } finally {
      await driver?.close().catch(() => undefined)
    }
  }
  ;(nginx as { stop(): void } | null)?.stop()
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
