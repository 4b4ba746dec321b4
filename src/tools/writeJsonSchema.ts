// Writes data/schema/*.schema.json from the zod schemas (npm run schema:json). A test checks they are current.
import { mkdirSync, writeFileSync } from 'node:fs'
import { jsonSchemas } from '../data/jsonSchemas'

mkdirSync('data/schema', { recursive: true })
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`data/schema/${name}.schema.json`, JSON.stringify(schema, null, 2) + '\n')
  console.log(`wrote data/schema/${name}.schema.json`)
}
