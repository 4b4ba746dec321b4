// No import cycles in src/ (npm run check:cycles, part of `npm test`): prints each cycle as a chain of files and
// exits 1. It counts every import, type-only ones included (`npm test` passes --types): a cycle of values makes a
// module run before the one it needs has finished (values read as undefined, or a TDZ error), and a cycle of types
// still ties files that should be apart (the store's slices take AppState from state/types.ts, which imports none
// of them). Without --types it counts only the imports that stay in the built code.
import { adjacency, closesCycle, findCycles, readImportGraph } from './importCycles'

/**
 * Imports known to close a cycle, [importer, imported], left out until they go (empty: keep it so). The check fails
 * when one of them no longer closes a cycle, so the list only shrinks.
 */
const KNOWN_CYCLE_EDGES: [string, string][] = []

const types = process.argv.includes('--types')
const graph = adjacency(readImportGraph(process.cwd()), { types })
let failed = false

for (const [from, to] of KNOWN_CYCLE_EDGES) {
  const targets = graph.get(from)
  if (!targets?.includes(to) || !closesCycle(graph, from, to)) {
    console.error(
      `${from} → ${to} no longer closes a cycle: take it off KNOWN_CYCLE_EDGES (src/tools/checkCycles.ts).`,
    )
    failed = true
  }
  const others = (targets ?? []).filter((t) => t !== to)
  graph.set(from, others)
}

const cycles = findCycles(graph)
const kind = types ? 'import' : 'value-import'
if (cycles.length) {
  console.error(`${cycles.length} ${kind} cycle${cycles.length === 1 ? '' : 's'} in src/:`)
  for (const cycle of cycles) console.error(`  ${cycle.join(' → ')}`)
  failed = true
}
if (failed) process.exit(1)
const known = KNOWN_CYCLE_EDGES.length ? ` (${KNOWN_CYCLE_EDGES.length} known, listed in checkCycles.ts)` : ''
console.log(`No ${kind} cycles in src/: ${graph.size} files${known}.`)
