/**
 * The README's "Host it", tried as a deployer would: nginx (Debian's package) started with the shipped example
 * config (src/tools/hosting/nginx.conf) on a fresh build, then every header the README promises is checked, and
 * the smoke suite loads the app from it in each engine.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { findNginx } from '../../src/tools/engines.mjs'
import { contentSecurityPolicy } from '../../src/tools/offlinePlugin'
import { assert } from './smoke'

export const NGINX_CONFIG = resolve('src/tools/hosting/nginx.conf')

export interface Nginx {
  origin: string
  stop(): void
}

/** Starts nginx with the example config, serving `root` on `port` (after nginx's own config test passes). */
export async function startNginx(root: string, port: number): Promise<Nginx> {
  const nginx = findNginx()
  if (!nginx) throw new Error('nginx is missing: sudo apt-get install -y nginx')
  const dir = mkdtempSync(join(tmpdir(), 'bodymap-nginx-'))
  const site = readFileSync(NGINX_CONFIG, 'utf8')
  for (const line of ['listen 8080;', 'root /var/www/body-map;'])
    assert(
      site.includes(line),
      `${NGINX_CONFIG} no longer has "${line}" (the test puts its port and folder there)`,
    )
  writeFileSync(
    join(dir, 'bodymap.conf'),
    site
      .replace('listen 8080;', `listen 127.0.0.1:${port};`)
      .replace('root /var/www/body-map;', `root ${root};`),
  )
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`)
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {}
http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp.join(' ')}
  include ${dir}/bodymap.conf; }
`,
  )
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf')]
  const tested = spawnSync(nginx, ['-t', ...args], { encoding: 'utf8' })
  assert(tested.status === 0, `nginx -t rejects the example config:\n${tested.stderr}`)
  const server = spawn(nginx, args, { stdio: 'ignore' })
  const origin = `http://127.0.0.1:${port}`
  for (let i = 0; i < 50; i++) {
    if (await head(`${origin}/`).catch(() => null)) return { origin, stop: () => server.kill() }
    await new Promise((r) => setTimeout(r, 100))
  }
  server.kill()
  throw new Error(`nginx did not answer on ${origin}: ${readFileSync(join(dir, 'error.log'), 'utf8')}`)
}

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  bytes: number
}

/** A GET whose body is counted, not decoded (so a compressed answer shows as such). */
function head(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    get(url, { headers }, (res) => {
      let bytes = 0
      res.on('data', (c: Buffer) => (bytes += c.length))
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, bytes }))
    }).on('error', fail)
  })
}

/** The header checks, on a running nginx serving the build in `root`. Each throws with what is wrong. */
export function hostingChecks(root: string): { name: string; run(origin: string): Promise<void> }[] {
  const assets = readdirSync(join(root, 'assets'))
  const model = assets.find((f) => /^body-.*\.glb$/.test(f))
  const script = assets.find((f) => f.endsWith('.js'))
  const csp = contentSecurityPolicy()
  return [
    {
      name: "the map's page: the CSP as a header that forbids framing, no referrer, no long cache",
      async run(origin) {
        const { status, headers } = await head(`${origin}/`)
        assert(status === 200, `/ answered ${status}`)
        assert(
          headers['content-security-policy'] === `${csp}; frame-ancestors 'none'`,
          `CSP header: ${String(headers['content-security-policy'])}\n  expected the page's own policy (${csp}) and frame-ancestors 'none'`,
        )
        assert(
          headers['referrer-policy'] === 'no-referrer',
          `Referrer-Policy: ${String(headers['referrer-policy'])}`,
        )
        assert(
          headers['cache-control'] === 'no-cache',
          `Cache-Control of /: ${String(headers['cache-control'])}`,
        )
      },
    },
    {
      name: 'embed.html may be framed by any site; sw.js is never cached; hashed assets are cached for a year',
      async run(origin) {
        const embed = await head(`${origin}/embed.html`)
        assert(embed.status === 200, `/embed.html answered ${embed.status}`)
        assert(
          String(embed.headers['content-security-policy']).endsWith('frame-ancestors *'),
          `embed.html CSP: ${String(embed.headers['content-security-policy'])}`,
        )
        const sw = await head(`${origin}/sw.js`)
        assert(
          sw.headers['cache-control'] === 'no-cache',
          `sw.js Cache-Control: ${String(sw.headers['cache-control'])}`,
        )
        const js = await head(`${origin}/assets/${script}`)
        assert(
          js.headers['cache-control'] === 'public, max-age=31536000, immutable',
          `assets Cache-Control: ${String(js.headers['cache-control'])}`,
        )
        const manifest = await head(`${origin}/manifest.webmanifest`)
        assert(
          String(manifest.headers['content-type']).startsWith('application/manifest+json'),
          `manifest type: ${String(manifest.headers['content-type'])}`,
        )
      },
    },
    {
      name: 'the model is sent as model/gltf-binary, gzip-compressed from the file the build wrote',
      async run(origin) {
        assert(model, 'the build has no body-*.glb')
        const gz = join(root, 'assets', `${model}.gz`)
        assert(existsSync(gz), `the build wrote no ${model}.gz`)
        const res = await head(`${origin}/assets/${model}`, { 'accept-encoding': 'gzip' })
        assert(res.status === 200, `the model answered ${res.status}`)
        assert(
          res.headers['content-type'] === 'model/gltf-binary',
          `type: ${String(res.headers['content-type'])}`,
        )
        assert(
          res.headers['content-encoding'] === 'gzip',
          `not compressed: ${String(res.headers['content-encoding'])}`,
        )
        assert(
          res.bytes === statSync(gz).size,
          `sent ${res.bytes} bytes, the .gz file has ${statSync(gz).size}`,
        )
        const plain = await head(`${origin}/assets/${model}`)
        assert(
          plain.bytes === statSync(join(root, 'assets', model)).size,
          'a client without gzip gets the file as is',
        )
        console.log(
          `      model: ${(plain.bytes / 1e6).toFixed(2)} MB, ${(res.bytes / 1e6).toFixed(2)} MB with gzip`,
        )
      },
    },
  ]
}
