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
  /** Set on a muscle listed right after the condition it most often causes (the best match), not for its words. */
  causeOf?: string
}

interface Doc {
  key: string
  kind: SearchKind
  id: string
  label: string
  names: string
  words: string
  /** A condition's description: its symptoms in words ("first steps in the morning"). */
  about: string
}

/** Small words that carry no meaning for search: neither indexed nor searched. */
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
  'me',
])

/**
 * Words that say how or that something hurts, or roughly where, but not what ("pain behind my knee", "tight
 * hamstrings"). In a query with other words they only count when spelt exactly, weigh little, and never bring
 * in a result alone; a query of nothing else ("pain") is searched as it is.
 */
const FILLER_WORDS = new Set([
  'pain',
  'pains',
  'painful',
  'hurt',
  'hurts',
  'hurting',
  'sore',
  'ache',
  'aches',
  'aching',
  'achy',
  'tight',
  'tightness',
  'behind',
  'around',
  'near',
  'when',
  'with',
  'feel',
  'feels',
  'very',
  'really',
  'bad',
])

/** How many of a condition's most common muscles follow it when it is the best match ("headache"). */
const CAUSES_AFTER_CONDITION = 2

/** A lay phrase of two words or more found as written in the query ("behind my knee") counts this much more. */
const PHRASE_BONUS = 2

function documents(dataset: Dataset): Doc[] {
  return [
    ...dataset.muscles.map((m) => ({
      key: `muscle:${m.id}`,
      kind: 'muscle' as const,
      id: m.id,
      label: m.name,
      names: [m.name, m.latinName, ...m.aliases].join(' | '),
      words: m.layWords.join(' | '),
      about: '',
    })),
    ...dataset.regions.map((r) => ({
      key: `region:${r.id}`,
      kind: 'region' as const,
      id: r.id,
      label: r.label,
      names: r.label,
      words: r.layWords.join(' | '),
      about: '',
    })),
    ...dataset.conditions.map((c) => ({
      key: `condition:${c.id}`,
      kind: 'condition' as const,
      id: c.id,
      label: c.name,
      names: `${c.name} | ${c.layName}`,
      words: c.layName,
      about: c.description,
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
  let built: { index: MiniSearch<Doc>; phrases: Map<string, string[][]> } | undefined
  const tokenize = Engine.getDefault('tokenize') as (text: string) => string[]
  const words = (text: string) => tokenize(text.toLowerCase()).filter((t) => t && !STOP_WORDS.has(t))
  const index = () => (built ??= buildIndex(dataset, Engine, words))
  return {
    search(query, options = {}) {
      const terms = words(query.trim())
      if (!terms.length) return []
      const content = terms.filter((t) => !FILLER_WORDS.has(t))
      const filler = content.length ? terms.filter((t) => FILLER_WORDS.has(t)) : []
      const kinds = options.kinds
      const { index: engine, phrases } = index()
      const results = engine.search(
        {
          combineWith: 'OR',
          queries: [
            { combineWith: 'OR', queries: content.length ? content : terms },
            ...(filler.length
              ? [
                  {
                    combineWith: 'OR' as const,
                    queries: filler,
                    fuzzy: false,
                    prefix: false,
                    boostTerm: () => 0.3,
                  },
                ]
              : []),
          ],
        },
        { filter: kinds ? (r) => kinds.includes(r['kind'] as SearchKind) : undefined },
      )
      const hits = results
        // A result that matched only filler words ("behind" in "Behind the eye" for "pain behind my knee") goes.
        .filter((r) => !filler.length || r.queryTerms.some((t) => !FILLER_WORDS.has(t)))
        .map((r) => {
          const said = (phrases.get(`${r['kind']}:${r['id']}`) ?? []).some((p) => containsRun(terms, p))
          return {
            kind: r['kind'] as SearchKind,
            id: r['id'] as string,
            label: r['label'] as string,
            score: said ? r.score * PHRASE_BONUS : r.score,
          }
        })
        .sort((a, b) => b.score - a.score)
      return (content.length ? withCauses(dataset, hits, kinds) : hits).slice(0, options.limit ?? 20)
    },
  }
}

/** Whether `run` (two words or more) appears in `terms` as a contiguous sequence. */
function containsRun(terms: readonly string[], run: readonly string[]): boolean {
  if (run.length < 2) return false
  for (let i = 0; i + run.length <= terms.length; i++)
    if (run.every((w, j) => terms[i + j] === w)) return true
  return false
}

/** When the best match is a condition, its most common muscles follow it ("headache" → the upper trapezius). */
function withCauses(dataset: Dataset, hits: SearchHit[], kinds?: readonly SearchKind[]): SearchHit[] {
  const top = hits[0]
  if (top?.kind !== 'condition' || (kinds && !kinds.includes('muscle'))) return hits
  const ids = dataset.conditionsById.get(top.id)?.commonMuscles.slice(0, CAUSES_AFTER_CONDITION) ?? []
  const causes = ids.flatMap((id): SearchHit[] => {
    const muscle = dataset.musclesById.get(id)
    const found = hits.find((h) => h.kind === 'muscle' && h.id === id)
    return muscle
      ? [{ kind: 'muscle', id, label: muscle.name, score: found?.score ?? 0, causeOf: top.id }]
      : []
  })
  const rest = hits.slice(1).filter((h) => !(h.kind === 'muscle' && ids.includes(h.id)))
  return [top, ...causes, ...rest]
}

/**
 * The hit that Enter opens without choosing: the only one, or a first that scores clearly above the second
 * (half as much again), so a query that could mean several things opens nothing.
 */
export function clearTopHit(hits: readonly SearchHit[]): SearchHit | null {
  const [first, second] = hits.filter((h) => !h.causeOf)
  if (!first || first !== hits[0]) return null
  return !second || first.score >= second.score * 1.5 ? first : null
}

function buildIndex(dataset: Dataset, Engine: SearchEngine, words: (text: string) => string[]) {
  const index = new Engine<Doc>({
    idField: 'key',
    fields: ['names', 'words', 'about'],
    storeFields: ['kind', 'id', 'label'],
    processTerm: (term) => {
      const t = term.toLowerCase()
      return STOP_WORDS.has(t) ? null : t
    },
    searchOptions: {
      boost: { names: 2, about: 0.4 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 4 ? 0.25 : false),
      combineWith: 'OR',
    },
  })
  const docs = documents(dataset)
  index.addAll(docs)
  // Each record's names and lay words as word lists, for the phrase bonus.
  const phrases = new Map(docs.map((d) => [d.key, `${d.names} | ${d.words}`.split(' | ').map(words)]))
  return { index, phrases }
}
