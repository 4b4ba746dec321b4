/**
 * User intents that span several store fields ("open this muscle": select it and show the Explore tab).
 * Module-level actions over the one store (zustand's "no store actions" practice), shared by the search box,
 * the lists and the 3D view so every path does the same thing.
 */
import type { Muscle, Region } from '@/data/schema'
import { useAppStore } from './store'
import { parseRegionKey, regionKey } from './viewState'

/** Selects a muscle (revealing its layer) and shows its details in the Explore tab. */
export function openMuscle(muscleId: string, layer?: Muscle['layer']): void {
  const s = useAppStore.getState()
  s.selectMuscle(muscleId, 'both', layer)
  s.setTab('explore')
}

/** The region keys of a region: both sides for a bilateral one, the bare id for a midline one. */
export function regionKeysOf(regionId: string, laterality: Region['laterality']): string[] {
  return laterality === 'midline' ? [regionId] : [regionKey(regionId, 'left'), regionKey(regionId, 'right')]
}

/** Marks a region as painful (both sides unless midline; already marked keys stay) and opens "Where does it hurt?". */
export function openRegion(regionId: string, laterality: Region['laterality']): void {
  const keys = regionKeysOf(regionId, laterality)
  useAppStore.setState((s) => ({
    painRegionKeys: [...s.painRegionKeys, ...keys.filter((k) => !s.painRegionKeys.includes(k))],
    tab: 'pain',
  }))
}

/** Opens a condition in the Conditions tab. */
export function openCondition(conditionId: string): void {
  const s = useAppStore.getState()
  s.selectCondition(conditionId)
  s.setTab('conditions')
}

/** Distinct side-less region ids of the marked painful areas, in the order first marked. */
export function painRegionIds(painRegionKeys: readonly string[]): string[] {
  return [...new Set(painRegionKeys.map((k) => parseRegionKey(k).regionId))]
}
