/** A filterable list of body areas in lay words, each with Left / Right (or Middle) toggles for painRegionKeys. */
import { useMemo, useState } from 'react'
import type { Region } from '@/data/schema'
import { togglePainFromList } from '@/state/intents'
import { useView } from '@/state/store'
import { regionKey } from '@/data/regionKeys'
import { strings } from '@/i18n'
import { regionKeyLabel } from '@/i18n/regionLabel'
import { useDataset, useSearchIndex } from './DatasetContext'
import { groupByArea } from './groupByArea'

function SideToggle({ region, side }: { region: Region; side: 'left' | 'right' | null }) {
  const dataset = useDataset()
  const key = regionKey(region.id, side)
  const on = useView((s) => s.painRegionKeys.includes(key))
  const word = strings.region.sideNames[side ?? 'middle']
  return (
    <button
      type="button"
      className="side-toggle"
      aria-pressed={on}
      aria-label={regionKeyLabel(dataset, key, { side: 'name' })}
      onClick={() => togglePainFromList(key)}
    >
      {word}
    </button>
  )
}

export function RegionPicker() {
  const dataset = useDataset()
  const index = useSearchIndex()
  const [filter, setFilter] = useState('')
  const t = strings.ui.pain
  const regions = useMemo(() => {
    const q = filter.trim().toLowerCase()
    if (!q) return dataset.regions
    // Fuzzy search for typos and lay words, plus plain substring matches for short inputs ("el" → elbow).
    const ids = new Set(index.search(q, { kinds: ['region'], limit: 30 }).map((h) => h.id))
    const contains = (r: Region) => [r.label, ...r.layWords].some((w) => w.toLowerCase().includes(q))
    return dataset.regions.filter((r) => ids.has(r.id) || contains(r))
  }, [dataset, index, filter])
  const groups = useMemo(
    () =>
      groupByArea(
        regions,
        (r) => r.area,
        (r) => r.label,
      ),
    [regions],
  )
  return (
    <section aria-labelledby="areas-heading" className="region-picker">
      <h3 id="areas-heading">{t.areasHeading}</h3>
      <label className="field">
        <span>{t.filterLabel}</span>
        <input
          type="search"
          value={filter}
          placeholder={t.filterPlaceholder}
          onChange={(e) => setFilter(e.target.value)}
        />
      </label>
      <p className="muted">{t.sidesHint}</p>
      <div className="region-scroll">
        {groups.length === 0 && <p className="muted">{t.noAreas}</p>}
        {groups.map(({ area, items }) => (
          <section key={area} aria-label={strings.ui.areas[area] ?? area}>
            <h4>{strings.ui.areas[area] ?? area}</h4>
            <ul className="region-list">
              {items.map((r) => (
                <li key={r.id} className="region-row">
                  <span className="region-name">
                    {r.label}
                    <span className="region-where">{r.where}</span>
                  </span>
                  <span className="region-sides">
                    {r.laterality === 'midline' ? (
                      <SideToggle region={r} side={null} />
                    ) : (
                      <>
                        <SideToggle region={r} side="left" />
                        <SideToggle region={r} side="right" />
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  )
}
