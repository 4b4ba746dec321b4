// Content-addressed cache of built parts (node_modules/.cache/body-model), keyed by a hash of the inputs.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

type Arr = Float32Array | Uint32Array | Uint16Array
const ctors = { f32: Float32Array, u32: Uint32Array, u16: Uint16Array } as const

export const cacheDir = resolve(import.meta.dirname, '../../node_modules/.cache/body-model')

export function hashOf(...parts: unknown[]): string {
  const h = createHash('sha256')
  for (const p of parts) h.update(typeof p === 'string' ? p : JSON.stringify(p))
  return h.digest('hex').slice(0, 24)
}

/** Hash of the generator's own sources, so a code change invalidates every cached part. */
export function sourcesHash(all = false): string {
  const dir = resolve(import.meta.dirname)
  const files = readdirSync(dir)
    .filter(
      (f) => f.endsWith('.ts') && (all || !['cli.ts', 'coverage.ts', 'cache.ts', 'worker.ts'].includes(f)),
    )
    .sort()
  return hashOf(...files.map((f) => f + readFileSync(join(dir, f), 'utf8')))
}

export function cacheGet<T extends Record<string, unknown>>(key: string): T | null {
  if (process.env.BODY_MODEL_NO_CACHE) return null
  const f = join(cacheDir, `${key}.bin`)
  if (!existsSync(f)) return null
  const buf = readFileSync(f)
  const hl = buf.readUInt32LE(0)
  const head = JSON.parse(buf.subarray(4, 4 + hl).toString('utf8')) as {
    arrays: { k: string; t: keyof typeof ctors; n: number }[]
    rest: Record<string, unknown>
  }
  let off = 4 + hl
  const out: Record<string, unknown> = { ...head.rest }
  for (const a of head.arrays) {
    const C = ctors[a.t]
    const bytes = a.n * C.BYTES_PER_ELEMENT
    const copy = new Uint8Array(bytes)
    copy.set(buf.subarray(off, off + bytes))
    out[a.k] = new C(copy.buffer)
    off += bytes
  }
  return out as T
}

export function cachePut(key: string, obj: Record<string, unknown>): void {
  mkdirSync(cacheDir, { recursive: true })
  const arrays: { k: string; t: keyof typeof ctors; n: number }[] = []
  const bufs: Buffer[] = []
  const rest: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(obj)) {
    if (v instanceof Float32Array || v instanceof Uint32Array || v instanceof Uint16Array) {
      const t = v instanceof Float32Array ? 'f32' : v instanceof Uint32Array ? 'u32' : 'u16'
      arrays.push({ k, t, n: v.length })
      bufs.push(Buffer.from((v as Arr).buffer, (v as Arr).byteOffset, (v as Arr).byteLength))
    } else rest[k] = v
  }
  const head = Buffer.from(JSON.stringify({ arrays, rest }), 'utf8')
  const hl = Buffer.alloc(4)
  hl.writeUInt32LE(head.length, 0)
  writeFileSync(join(cacheDir, `${key}.bin`), Buffer.concat([hl, head, ...bufs]))
}
