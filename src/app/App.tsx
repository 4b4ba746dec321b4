/**
 * Composition root: header (title, search, calm note), the 3D view (or a plain message without WebGL) with its
 * view tools and key, and the panels: a side panel on wide screens, a bottom sheet on narrow ones.
 */
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react'
import { dataset } from '@/data/bundledData'
import type { SearchEngine } from '@/domain/search'
import { loadSearchEngine } from '@/domain/search'
import { BodyView } from '@/scene/BodyView'
import { onFirstFrame } from '@/boot/firstFrame'
import { viewNow } from '@/state/store'
import { startUrlSync } from '@/state/urlSync'
import { describeProblems } from '@/ui/linkProblems'
import type { CaptureView } from '@/state/viewCapture'
import { noCaptureView } from '@/state/viewCapture'
import { strings } from '@/i18n'
import { ChairsideBar } from '@/ui/chairside/ChairsideBar'
import { ConditionsIndex } from '@/ui/ConditionsIndex'
import { DatasetProvider } from '@/ui/DatasetContext'
import { ViewCaptureProvider } from '@/ui/ViewCaptureContext'
import { ExplorePanel } from '@/ui/ExplorePanel'
import { HeaderNote } from '@/ui/HeaderNote'
import { LayerControls } from '@/ui/LayerControls'
import { LearnPanel } from '@/ui/LearnPanel'
import { Legend } from '@/ui/Legend'
import { Notices } from '@/ui/Notices'
import { PainFinder } from '@/ui/PainFinder'
import { PartBoundary } from '@/ui/PartBoundary'
import { SearchBox } from '@/ui/SearchBox'
import { SelectionBar } from '@/ui/SelectionBar'
import { SelectionStatus } from '@/ui/SelectionStatus'
import type { SheetSize } from '@/ui/sheet'
import { SheetHandle } from '@/ui/SheetHandle'
import { Tabs } from '@/ui/Tabs'
import { TeachPanel } from '@/ui/TeachPanel'
import { TourSlot } from '@/ui/tours/TourSlot'
import { ViewControls } from '@/ui/ViewControls'
import { webglAvailable } from '@/boot/webgl'

// Each panel in its own boundary: a part that fails (a lazy file replaced by an update) says so, the rest works.
const PANELS = {
  explore: (
    <PartBoundary>
      <ExplorePanel />
    </PartBoundary>
  ),
  pain: (
    <PartBoundary>
      <PainFinder />
    </PartBoundary>
  ),
  conditions: (
    <PartBoundary>
      <ConditionsIndex />
    </PartBoundary>
  ),
  learn: (
    <PartBoundary>
      <LearnPanel />
    </PartBoundary>
  ),
  teach: (
    <PartBoundary>
      <TeachPanel />
    </PartBoundary>
  ),
}

const SHEET_CLASS: Record<SheetSize, string> = {
  collapsed: ' sheet-collapsed',
  half: '',
  full: ' sheet-expanded',
}

/** Panels appear this long after start at the latest, even if the body never draws (e.g. the model failed). */
const PANELS_AT_LATEST_MS = 3000

export function App() {
  const has3d = useMemo(() => webglAvailable(), [])
  // The body draws first; the panels (a large DOM) mount right after its first frame, as a transition that
  // yields to the canvas. Without WebGL there is nothing to wait for.
  const [panelsReady, setPanelsReady] = useState(!has3d)
  useEffect(() => {
    if (panelsReady) return undefined
    const show = () => startTransition(() => setPanelsReady(true))
    const off = onFirstFrame(show)
    const timer = window.setTimeout(show, PANELS_AT_LATEST_MS)
    return () => {
      off()
      window.clearTimeout(timer)
    }
  }, [panelsReady])
  // The search library arrives with the panels (its own file, not part of the first load).
  const [searchEngine, setSearchEngine] = useState<SearchEngine | null>(null)
  useEffect(() => {
    if (!panelsReady) return undefined
    let live = true
    loadSearchEngine()
      .then((engine) => live && setSearchEngine(() => engine))
      .catch((err: unknown) => console.warn('Search is unavailable: its code did not load.', err))
    return () => {
      live = false
    }
  }, [panelsReady])
  const [sheet, setSheet] = useState<SheetSize>('half')
  // Pictures of the view: the scene offers its captureView, the panels (handout, drawings) take it from here.
  const [captureView, setCaptureView] = useState<CaptureView>(() => noCaptureView)
  const offerCaptureView = useCallback(
    (c: CaptureView | null) => setCaptureView(() => c ?? noCaptureView),
    [],
  )
  // Without the 3D body the quiz asks in words only.
  useEffect(() => viewNow().setQuizHas3d(has3d), [has3d])

  useEffect(
    () =>
      startUrlSync(
        {
          muscles: new Set(dataset.musclesById.keys()),
          regions: new Set(dataset.regionsById.keys()),
          conditions: new Set(dataset.conditionsById.keys()),
          tours: dataset.toursById,
        },
        describeProblems,
      ),
    [],
  )

  return (
    <DatasetProvider dataset={dataset} searchEngine={searchEngine}>
      <ViewCaptureProvider value={captureView}>
        <div className={`app${has3d ? '' : ' no-3d'}${SHEET_CLASS[sheet]}`}>
          <button
            type="button"
            className="skip-link"
            onClick={() => document.getElementById('panel')?.focus()}
          >
            {strings.ui.skipToPanel}
          </button>
          <header className="app-header">
            <h1 className="app-title">{strings.appTitle}</h1>
            <SearchBox />
            <HeaderNote />
            <PartBoundary>
              <ChairsideBar />
            </PartBoundary>
          </header>
          <main className="app-main">
            <section className="stage" aria-label={strings.ui.bodyViewLabel}>
              {has3d ? (
                <>
                  <BodyView onCaptureView={offerCaptureView} />
                  <div className="stage-tools">
                    <ViewControls />
                    <details className="layers-popover">
                      <summary>{strings.ui.layers.heading}</summary>
                      <LayerControls />
                    </details>
                  </div>
                  <Legend />
                </>
              ) : (
                <p className="no-webgl">{strings.ui.webglUnavailable}</p>
              )}
              <PartBoundary>
                <TourSlot />
              </PartBoundary>
            </section>
            <aside id="panel" className="panel" aria-label={strings.ui.panelLabel} tabIndex={-1}>
              <SheetHandle size={sheet} onChange={setSheet} />
              {panelsReady ? (
                <>
                  <SelectionBar />
                  <Tabs panels={PANELS} />
                </>
              ) : (
                <p className="panel-preparing" aria-busy="true">
                  {strings.ui.panelPreparing}
                </p>
              )}
            </aside>
          </main>
          <Notices />
          <SelectionStatus />
        </div>
      </ViewCaptureProvider>
    </DatasetProvider>
  )
}
