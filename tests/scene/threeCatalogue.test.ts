import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import * as catalogue from '@/scene/threeCatalogue'
import { CATALOGUE_MODULE, redirectThreeImport } from '@/tools/r3fCataloguePlugin'

const SCENE_DIR = join(import.meta.dirname, '../../src/scene')

/** Lower-case JSX elements in the scene's .tsx files whose PascalCase name is a three.js export. */
function threeElementsUsed(): Map<string, string> {
  const used = new Map<string, string>()
  for (const file of readdirSync(SCENE_DIR).filter((f) => f.endsWith('.tsx'))) {
    const text = readFileSync(join(SCENE_DIR, file), 'utf8')
    for (const m of text.matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)) {
      const pascal = m[1]![0]!.toUpperCase() + m[1]!.slice(1)
      if (pascal in THREE) used.set(pascal, file)
    }
  }
  return used
}

describe('three.js catalogue for <Canvas>', () => {
  it('lists every three.js element the scene writes as JSX', () => {
    const used = threeElementsUsed()
    // The scan itself must see the scene's elements, or this test would pass on nothing.
    expect([...used.keys()]).toEqual(expect.arrayContaining(['Mesh', 'Group', 'DirectionalLight']))
    const missing = [...used].filter(([name]) => !(name in catalogue)).map(([n, f]) => `${n} (${f})`)
    expect(missing).toEqual([])
  })

  it('holds real three.js classes, nothing else', () => {
    for (const [name, value] of Object.entries(catalogue))
      expect(value, name).toBe((THREE as Record<string, unknown>)[name])
  })

  it("redirects only react-three-fiber <Canvas>'s import of three", () => {
    const canvas = '/app/node_modules/@react-three/fiber/dist/react-three-fiber.esm.js'
    expect(redirectThreeImport('three', canvas)).toBe(CATALOGUE_MODULE)
    expect(
      redirectThreeImport(
        'three',
        'C:\\app\\node_modules\\@react-three\\fiber\\dist\\react-three-fiber.esm.js',
      ),
    ).toBe(CATALOGUE_MODULE)
    expect(
      redirectThreeImport('three', '/app/node_modules/@react-three/fiber/dist/events-e51d7528.esm.js'),
    ).toBeNull()
    expect(redirectThreeImport('three', '/app/src/scene/BodyView.tsx')).toBeNull()
    expect(redirectThreeImport('react', canvas)).toBeNull()
    expect(redirectThreeImport('three', undefined)).toBeNull()
  })
})
