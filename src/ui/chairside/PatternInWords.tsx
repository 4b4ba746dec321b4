/** Where a muscle sends pain, in plain words: the main area, then where it may spread (lay words first). */
import type { Dataset } from '@/data/dataset'
import { referralRegionsOf } from '@/domain/referral'
import { strings } from '@/i18n'
import { regionKeyLabel } from '@/i18n/regionLabel'
import { useDataset } from '../DatasetContext'

/** Lay-first labels of region ids, joined for reading aloud ("the temple, the jaw and the ear"). */
export function regionWords(dataset: Dataset, ids: readonly string[]): string[] {
  return ids.map((id) => regionKeyLabel(dataset, id, { lay: true }))
}

export function PatternInWords({ muscleId, headingLevel = 4 }: { muscleId: string; headingLevel?: 4 | 5 }) {
  const dataset = useDataset()
  const t = strings.chairside
  const { essential, spillover } = referralRegionsOf(dataset, muscleId)
  const H = headingLevel === 5 ? 'h5' : 'h4'
  if (!essential.length && !spillover.length) return <p className="muted">{t.noPattern}</p>
  return (
    <div className="cs-pattern">
      {essential.length > 0 && (
        <>
          <H className="zone-heading">
            <span className="swatch swatch-essential" aria-hidden="true" />
            {t.mainArea}
          </H>
          <ul className="cs-zone-list">
            {regionWords(dataset, essential).map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
      {spillover.length > 0 && (
        <>
          <H className="zone-heading">
            <span className="swatch swatch-spillover" aria-hidden="true" />
            {t.maySpread}
          </H>
          <ul className="cs-zone-list">
            {regionWords(dataset, spillover).map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
