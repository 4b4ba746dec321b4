/**
 * Marking areas for "where does this muscle refer?" without the body: a filterable list of body areas in lay
 * words (one tick marks both sides), and the marked areas as removable chips. Both edit painRegionKeys, the same
 * marks a tap on the body makes.
 */
import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Region } from '@/data/schema'
import { regionKeysOf } from '@/state/intents'
import { patchView, presentedState } from '@/state/presented'
import { useAppStore, useView } from '@/state/store'
import { parseRegionKey } from '@/data/regionKeys'
import { strings } from '@/i18n'
import { useDataset } from '../DatasetContext'
import { groupByArea } from '../groupByArea'

const t = strings.quizUi

/** Marks (or unmarks) every side of a region. */
function setRegionMarked(region: Region, on: boolean) {
  const keys = regionKeysOf(region.id, region.laterality)
  useAppStore.setState((st) => {
    const marked = presentedState(st).painRegionKeys
    return patchView(st, {
      painRegionKeys: on
        ? [...marked, ...keys.filter((k) => !marked.includes(k))]
        : marked.filter((k) => !keys.includes(k)),
    })
  })
}

/** Side-less ids of the marked areas, in the order first marked. */
function useMarkedRegionIds(): string[] {
  return useView(useShallow((s) => [...new Set(s.painRegionKeys.map((k) => parseRegionKey(k).regionId))]))
}

export function MarkedAreas() {
  const dataset = useDataset()
  const ids = useMarkedRegionIds()
  return (
    <div className="quiz-marked">
      <h4 id="quiz-marked-heading">{t.marked}</h4>
      {ids.length ? (
        <ul aria-labelledby="quiz-marked-heading" className="chip-list">
          {ids.map((id) => {
            const region = dataset.regionsById.get(id)
            if (!region) return null
            return (
              <li key={id}>
                <button
                  type="button"
                  className="chip chip-on"
                  aria-label={strings.ui.pain.remove(region.label)}
                  onClick={() => setRegionMarked(region, false)}
                >
                  {region.label} <span aria-hidden="true">×</span>
                </button>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="muted">{t.markedNone}</p>
      )}
    </div>
  )
}

export function AreaChecklist({ open, onChange }: { open: boolean; onChange?: () => void }) {
  const dataset = useDataset()
  const marked = useMarkedRegionIds()
  const [filter, setFilter] = useState('')
  const groups = useMemo(() => {
    const q = filter.trim().toLowerCase()
    const regions = q
      ? dataset.regions.filter((r) => [r.label, ...r.layWords].some((w) => w.toLowerCase().includes(q)))
      : dataset.regions
    return groupByArea(
      regions,
      (r) => r.area,
      (r) => r.label,
    )
  }, [dataset, filter])
  return (
    <details className="quiz-areas" open={open}>
      {/* Says what is inside and how many are marked, so the closed list does not look empty. */}
      <summary>
        <span>{t.areaList}</span> <span className="muted">({t.areaListHint(marked.length)})</span>
      </summary>
      <label className="field">
        <span>{t.filterLabel}</span>
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      {groups.length === 0 && <p className="muted">{t.noAreas}</p>}
      {groups.map(({ area, items }) => (
        <fieldset key={area} className="quiz-area-group">
          <legend>{strings.ui.areas[area] ?? area}</legend>
          {items.map((r) => (
            <label key={r.id} className="quiz-check">
              <input
                type="checkbox"
                checked={marked.includes(r.id)}
                onChange={(e) => {
                  setRegionMarked(r, e.target.checked)
                  onChange?.()
                }}
              />
              <span>{r.label}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </details>
  )
}
