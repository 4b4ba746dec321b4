/**
 * One search box for muscles, body areas (regions) and conditions, tolerant of typos, case and lay words
 * ("knot between shoulder blades", "tenis elbow"). Built on MiniSearch (fuzzy + prefix matching), which the app
 * loads after the body's first frame (`loadSearchEngine`); until then `NO_SEARCH` answers with nothing.
 */
import type MiniSearch from 'minisearch'
import type { Dataset } from '@/data/dataset'

export type SearchKind = 'muscle' | 'region' | 'condition'

export interface SearchHit {
  kind: SearchKind
  id: string
  /** Display name of the record. */
  label: string
  score: number
}

interface Doc {
  key: string
  kind: SearchKind
  id: string
  label: string
  names: string
  words: string
}

/** Small words that carry no meaning for search ("my", "the", "between"... are kept only inside phrases). */
const STOP_WORDS = new Set([
  'my',
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'i',
  'it',
  'is',
  'and',
  'to',
  'pain',
  'hurts',
  'sore',
])

function documents(dataset: Dataset): Doc[] {
  return [
    ...dataset.muscles.map((m) => ({
      key: `muscle:${m.id}`,
      kind: 'muscle' as const,
      id: m.id,
      label: m.name,
      names: [m.name, m.latinName, ...m.aliases].join(' | '),
      words: m.layWords.join(' | '),
    })),
    ...dataset.regions.map((r) => ({
      key: `region:${r.id}`,
      kind: 'region' as const,
      id: r.id,
      label: r.label,
      names: r.label,
      words: r.layWords.join(' | '),
    })),
    ...dataset.conditions.map((c) => ({
      key: `condition:${c.id}`,
      kind: 'condition' as const,
      id: c.id,
      label: c.name,
      names: `${c.name} | ${c.layName}`,
      words: c.layName,
    })),
  ]
}

/** A search index over a dataset. Built on the first query, not at start-up (a few hundred records). */
export interface SearchIndex {
  search(query: string, options?: { kinds?: readonly SearchKind[]; limit?: number }): SearchHit[]
}

/** The search library's class (MiniSearch), passed in so the app can load it when it is needed. */
export type SearchEngine = typeof MiniSearch

/** Loads the search library (its own small file, fetched after the first frame). */
export async function loadSearchEngine(): Promise<SearchEngine> {
  return (await import('minisearch')).default
}

/** The index to use while the search library loads: it finds nothing. */
export const NO_SEARCH: SearchIndex = { search: () => [] }

export function createSearchIndex(dataset: Dataset, Engine: SearchEngine): SearchIndex {
  let built: MiniSearch<Doc> | undefined
  const index = () => (built ??= buildIndex(dataset, Engine))
  return {
    search(query, options = {}) {
      const q = query.trim()
      if (!q) return []
      const kinds = options.kinds
      const results = index().search(q, {
        filter: kinds ? (r) => kinds.includes(r['kind'] as SearchKind) : undefined,
      })
      return results.slice(0, options.limit ?? 20).map((r) => ({
        kind: r['kind'] as SearchKind,
        id: r['id'] as string,
        label: r['label'] as string,
        score: r.score,
      }))
    },
  }
}

function buildIndex(dataset: Dataset, Engine: SearchEngine): MiniSearch<Doc> {
  const index = new Engine<Doc>({
    idField: 'key',
    fields: ['names', 'words'],
    storeFields: ['kind', 'id', 'label'],
    processTerm: (term) => {
      const t = term.toLowerCase()
      return STOP_WORDS.has(t) ? null : t
    },
    searchOptions: {
      boost: { names: 2 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 4 ? 0.25 : false),
      combineWith: 'OR',
    },
  })
  index.addAll(documents(dataset))
  return index
}
