/** Full citations for a list of source references, with DOI / web links as plain links (nothing is fetched). */
import type { SourceRef } from '@/data/schema'
import { useDataset } from './DatasetContext'

export function SourceList({ refs }: { refs: readonly SourceRef[] }) {
  const dataset = useDataset()
  return (
    <ol className="sources">
      {refs.map((ref) => {
        const source = dataset.sourcesById.get(ref.source)
        if (!source) return null
        const href = source.doi ? `https://doi.org/${source.doi}` : source.url
        return (
          <li key={ref.source}>
            {source.citation}
            {ref.locator && <> ({ref.locator})</>}
            {href && (
              <>
                {' '}
                <a href={href} target="_blank" rel="noreferrer noopener">
                  {source.doi ? `doi:${source.doi}` : href}
                </a>
              </>
            )}
          </li>
        )
      })}
    </ol>
  )
}
