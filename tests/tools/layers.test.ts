// The layer rule of eslint.config.js, run through ESLint itself on files in tests/fixtures/lint/ that are linted as if
// they lay in a folder of src/: an import across the layers fails, written `@/x` or `../x`, and a legal one passes.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const eslint = new ESLint({ cwd: root })

/** ESLint's messages for a fixture, linted as `pretend` (a path under src/). */
async function lintAs(fixture: string, pretend: string) {
  const code = readFileSync(path.join(root, 'tests/fixtures/lint', fixture), 'utf8')
  const [result] = await eslint.lintText(code, { filePath: path.join(root, pretend) })
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`)
}

describe('layers (eslint.config.js)', () => {
  it.each([
    ['domain-imports-state.ts', 'src/domain/fixture.ts', "domain may not import state ('@/state/store')"],
    [
      'domain-imports-state-type.ts',
      'src/domain/fixture.ts',
      "domain may not import state ('../state/store')",
    ],
    ['scene-imports-ui.ts', 'src/scene/fixture.ts', "scene may not import ui ('@/ui/keyEntries')"],
    ['scene-imports-ui-relative.ts', 'src/scene/fixture.ts', "scene may not import ui ('../ui/keyEntries')"],
    [
      'ui-imports-scene-lazily.ts',
      'src/ui/drawing/fixture.ts',
      "ui may not import scene ('../../scene/BodyView')",
    ],
    ['data-imports-domain.ts', 'src/data/fixture.ts', "data may not import domain ('../domain/search')"],
    ['domain-imports-words.ts', 'src/domain/fixture.ts', "domain may not import i18n ('@/i18n')"],
    ['domain-imports-words.ts', 'src/state/fixture.ts', "state may not import i18n ('@/i18n')"],
    ['no-layer.ts', 'src/widgets/fixture.ts', 'src/widgets is in no layer'],
    ['reaches-outside.ts', 'src/ui/fixture.ts', "'../../tests/engines/server' reaches outside src/"],
  ])('%s, linted as %s, fails: %s', async (fixture, pretend, expected) => {
    const messages = await lintAs(fixture, pretend)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(`layers/imports: ${expected}`)
  })

  it('passes imports downwards, in both spellings', async () => {
    expect(await lintAs('legal.ts', 'src/scene/fixture.ts')).toEqual([])
  })

  it('leaves files outside src/ alone (tests import any layer)', async () => {
    expect(await lintAs('scene-imports-ui.ts', 'tests/scene/fixture.ts')).toEqual([])
  })
})
