import { describe, expect, it } from 'vitest'
import { adjacency, closesCycle, findCycles, importsOf, resolveImport } from '@/tools/importCycles'
import type { ImportGraph } from '@/tools/importCycles'

const graphOf = (edges: Record<string, string[]>) => new Map(Object.entries(edges))

describe('findCycles', () => {
  it('finds none in a graph that only goes down', () => {
    expect(
      findCycles(graphOf({ app: ['ui', 'state'], ui: ['state', 'data'], state: ['data'], data: [] })),
    ).toEqual([])
  })

  it('gives each cycle as a chain that closes on its first file, starting from its smallest file', () => {
    const graph = graphOf({ store: ['slice', 'data'], slice: ['store'], data: [] })
    expect(findCycles(graph)).toEqual([['slice', 'store', 'slice']])
  })

  it('finds a long cycle, a self-import, and two cycles sharing a file, each once', () => {
    const graph = graphOf({
      a: ['b'],
      b: ['c'],
      c: ['a', 'd'],
      d: [],
      self: ['self'],
      hub: ['x', 'y'],
      x: ['hub'],
      y: ['hub'],
    })
    expect(findCycles(graph)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['hub', 'x', 'hub'],
      ['hub', 'y', 'hub'],
      ['self', 'self'],
    ])
  })

  it('tells whether an edge closes a cycle', () => {
    const graph = graphOf({ store: ['slice'], slice: ['store', 'data'], data: [] })
    expect(closesCycle(graph, 'slice', 'store')).toBe(true)
    expect(closesCycle(graph, 'slice', 'data')).toBe(false)
  })
})

describe('importsOf', () => {
  it('reads static, re-exported, lazy and type imports, and tells the type-only ones', () => {
    const text = [
      "import { a } from './a'",
      "import type { B } from '@/state/b'",
      "import { type C, type D } from './c'",
      "import { e, type E } from './e'",
      "import './styles.css'",
      "export { f } from '../f'",
      "export type { G } from './g'",
      "const h = () => import('./h')",
      "let i: typeof import('./i').value",
      "import { useState } from 'react'",
    ].join('\n')
    expect(importsOf('x.ts', text)).toEqual([
      { spec: './a', typeOnly: false },
      { spec: '@/state/b', typeOnly: true },
      { spec: './c', typeOnly: true },
      { spec: './e', typeOnly: false },
      { spec: './styles.css', typeOnly: false },
      { spec: '../f', typeOnly: false },
      { spec: './g', typeOnly: true },
      { spec: './h', typeOnly: false },
      { spec: './i', typeOnly: true },
      { spec: 'react', typeOnly: false },
    ])
  })
})

describe('resolveImport', () => {
  const files = new Set([
    'src/state/store.ts',
    'src/ui/Legend.tsx',
    'src/tools/chromium.mjs',
    'src/i18n/index.ts',
  ])
  it('resolves @/ and relative paths to the files of the graph, with or without extension or index', () => {
    expect(resolveImport('@/state/store', 'src/ui/Legend.tsx', files)).toBe('src/state/store.ts')
    expect(resolveImport('../state/store', 'src/ui/Legend.tsx', files)).toBe('src/state/store.ts')
    expect(resolveImport('./Legend', 'src/ui/x.ts', files)).toBe('src/ui/Legend.tsx')
    expect(resolveImport('./chromium.mjs', 'src/tools/x.ts', files)).toBe('src/tools/chromium.mjs')
    expect(resolveImport('@/i18n', 'src/ui/x.ts', files)).toBe('src/i18n/index.ts')
  })
  it('leaves packages and files outside the graph out', () => {
    expect(resolveImport('react', 'src/ui/x.ts', files)).toBeUndefined()
    expect(resolveImport('../../models/body.glb?url', 'src/scene/x.ts', files)).toBeUndefined()
  })
})

describe('adjacency', () => {
  it('drops type-only imports unless asked for them', () => {
    const graph: ImportGraph = new Map([
      ['slice', [{ to: 'store', typeOnly: true }]],
      ['store', [{ to: 'slice', typeOnly: false }]],
    ])
    expect(findCycles(adjacency(graph, { types: false }))).toEqual([])
    expect(findCycles(adjacency(graph, { types: true }))).toEqual([['slice', 'store', 'slice']])
  })
})
