/**
 * The body in the scene: picking (hover names a muscle, click selects it, a drag that orbits does not; in
 * "Where does it hurt?" a tap on the skin marks that area) and appearance driven by the store.
 */
import type { ThreeEvent } from '@react-three/fiber'
import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import type { Dataset } from '@/data/dataset'
import { bodyIndexOf, regionOfVertex } from '@/model/bodyIndex'
import { extrasOf } from '@/model/parts'
import type { AppState } from '@/state/store'
import { tapBody } from '@/state/intents'
import { viewNow } from '@/state/store'
import { applyAppearance } from './applyAppearance'
import { bodyTapOf } from './bodyTap'
import { hoverLabel } from './hoverLabel'
import { onRenderedChange } from './renderedInputs'
import type { LoadedBody } from './useBodyModel'

/** Pixels the pointer may travel between down and up and still count as a click (not an orbit drag). */
const CLICK_SLOP = 5

function regionKeyAt(body: LoadedBody, e: ThreeEvent<PointerEvent | MouseEvent>): string | null {
  if (e.object !== body.skin || !e.face) return null
  return regionOfVertex(bodyIndexOf(body), e.face.a)
}

export function BodyModel({ body, dataset }: { body: LoadedBody; dataset: Dataset }) {
  const invalidate = useThree((s) => s.invalidate)
  const hoverRegion = useRef<string | null>(null)

  // Styled now, and again whenever a field the body is drawn from changes (DrawOnDemand asks for that frame).
  useEffect(() => {
    const apply = (s: AppState) => applyAppearance(body, dataset, s, hoverRegion.current)
    apply(viewNow())
    invalidate()
    return onRenderedChange(apply)
  }, [body, dataset, invalidate])

  const setHoverRegion = (key: string | null) => {
    if (hoverRegion.current === key) return
    hoverRegion.current = key
    applyAppearance(body, dataset, viewNow(), key)
    invalidate()
  }

  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation()
    const x = extrasOf(e.object)
    const s = viewNow()
    if (x?.kind === 'muscle' && x.muscleId && (x.side === 'left' || x.side === 'right')) {
      s.hoverMuscle({ muscleId: x.muscleId, side: x.side })
      setHoverRegion(null)
      hoverLabel.show(dataset.musclesById.get(x.muscleId)?.name ?? x.muscleId, x.side, e.nativeEvent)
    } else if (x?.kind === 'skin') {
      s.hoverMuscle(null)
      const key = s.tab === 'pain' || s.quizMarksRegions ? regionKeyAt(body, e) : null
      setHoverRegion(key)
      if (key) hoverLabel.showRegion(key, dataset, e.nativeEvent)
      else hoverLabel.hide()
    }
  }

  const onPointerOut = () => {
    viewNow().hoverMuscle(null)
    setHoverRegion(null)
    hoverLabel.hide()
  }

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation()
    if (e.delta > CLICK_SLOP) return
    const tap = bodyTapOf(e.object, dataset, () => regionKeyAt(body, e))
    if (tap) tapBody(tap)
  }

  return (
    <primitive
      object={body.root}
      onPointerMove={onPointerMove}
      onPointerOut={onPointerOut}
      onClick={onClick}
    />
  )
}
