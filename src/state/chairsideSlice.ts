/**
 * Chairside session state (never in the URL): presentation mode, the muscles discussed during this visit (every
 * muscle selected or overlaid, in the order first shown) and which chairside dialog is open.
 */
import type { StateCreator } from 'zustand'
import type { AppState, ChairsideState, ChairsideActions } from './types'

export type { ChairsideDialog, ChairsideState, ChairsideActions } from './types'

export const INITIAL_CHAIRSIDE: ChairsideState = {
  presentation: false,
  visitMuscleIds: [],
  chairsideDialog: null,
}

type Shown = Pick<AppState, 'selectedMuscleId' | 'overlayMuscleIds'>

/** Muscles shown in `next` (selected or overlaid) that were not shown in `prev`. Pure. */
export function visitAdditions(prev: Shown, next: Shown): string[] {
  if (prev.selectedMuscleId === next.selectedMuscleId && prev.overlayMuscleIds === next.overlayMuscleIds)
    return []
  const before = new Set([prev.selectedMuscleId, ...prev.overlayMuscleIds])
  const now = [next.selectedMuscleId, ...next.overlayMuscleIds].filter((id): id is string => id !== null)
  return [...new Set(now.filter((id) => !before.has(id)))]
}

/** `list` with `ids` appended, skipping those already in it. Returns `list` itself when nothing is new. */
export function appendNew(list: readonly string[], ids: readonly string[]): string[] {
  const fresh = [...new Set(ids)].filter((id) => !list.includes(id))
  return fresh.length ? [...list, ...fresh] : (list as string[])
}

export const createChairsideSlice: StateCreator<AppState, [], [], ChairsideState & ChairsideActions> = (
  set,
) => ({
  ...structuredClone(INITIAL_CHAIRSIDE),
  setPresentation: (presentation) => set({ presentation }),
  togglePresentation: () => set((s) => ({ presentation: !s.presentation })),
  recordVisit: (ids) =>
    set((s) => {
      const visitMuscleIds = appendNew(s.visitMuscleIds, ids)
      return visitMuscleIds === s.visitMuscleIds ? s : { visitMuscleIds }
    }),
  removeVisitMuscle: (id) => set((s) => ({ visitMuscleIds: s.visitMuscleIds.filter((x) => x !== id) })),
  clearVisit: () => set({ visitMuscleIds: [] }),
  openChairsideDialog: (chairsideDialog) => set({ chairsideDialog }),
  closeChairsideDialog: () => set({ chairsideDialog: null }),
})
