/**
 * How each part of the body is drawn for a given state: pure rules, shared by the 3D scene and its tests.
 * No three.js here: colours are hex numbers (look/palette.ts), the scene applies them to materials.
 */
import type { AppState } from './types'
import { selectPatternMuscleIds } from './patterns'
import type { LayerMode } from './viewState'
import { BODY_COLORS } from '@/look/palette'

export type MuscleLayer = 'superficial' | 'intermediate' | 'deep'

export interface PartStyle {
  visible: boolean
  /** 1 = opaque. */
  opacity: number
  color: number
  /** Added glow (hover / selection), 0 = none. */
  emissive: number
  /** Whether the part takes pointer events. */
  pickable: boolean
}

const MODE_OPACITY: Record<LayerMode, number> = { shown: 1, ghost: 0.28, hidden: 0 }
/** Opacity of the muted neighbours while a pattern is drawn (and of one under the pointer). */
export const MUTED_OPACITY = 0.2
const MUTED_HOVER_OPACITY = 0.5

export type StyleState = Pick<
  AppState,
  | 'layers'
  | 'xray'
  | 'tab'
  | 'selectedMuscleId'
  | 'side'
  | 'hovered'
  | 'overlayMuscleIds'
  | 'previewMuscleId'
  | 'conditionId'
> &
  Partial<Pick<AppState, 'quizPattern' | 'quizMarksRegions'>>

/** Layer mode after x-ray: the skin and superficial muscles turn see-through so deeper parts show. */
export function effectiveMode(
  state: StyleState,
  layer: 'skin' | 'superficial' | 'deep' | 'skeleton',
): LayerMode {
  const mode = state.layers[layer]
  if (state.xray && mode === 'shown' && (layer === 'skin' || layer === 'superficial')) return 'ghost'
  return mode
}

/** Whether referral zones are being painted on the skin (then muscles step back so the paint shows). */
export function patternsShown(state: StyleState): boolean {
  // A quiz draws its own pattern (or none: then the highlighted muscle is seen among the others).
  if (state.quizPattern)
    return (
      !!state.quizMarksRegions || state.quizPattern.essential.length + state.quizPattern.spillover.length > 0
    )
  return selectPatternMuscleIds(state).length > 0 || state.tab === 'pain'
}

/** Style of one muscle mesh (one side of one muscle). `conditionMuscles` are highlighted for a condition. */
export function muscleStyle(
  state: StyleState,
  part: { muscleId: string; side: 'left' | 'right'; layer: MuscleLayer },
  conditionMuscles: ReadonlySet<string> = new Set(),
): PartStyle {
  const layerKey = part.layer === 'superficial' ? 'superficial' : 'deep'
  const mode = effectiveMode(state, layerKey)
  const selected =
    state.selectedMuscleId === part.muscleId && (state.side === 'both' || state.side === part.side)
  const hovered = state.hovered?.muscleId === part.muscleId && state.hovered.side === part.side
  const inPattern =
    selected || state.overlayMuscleIds.includes(part.muscleId) || state.previewMuscleId === part.muscleId
  const painting = patternsShown(state)
  let opacity = MODE_OPACITY[mode]
  // While patterns are painted, other muscles step back so the skin reads like a pain chart: hidden where a tap
  // belongs to the skin or the question ("Where does it hurt?", a quiz), elsewhere muted but present, so a tap
  // on a neighbour selects it instead of landing on the skin and clearing the selection.
  const muted = painting && !selected && !inPattern && opacity > 0
  if (selected || inPattern) opacity = Math.max(opacity, painting ? 0.7 : 1)
  else if (painting) opacity = !muted || state.tab === 'pain' || state.quizPattern ? 0 : MUTED_OPACITY
  if (muted && hovered && opacity > 0) opacity = MUTED_HOVER_OPACITY
  // In a quiz the shown muscle is see-through, so the zones and marks on the skin under it stay visible.
  if (selected && painting && state.quizPattern) opacity = 0.45
  const visible = opacity > 0
  let color: number = part.layer === 'superficial' ? BODY_COLORS.muscle : BODY_COLORS.muscleDeep
  if (muted) color = BODY_COLORS.muted
  if (conditionMuscles.has(part.muscleId)) color = BODY_COLORS.condition
  if (selected) color = BODY_COLORS.selected
  const emissive = selected ? BODY_COLORS.selectedGlow : hovered ? BODY_COLORS.hoverGlow : 0
  if (hovered && !selected) color = BODY_COLORS.hovered
  // While a quiz drives the body, muscles take no clicks (the selection belongs to the question).
  const pickable = visible && state.tab !== 'pain' && !state.quizPattern
  return { visible, opacity, color, emissive, pickable }
}

/** Style of the skin. `selectedLayer` is the selected muscle's layer: a deeper one makes the skin see-through. */
export function skinStyle(state: StyleState, selectedLayer: MuscleLayer | null = null): PartStyle {
  let mode = effectiveMode(state, 'skin')
  if (mode === 'shown' && selectedLayer !== null && selectedLayer !== 'superficial') mode = 'ghost'
  // While patterns are painted the skin must carry them: opaque, or half see-through in x-ray/ghost mode.
  const opacity =
    patternsShown(state) && mode !== 'hidden' ? (mode === 'ghost' ? 0.55 : 1) : MODE_OPACITY[mode]
  // A see-through skin lets clicks through to what is under it, except where the patient marks pain.
  const pickable = opacity > 0 && (opacity === 1 || state.tab === 'pain' || !!state.quizMarksRegions)
  return { visible: opacity > 0, opacity, color: BODY_COLORS.skin, emissive: 0, pickable }
}

/** Style of the skeleton. */
export function boneStyle(state: StyleState): PartStyle {
  const opacity = MODE_OPACITY[effectiveMode(state, 'skeleton')]
  return { visible: opacity > 0, opacity, color: BODY_COLORS.bone, emissive: 0, pickable: false }
}
