/**
 * Where the caption bar of a playing tour goes, over the 3D stage. Tiny and always loaded; the bar itself is
 * loaded when a tour starts (from the list or from a link).
 */
import { Suspense, lazy } from 'react'
import { useView } from '@/state/store'

const TourBar = lazy(() => import('./TourBar').then((m) => ({ default: m.TourBar })))

export function TourSlot() {
  const playing = useView((s) => s.tour !== null)
  if (!playing) return null
  return (
    <Suspense fallback={null}>
      <TourBar />
    </Suspense>
  )
}
