/**
 * The import graph of src/ and the cycles in it (npm run check:cycles). An import is an edge from the importing file
 * to the file it names, whether written `@/x` or relative, static or lazy (`import()`); `import type` and imports of
 * types only are edges too but marked, as they vanish from the built code. Plain module: no side effects.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export interface ImportEdge {
  /** The imported file, relative to the repository (`src/state/store.ts`). */
  to: string
  /** Only types come through it, so it is gone from the built code. */
  typeOnly: boolean
}

/** Files (relative to the repository, `/`-separated) and the files each imports. */
export type ImportGraph = Map<string, ImportEdge[]>

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/
const DECLARATION = /\.d\.m?ts$/
const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '.js']

/** The import specifiers of one file, each with whether it brings in types only. */
export function importsOf(fileName: string, text: string): { spec: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const found: { spec: string; typeOnly: boolean }[] = []
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const named = clause?.namedBindings
      const onlyTypeNames =
        !!clause &&
        !clause.name &&
        !!named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly)
      found.push({ spec: node.moduleSpecifier.text, typeOnly: !!clause?.isTypeOnly || onlyTypeNames })
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause
      const onlyTypeNames =
        !!clause &&
        ts.isNamedExports(clause) &&
        clause.elements.length > 0 &&
        clause.elements.every((e) => e.isTypeOnly)
      found.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || onlyTypeNames })
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ spec: node.arguments[0].text, typeOnly: false })
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal
      if (ts.isStringLiteral(literal)) found.push({ spec: literal.text, typeOnly: true })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The file of the graph that `spec`, imported from `from`, names; `undefined` for a package or a file outside. */
export function resolveImport(spec: string, from: string, files: ReadonlySet<string>): string | undefined {
  const bare = spec.replace(/[?#].*$/, '')
  let base: string
  if (bare.startsWith('@/')) base = path.posix.join('src', bare.slice(2))
  else if (bare.startsWith('./') || bare.startsWith('../'))
    base = path.posix.join(path.posix.dirname(from), bare)
  else return undefined
  const candidates = [
    base,
    ...RESOLVE_EXTENSIONS.map((ext) => base + ext),
    ...RESOLVE_EXTENSIONS.map((ext) => `${base}/index${ext}`),
  ]
  return candidates.find((c) => files.has(c))
}

/** The import graph of every source file under `dir` (relative to `root`), declaration files left out. */
export function readImportGraph(root: string, dir = 'src'): ImportGraph {
  const files = (readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
    .filter((f) => SOURCE.test(f) && !DECLARATION.test(f) && statSync(path.join(root, f)).isFile())
    .sort()
  const known = new Set(files)
  const graph: ImportGraph = new Map()
  for (const file of files) {
    const edges: ImportEdge[] = []
    for (const { spec, typeOnly } of importsOf(file, readFileSync(path.join(root, file), 'utf8'))) {
      const to = resolveImport(spec, file, known)
      if (to) edges.push({ to, typeOnly })
    }
    graph.set(file, edges)
  }
  return graph
}

/** The graph as plain adjacency lists: every edge, or only those that stay in the built code. */
export function adjacency(graph: ImportGraph, { types }: { types: boolean }): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [file, edges] of graph) {
    const targets = edges.filter((e) => types || !e.typeOnly).map((e) => e.to)
    out.set(file, [...new Set(targets)].sort())
  }
  return out
}

/** Strongly connected components (Tarjan), each sorted; only those that hold a cycle. */
function tangledComponents(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  let next = 0
  const visit = (v: string) => {
    index.set(v, next)
    low.set(v, next)
    next++
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!))
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      const selfLoop = (graph.get(v) ?? []).includes(v)
      if (component.length > 1 || selfLoop) components.push(component.sort())
    }
  }
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v)
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!))
}

/** The shortest path from `start` back to itself inside `members`, as [start, …, start]. */
function shortestCycleThrough(
  start: string,
  graph: ReadonlyMap<string, readonly string[]>,
  members: ReadonlySet<string>,
): string[] | undefined {
  const cameFrom = new Map<string, string>()
  const queue = [start]
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue
      if (w === start) {
        const chain = [start]
        for (let u: string | undefined = v; u !== undefined && u !== start; u = cameFrom.get(u)) chain.push(u)
        return [...chain, start].reverse()
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v)
        queue.push(w)
      }
    }
  }
  return undefined
}

/**
 * The import cycles of a graph, each as a chain of files that starts and ends on the same file: for every file
 * caught in a cycle, the shortest cycle through it (duplicates dropped). Empty when the graph has none.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = []
  const seen = new Set<string>()
  for (const component of tangledComponents(graph)) {
    const members = new Set(component)
    for (const file of component) {
      const cycle = shortestCycleThrough(file, graph, members)
      if (!cycle) continue
      // The same cycle found from another of its files: rotate it to start at its smallest file.
      const ring = cycle.slice(0, -1)
      const first = ring.indexOf([...ring].sort()[0]!)
      const canonical = [...ring.slice(first), ...ring.slice(0, first)]
      const key = canonical.join(' → ')
      if (seen.has(key)) continue
      seen.add(key)
      cycles.push([...canonical, canonical[0]!])
    }
  }
  return cycles
}

/** Whether `to` leads back to `from` in the graph, i.e. whether the edge from → to closes a cycle. */
export function closesCycle(
  graph: ReadonlyMap<string, readonly string[]>,
  from: string,
  to: string,
): boolean {
  const seen = new Set([to])
  const queue = [to]
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!
    if (v === from) return true
    for (const w of graph.get(v) ?? []) {
      if (seen.has(w)) continue
      seen.add(w)
      queue.push(w)
    }
  }
  return false
}
