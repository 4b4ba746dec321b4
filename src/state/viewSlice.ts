/** The shareable part of the state (mirrored in the URL) and the actions on it. */
import type { StateCreator } from 'zustand'
import type { AppState } from './store'
import type { CameraPreset, Layer, LayerMode, Side, Tab, ViewState } from './viewState'
import { DEFAULT_VIEW } from './viewState'

export interface ViewActions {
  /** Selects a muscle (null clears); shows the deep layer when the muscle is deep so it is never hidden. */
  selectMuscle: (
    muscleId: string | null,
    side?: Side,
    layer?: 'superficial' | 'intermediate' | 'deep',
  ) => void
  clearSelection: () => void
  setSide: (side: Side) => void
  toggleOverlay: (muscleId: string) => void
  clearOverlays: () => void
  togglePainRegion: (regionKey: string) => void
  clearPain: () => void
  selectCondition: (conditionId: string | null) => void
  setLayer: (layer: Layer, mode: LayerMode) => void
  setXray: (on: boolean) => void
  setCamera: (preset: CameraPreset) => void
  setTab: (tab: Tab) => void
  /** Replaces the whole view (from a link or back/forward). */
  applyView: (view: ViewState) => void
}

const toggle = (list: readonly string[], id: string) =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id]

export const createViewSlice: StateCreator<AppState, [], [], ViewState & ViewActions> = (set) => ({
  ...structuredClone(DEFAULT_VIEW),
  selectMuscle: (muscleId, side = 'both', layer) =>
    set((s) => {
      const revealDeep = muscleId !== null && layer === 'deep' && s.layers.deep === 'hidden'
      const revealSuperficial = muscleId !== null && layer !== 'deep' && s.layers.superficial === 'hidden'
      return {
        selectedMuscleId: muscleId,
        side,
        // The camera no longer frames the selection once another muscle is chosen
        focused: muscleId !== null && muscleId === s.selectedMuscleId && s.focused,
        layers: {
          ...s.layers,
          ...(revealDeep ? { deep: 'shown' as const } : {}),
          ...(revealSuperficial ? { superficial: 'shown' as const } : {}),
        },
      }
    }),
  clearSelection: () => set({ selectedMuscleId: null, side: 'both', focused: false }),
  setSide: (side) => set({ side }),
  toggleOverlay: (muscleId) => set((s) => ({ overlayMuscleIds: toggle(s.overlayMuscleIds, muscleId) })),
  clearOverlays: () => set({ overlayMuscleIds: [] }),
  togglePainRegion: (key) => set((s) => ({ painRegionKeys: toggle(s.painRegionKeys, key) })),
  clearPain: () => set({ painRegionKeys: [] }),
  selectCondition: (conditionId) => set({ conditionId }),
  setLayer: (layer, mode) => set((s) => ({ layers: { ...s.layers, [layer]: mode } })),
  setXray: (xray) => set({ xray }),
  setCamera: (camera) => set({ camera, focused: false }),
  setTab: (tab) => set({ tab }),
  applyView: (view) => set(structuredClone(view)),
})
