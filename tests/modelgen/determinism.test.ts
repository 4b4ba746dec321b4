// The committed GLB is current (hash of inputs and generator sources), and the generator is deterministic.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Description } from '@/modelgen/build'
import { buildModel, inputsHash, loadDescription, modelsDir } from '@/modelgen/build'

describe('body.glb is current', () => {
  it('matches the recorded hash of the description and generator sources (run npm run build:model)', () => {
    const rec = JSON.parse(readFileSync(resolve(modelsDir, 'body.build.json'), 'utf8')) as {
      inputs: string
      glbSha256: string
    }
    expect(inputsHash(), 'models/*.json or src/modelgen changed: run npm run build:model').toBe(rec.inputs)
    const sha = createHash('sha256')
      .update(readFileSync(resolve(modelsDir, 'body.glb')))
      .digest('hex')
    expect(sha, 'models/body.glb is not the one recorded by the last build').toBe(rec.glbSha256)
  })
})

/** A small version of the model (coarse grids, a few muscles) that builds in seconds without the cache. */
function smallDescription(): Description {
  const d = loadDescription()
  return {
    ...d,
    body: { ...d.body, skin: { ...d.body.skin, h: 0.02 } },
    bones: { ...d.bones, h: 0.016 },
    muscles: d.muscles.filter((m) => ['upper-trapezius', 'piriformis', 'biceps-brachii'].includes(m.id)),
  }
}

describe('determinism', () => {
  it('builds byte-identical GLBs from the same input', async () => {
    const a = await buildModel(smallDescription(), undefined, { cache: false, workers: 1 })
    const b = await buildModel(smallDescription(), undefined, { cache: false, workers: 1 })
    expect(a.glb.byteLength).toBeGreaterThan(10_000)
    expect(Buffer.from(a.glb).equals(Buffer.from(b.glb))).toBe(true)
  }, 120_000)

  it.runIf(process.env.BODY_MODEL_FULL === '1')(
    'a full rebuild without the cache reproduces models/body.glb',
    async () => {
      const r = await buildModel(loadDescription(), undefined, { cache: false })
      const committed = readFileSync(resolve(modelsDir, 'body.glb'))
      expect(Buffer.from(r.glb).equals(committed)).toBe(true)
    },
    600_000,
  )
})
