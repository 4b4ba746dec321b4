/** The dataset the panels read: App provides the bundled one, tests provide the fixture. */
import { createContext, useContext, useMemo } from 'react'
import type { ReactNode } from 'react'
import type { Dataset } from '@/data/dataset'
import type { SearchEngine, SearchIndex } from '@/domain/search'
import { NO_SEARCH, createSearchIndex } from '@/domain/search'

interface DatasetValue {
  dataset: Dataset
  /** Search index over the dataset, built once per dataset. */
  searchIndex: SearchIndex
}

const DatasetContext = createContext<DatasetValue | null>(null)

/**
 * Makes `dataset` (and a search index over it) available to every panel below. Search finds nothing until
 * `searchEngine` is given (the app loads it after the body's first frame); consumers re-render when it arrives.
 */
export function DatasetProvider({
  dataset,
  searchEngine,
  children,
}: {
  dataset: Dataset
  searchEngine: SearchEngine | null
  children: ReactNode
}) {
  const value = useMemo(
    () => ({ dataset, searchIndex: searchEngine ? createSearchIndex(dataset, searchEngine) : NO_SEARCH }),
    [dataset, searchEngine],
  )
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>
}

function useDatasetValue(): DatasetValue {
  const value = useContext(DatasetContext)
  if (!value) throw new Error('Panels need a <DatasetProvider> above them')
  return value
}

/** The dataset from the nearest DatasetProvider. */
export function useDataset(): Dataset {
  return useDatasetValue().dataset
}

/** The search index from the nearest DatasetProvider. */
export function useSearchIndex(): SearchIndex {
  return useDatasetValue().searchIndex
}
