/** The shareable view (mirrored in the URL) and the actions on it: each edits the presented view (presented.ts). */
import type { StateCreator } from 'zustand'
import { drawnLayer } from '@/model/parts'
import { patchView, presentedState } from './presented'
import type { AppState, ViewActions, ViewSliceState } from './types'
import type { ViewState } from './viewState'
import { DEFAULT_VIEW } from './viewState'

export type { ViewActions } from './types'

const toggle = (list: readonly string[], id: string) =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id]

export const createViewSlice: StateCreator<AppState, [], [], ViewState & ViewSliceState & ViewActions> = (
  set,
) => {
  /** Edits the presented view with what `fn` returns for it. */
  const edit = (fn: (v: AppState) => Partial<ViewState>) => set((s) => patchView(s, fn(presentedState(s))))
  return {
    ...structuredClone(DEFAULT_VIEW),
    staged: null,
    selectMuscle: (muscleId, side = 'both', layer) =>
      edit((s) => {
        // The layer the muscle is drawn in is shown, so a selected muscle is never hidden.
        const shown = muscleId !== null ? drawnLayer(layer ?? 'superficial') : null
        const reveal = shown && s.layers[shown] === 'hidden' ? { [shown]: 'shown' as const } : {}
        return {
          selectedMuscleId: muscleId,
          side,
          // The camera no longer frames the selection once another muscle is chosen
          focused: muscleId !== null && muscleId === s.selectedMuscleId && s.focused,
          layers: { ...s.layers, ...reveal },
        }
      }),
    clearSelection: () => edit(() => ({ selectedMuscleId: null, side: 'both', focused: false })),
    setSide: (side) => edit(() => ({ side })),
    toggleOverlay: (muscleId) => edit((s) => ({ overlayMuscleIds: toggle(s.overlayMuscleIds, muscleId) })),
    clearOverlays: () => edit(() => ({ overlayMuscleIds: [] })),
    togglePainRegion: (key) => edit((s) => ({ painRegionKeys: toggle(s.painRegionKeys, key) })),
    clearPain: () => edit(() => ({ painRegionKeys: [] })),
    selectCondition: (conditionId) => edit(() => ({ conditionId })),
    setLayer: (layer, mode) => edit((s) => ({ layers: { ...s.layers, [layer]: mode } })),
    setXray: (xray) => edit(() => ({ xray })),
    setTab: (tab) => edit(() => ({ tab })),
    applyView: (view) => set({ ...structuredClone(view), staged: null }),
  }
}
