/**
 * The panel tabs (Explore | Where does it hurt? | Conditions | About dry needling) as an ARIA tablist:
 * arrow keys, Home and End move between tabs and activate them (WAI-ARIA APG "tabs with automatic activation").
 * A narrow panel shows short labels (at most two lines each); the full ones stay the tabs' accessible names.
 */
import { useRef } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { useView } from '@/state/store'
import type { Tab } from '@/state/viewState'
import { TABS } from '@/state/viewState'
import { strings } from '@/i18n'

export interface TabsProps {
  /** What each tab shows. */
  panels: Record<Tab, ReactNode>
}

const tabId = (tab: Tab) => `tab-${tab}`
const panelId = (tab: Tab) => `tabpanel-${tab}`

export function Tabs({ panels }: TabsProps) {
  const current = useView((s) => s.tab)
  const setTab = useView((s) => s.setTab)
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({})

  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.indexOf(current)
    const next: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: TABS.length - 1,
    }
    const target = next[e.key]
    if (target === undefined) return
    e.preventDefault()
    const tab = TABS[(target + TABS.length) % TABS.length] ?? current
    setTab(tab)
    refs.current[tab]?.focus()
  }

  return (
    <div className="tabs">
      <div role="tablist" aria-label={strings.ui.tabs.label} className="tablist" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              refs.current[tab] = el
            }}
            type="button"
            role="tab"
            id={tabId(tab)}
            aria-selected={tab === current}
            aria-controls={tab === current ? panelId(tab) : undefined}
            tabIndex={tab === current ? 0 : -1}
            className="tab"
            onClick={() => setTab(tab)}
          >
            <span className="tab-long">{strings.ui.tabs[tab]}</span>
            <span className="tab-short" aria-hidden="true">
              {strings.ui.tabs.short[tab]}
            </span>
          </button>
        ))}
      </div>
      <div
        key={current}
        role="tabpanel"
        id={panelId(current)}
        aria-labelledby={tabId(current)}
        className="tabpanel"
      >
        {panels[current]}
      </div>
    </div>
  )
}
