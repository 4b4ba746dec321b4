import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { jsonSchemas } from '@/data/jsonSchemas'

describe('data/schema/*.schema.json', () => {
  it('are current with the zod schemas (run `npm run schema:json` after changing src/data/schema.ts)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const onDisk = JSON.parse(readFileSync(`data/schema/${name}.schema.json`, 'utf8')) as unknown
      expect(onDisk, name).toEqual(schema)
    }
  })
})
