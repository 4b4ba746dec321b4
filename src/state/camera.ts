/**
 * Camera intents: the only writers of the camera goal (state/cameraGoal.ts). Each works out where to look from
 * the loaded body's facts (model/aim.ts), so the goal, the view buttons and the link agree before the 3D view
 * moves; the view then only reads the goal. Made over a store's get/set (`cameraIntents(api)`), so the slices use
 * them with their own `get`/`set` without importing the store; the app's bound set is `camera` in intents.ts.
 */
import { dataset } from '@/data/bundledData'
import { referralRegionsOf } from '@/domain/referral'
import type { AimFacts, FrameSide, Preset } from '@/model/aim'
import {
  frameAim,
  muscleAzimuth,
  nearestPreset,
  patternPreset,
  presetAzimuth,
  regionAzimuth,
} from '@/model/aim'
import { bodyFactsNow, whenBodyFacts } from '@/model/currentBody'
import { angleBetween } from '@/model/facing'
import type { CameraAim } from './cameraGoal'
import { nextGoal } from './cameraGoal'
import { patchView, presentedState } from './presented'
import type { StoreApi } from 'zustand'
import type { AppState } from './types'
import type { CameraPreset, ViewState } from './viewState'

export interface FrameWhat {
  muscleIds: readonly string[]
  side: FrameSide
  /** Skin areas as region keys ("temple.R", "coccyx"). */
  regionKeys: readonly string[]
  /** A view asked for (a tour step's), which wins a near tie. */
  prefer?: Preset | null
}

export type CameraApi = Pick<StoreApi<AppState>, 'getState' | 'setState'>

export function cameraIntents(api: CameraApi) {
  /** Writes a new camera goal, with any view fields that go with it (the preset the view is seen from). */
  function aim(
    target: CameraAim,
    options: { animate?: boolean; view?: Partial<ViewState>; byHand?: boolean } = {},
  ): void {
    api.setState((s: AppState) => ({
      ...(options.view ? patchView(s, options.view) : {}),
      ...(options.byHand ? {} : { handAzimuth: null }),
      cameraGoal: nextGoal(s.cameraGoal, target, options.animate ?? true),
    }))
  }

  /**
   * Runs `fn` with the body's facts now, or once the body is in (a link opening a tour before the model loaded),
   * unless another camera goal was written meanwhile.
   */
  function withFacts(fn: (facts: AimFacts) => void): void {
    const facts = bodyFactsNow()
    if (facts) return fn(facts)
    const seq = api.getState().cameraGoal.seq
    void whenBodyFacts().then((f) => {
      if (api.getState().cameraGoal.seq === seq) fn(f)
    })
  }

  /** A view button, a key or a reset: the preset's view, clear of the bars over the view. */
  function showPreset(preset: CameraPreset, animate = true): void {
    aim({ kind: 'preset', preset }, { animate, view: { camera: preset, focused: false } })
  }

  /** The view shows the preset the presented view names again (a tour or quiz ended, a reset was undone). */
  function showPresentedPreset(animate = true): void {
    const s = presentedState(api.getState())
    if (s.focused && s.selectedMuscleId) focusSelection(animate)
    else aim({ kind: 'preset', preset: s.camera }, { animate })
  }

  /** "Focus on selection": frames the selected muscle from where the camera is (again on each press). */
  function focusSelection(animate = true): void {
    const s = presentedState(api.getState())
    if (!s.selectedMuscleId) return api.setState((st) => patchView(st, { focused: false }))
    aim(
      { kind: 'focus', muscleId: s.selectedMuscleId, side: s.side },
      { animate, view: { focused: true }, byHand: s.handAzimuth !== null },
    )
  }

  /**
   * A muscle chosen from a list, an area found by search, a tour step: the camera turns to it and frames the muscles
   * with their patterns (or the areas with their surroundings) from the view that sees most of them, instead of
   * leaving them a few pixels in the whole body. The view buttons then show that view.
   */
  function frame(what: FrameWhat, animate = true): void {
    const patternRegionIds = what.muscleIds.flatMap((id) => {
      const { essential, spillover } = referralRegionsOf(dataset, id)
      return [...essential, ...spillover]
    })
    const areasOnly = what.muscleIds.length === 0
    const base = { muscleIds: [...what.muscleIds], areasOnly }
    if (!bodyFactsNow()) {
      // Not loaded yet: say so in the goal (the view waits), then frame once the body is in.
      aim(
        { kind: 'frame', ...base, side: what.side, regionKeys: [...what.regionKeys], view: null },
        { animate },
      )
    }
    withFacts((facts) => {
      const found = frameAim(facts, { ...what, prefer: what.prefer ?? null, patternRegionIds })
      if (!found) return
      const target = {
        kind: 'frame',
        ...base,
        side: found.side,
        regionKeys: found.regionKeys,
        view: found.view,
      } as const
      if (found.view !== 'below')
        return aim(target, { animate, view: { camera: found.view, focused: false } })
      // From below (behind the heels, looking up) no view button names the view: none is lit, as after a turn by
      // hand, and the camera is behind the body for the turns that follow.
      aim(target, { animate, view: { focused: false }, byHand: true })
      api.setState({ handAzimuth: presetAzimuth('back') })
    })
  }

  /** The camera's azimuth now: where the person turned it by hand, else the preset it shows. */
  function currentAzimuth(s: AppState): number {
    return s.handAzimuth ?? presetAzimuth(presentedState(s).camera)
  }

  /** Turns to the preset nearest `azimuth` when the camera is more than `limit` radians off it. */
  function turnToward(azimuth: number, limit: number): void {
    if (Math.abs(angleBetween(azimuth, currentAzimuth(api.getState()))) <= limit) return
    showPreset(nearestPreset(azimuth))
  }

  /**
   * A painful area ticked in a list may be on the far side (the back of the forearm seen from the front): turn to
   * it. Areas tapped on the body face the viewer already.
   */
  function faceRegion(key: string): void {
    withFacts((facts) => {
      const azimuth = regionAzimuth(facts, key)
      if (azimuth !== null) turnToward(azimuth, 1.0)
    })
  }

  /** A pattern to show (a quiz question's zone): the preset view that sees most of its areas. */
  function facePattern(regionIds: readonly string[]): void {
    withFacts((facts) => showPreset(patternPreset(facts, regionIds)))
  }

  /** A muscle selected otherwise than from a list (a tap, a quiz question) may be on the far side: turn to it. */
  function faceMuscle(muscleId: string, side: FrameSide): void {
    withFacts((facts) => {
      const azimuth = muscleAzimuth(facts, muscleId, side)
      if (azimuth !== null) turnToward(azimuth, 1.2)
    })
  }

  /** Keys: turn the body or move closer. The view is then the person's own, as after a drag. */
  function orbitBy(azimuth: number, polar: number): void {
    const s = api.getState()
    const next = currentAzimuth(s) + azimuth
    aim({ kind: 'orbit', azimuth, polar }, { byHand: true })
    api.setState({ handAzimuth: next })
  }

  function dollyBy(distance: number): void {
    const s = api.getState()
    aim({ kind: 'dolly', distance }, { byHand: true })
    api.setState({ handAzimuth: currentAzimuth(s) })
  }

  /** The person turned, moved or zoomed the view by hand (the 3D view's controls say so, with the azimuth). */
  function cameraMovedByHand(azimuth: number): void {
    api.setState({ handAzimuth: azimuth })
  }

  return {
    showPreset,
    showPresentedPreset,
    focusSelection,
    frame,
    faceRegion,
    facePattern,
    faceMuscle,
    orbitBy,
    dollyBy,
    cameraMovedByHand,
  }
}

export type CameraIntents = ReturnType<typeof cameraIntents>
