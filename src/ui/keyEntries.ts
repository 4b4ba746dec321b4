/**
 * What the key says, in the body's colours (look/palette.ts): one description used by the key over the 3D view
 * (Legend.tsx) and the key drawn into a saved picture (chairside/capture.ts). Pure: no React, no DOM.
 */
import type { Dataset } from '@/data/dataset'
import { selectPatternMuscleIds } from '@/state/patterns'
import type { AppState } from '@/state/store'
import { strings } from '@/i18n'
import { MUSCLE_KEY_COLORS, PAIN_MARK_COLOR, patternColor } from '@/look/palette'

export type Fill = 'solid' | 'hatched' | 'dotted'

export interface KeyEntry {
  /** What the swatch stands for ('selected-muscle', 'essential', 'spillover', 'pattern-0', 'pain-marked'...). */
  role: string
  color: string
  fill: Fill
  label: string
  /** A quiet word after the label ("Preview"). */
  note?: string
}

export interface KeyContent {
  /** The selected muscle itself, when it is the only pattern drawn (with several, it sits on its own line). */
  itself: KeyEntry | null
  /** Solid = main pain area, hatched = spillover. */
  kinds: KeyEntry[]
  /** One line per drawn muscle, in its pattern colour (empty for a single selected muscle). */
  muscles: KeyEntry[]
  /** Marked pain and the open condition's muscles. */
  extra: KeyEntry[]
}

/** Solid and hatched in a neutral tone when several patterns are drawn, each in its own colour. */
const NEUTRAL_KIND = '#d9e1e7'

export interface KeyState {
  /** Muscles whose patterns are drawn, in pattern order (selectPatternMuscleIds). */
  patternIds: readonly string[]
  selectedMuscleId: string | null
  previewing: boolean
  painMarked: boolean
  conditionId: string | null
}

/** The key's state from the store's state, read once (a saved picture); the Legend subscribes to each part. */
export function keyStateOf(s: AppState): KeyState {
  return {
    patternIds: selectPatternMuscleIds(s),
    selectedMuscleId: s.selectedMuscleId,
    previewing: s.previewMuscleId !== null,
    painMarked: s.painRegionKeys.length > 0 || s.paint !== null || s.pendingDrawing !== null,
    conditionId: s.conditionId,
  }
}

/** Every entry of the key, in reading order (the saved picture's key). */
export function keyEntries(key: KeyContent): KeyEntry[] {
  return [...(key.itself ? [key.itself] : []), ...key.kinds, ...key.muscles, ...key.extra]
}

export function keyContent(dataset: Dataset, s: KeyState): KeyContent {
  const t = strings.ui.legend
  const name = (id: string) => dataset.musclesById.get(id)?.name ?? id
  const ids = s.patternIds
  const selected = s.selectedMuscleId && ids.includes(s.selectedMuscleId) ? s.selectedMuscleId : null
  const own = (id: string): KeyEntry => ({
    role: 'selected-muscle',
    color: MUSCLE_KEY_COLORS.selected,
    fill: 'solid',
    label: t.muscleItself(name(id)),
  })
  const kindColor = ids.length === 1 ? patternColor(0) : NEUTRAL_KIND
  const condition = s.conditionId ? dataset.conditionsById.get(s.conditionId) : undefined
  return {
    itself: selected && ids.length === 1 ? own(selected) : null,
    kinds: ids.length
      ? [
          { role: 'essential', color: kindColor, fill: 'solid', label: t.essential },
          { role: 'spillover', color: kindColor, fill: 'hatched', label: t.spillover },
        ]
      : [],
    muscles:
      ids.length > 1 || !selected
        ? ids.map((id, i) => ({
            role: `pattern-${i}`,
            color: patternColor(i),
            fill: 'solid' as const,
            label: name(id),
            note: s.previewing ? t.preview : undefined,
          }))
        : [],
    extra: [
      ...(s.painMarked
        ? [{ role: 'pain-marked', color: PAIN_MARK_COLOR, fill: 'dotted' as const, label: t.painMarked }]
        : []),
      ...(condition
        ? [
            {
              role: 'condition-muscle',
              color: MUSCLE_KEY_COLORS.condition,
              fill: 'solid' as const,
              label: t.condition(condition.layName),
            },
          ]
        : []),
    ],
  }
}
