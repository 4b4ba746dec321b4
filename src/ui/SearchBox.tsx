/**
 * One search box for muscles, body areas and conditions (lay words and typos welcome), as an ARIA combobox
 * with a listbox popup (WAI-ARIA APG "editable combobox with list autocomplete"). Choosing a result opens it:
 * a muscle in Explore, a body area in "Where does it hurt?", a condition in Conditions. The red flags of the areas,
 * conditions and symptoms found sit above the results, emergency first.
 */
import { useId, useMemo, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { Dataset } from '@/data/dataset'
import { redFlagsFor, searchRedFlagQuery } from '@/domain/redFlags'
import { clearTopHit } from '@/domain/search'
import type { SearchHit } from '@/domain/search'
import { openCondition, openMuscle, openRegion } from '@/state/intents'
import { isPhone } from '@/state/audience'
import { useView } from '@/state/store'
import { strings } from '@/i18n'
import { useDataset, useSearchIndex } from './DatasetContext'
import { RedFlagBox } from './RedFlagBox'

const LIMIT = 8
const phone = isPhone()

/**
 * A second line for a result: a condition's lay name, a muscle listed as a common cause of the condition above it,
 * or the body area of a muscle or region.
 */
function detailOf(dataset: Dataset, hit: SearchHit): string {
  const cause = hit.causeOf ? dataset.conditionsById.get(hit.causeOf) : undefined
  if (cause) return strings.ui.search.causeOf(cause.layName)
  if (hit.kind === 'condition') {
    const lay = dataset.conditionsById.get(hit.id)?.layName
    return lay && lay !== hit.label ? lay : ''
  }
  const area =
    hit.kind === 'muscle' ? dataset.musclesById.get(hit.id)?.bodyArea : dataset.regionsById.get(hit.id)?.area
  return area ? (strings.ui.areas[area] ?? '') : ''
}

export function SearchBox() {
  const dataset = useDataset()
  const index = useSearchIndex()
  const id = useId()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const hits = useMemo(() => index.search(query, { limit: LIMIT }), [index, query])
  const showList = open && query.trim().length > 0
  // A phone's box, or presentation mode's larger type, has room for the short hint only.
  const shortHint = useView((s) => s.presentation) || phone
  const flags = useMemo(() => redFlagsFor(dataset, searchRedFlagQuery(hits, query)), [dataset, hits, query])

  const choose = (hit: SearchHit) => {
    if (hit.kind === 'muscle') openMuscle(hit.id, dataset.musclesById.get(hit.id)?.layer)
    else if (hit.kind === 'region')
      openRegion(hit.id, dataset.regionsById.get(hit.id)?.laterality ?? 'bilateral')
    else openCondition(hit.id)
    setQuery('')
    setOpen(false)
    setActive(-1)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      if (!hits.length) return
      setOpen(true)
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((a) => (a + step + hits.length) % hits.length)
    } else if (e.key === 'Enter') {
      // The option chosen with the arrows, else a clear best match (typed "supinator", pressed Enter).
      const hit = hits[active] ?? clearTopHit(hits)
      if (showList && hit) {
        e.preventDefault()
        choose(hit)
      }
    } else if (e.key === 'Escape') {
      if (showList) setOpen(false)
      else setQuery('')
      setActive(-1)
    }
  }

  const listId = `${id}-list`
  const optionId = (i: number) => `${id}-opt-${i}`
  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {strings.ui.search.label}
      </label>
      <input
        id={`${id}-input`}
        className="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        placeholder={shortHint ? strings.ui.search.placeholderShort : strings.ui.search.placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className="search-popup" hidden={!showList}>
        {showList && <RedFlagBox groups={flags} brief level={4} />}
        <ul
          id={listId}
          role="listbox"
          aria-label={strings.ui.search.results}
          className="search-results"
          hidden={!showList}
        >
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-option"
              // mousedown, not click: keep focus in the input so blur does not close the list first
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
            >
              <span className="search-option-label">{hit.label}</span>
              <span className="search-option-detail">{detailOf(dataset, hit)}</span>
              <span className={`kind-tag kind-${hit.kind}`}>{strings.ui.search.kind[hit.kind]}</span>
            </li>
          ))}
        </ul>
        {showList && !hits.length && (
          <p className="search-empty" aria-hidden="true">
            {strings.ui.search.none(query.trim())}
          </p>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {showList
          ? hits.length
            ? strings.ui.search.count(hits.length)
            : strings.ui.search.none(query.trim())
          : ''}
      </p>
    </div>
  )
}
