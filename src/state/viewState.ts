/**
 * The shareable view: everything a link or bookmark reopens. Plain data + pure helpers (no zustand), so the
 * URL codec and the store share one definition.
 */

/** Which side(s) of a bilateral muscle are selected. */
export type Side = 'left' | 'right' | 'both'

/** How a layer is drawn. */
export type LayerMode = 'shown' | 'ghost' | 'hidden'

export const LAYERS = ['skin', 'superficial', 'deep', 'skeleton'] as const
export type Layer = (typeof LAYERS)[number]

export const CAMERA_PRESETS = ['front', 'back', 'left', 'right'] as const
export type CameraPreset = (typeof CAMERA_PRESETS)[number]

export const TABS = ['explore', 'pain', 'conditions', 'learn', 'teach'] as const
export type Tab = (typeof TABS)[number]

/** Where a guided tour is: its id and the step shown (0-based; links count from 1). */
export interface TourPosition {
  id: string
  step: number
}

export interface ViewState {
  /** The muscle whose details and pattern are shown, or null. */
  selectedMuscleId: string | null
  side: Side
  /** Extra muscles whose patterns are overlaid (compare), besides the selected one. */
  overlayMuscleIds: string[]
  /** Painful skin areas as region keys: "temple.L", "temple.R" or a midline id such as "coccyx". */
  painRegionKeys: string[]
  /** Condition whose muscles are highlighted, or null. */
  conditionId: string | null
  layers: Record<Layer, LayerMode>
  /** X-ray: skin see-through so deeper structures show. */
  xray: boolean
  camera: CameraPreset
  /**
   * The camera frames the selected muscle ("Focus on selection"), so a link reopens framed on it. A camera preset,
   * another muscle or clearing the selection ends it.
   */
  focused: boolean
  tab: Tab
  /** The guided tour being played, or null. While it plays, the link holds only the tour and the step. */
  tour: TourPosition | null
}

/** The view's fields, in one list (for copying a view out of the store). */
export const VIEW_KEYS = [
  'selectedMuscleId',
  'side',
  'overlayMuscleIds',
  'painRegionKeys',
  'conditionId',
  'layers',
  'xray',
  'camera',
  'focused',
  'tab',
  'tour',
] as const satisfies readonly (keyof ViewState)[]

export const DEFAULT_VIEW: ViewState = {
  selectedMuscleId: null,
  side: 'both',
  overlayMuscleIds: [],
  painRegionKeys: [],
  conditionId: null,
  layers: { skin: 'shown', superficial: 'shown', deep: 'hidden', skeleton: 'hidden' },
  xray: false,
  camera: 'front',
  focused: false,
  tab: 'explore',
  tour: null,
}
