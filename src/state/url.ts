/**
 * The view ⇄ URL hash codec. `decodeView` never throws: unknown ids and malformed parts are dropped and
 * reported, so a bad link still opens the rest of the view.
 */
import type { Tour } from '@/data/schema'
import type { CameraPreset, Layer, LayerMode, Side, Tab, ViewState } from './viewState'
import { parseRegionKey } from '@/data/regionKeys'
import { CAMERA_PRESETS, DEFAULT_VIEW, LAYERS, TABS } from './viewState'
import { replaceRetiredKeys } from '@/data/retiredRegions'

/** Ids the decoder may accept. */
export interface KnownIds {
  muscles: ReadonlySet<string>
  regions: ReadonlySet<string>
  conditions: ReadonlySet<string>
  /** Guided tours by id (optional: links without tours need none). */
  tours?: ReadonlyMap<string, Tour>
}

/** Something in a link that could not be used. */
export interface LinkProblem {
  kind: 'muscle' | 'region' | 'condition' | 'tour' | 'value'
  value: string
}

const MODE_CODE: Record<LayerMode, string> = { shown: '1', ghost: 'g', hidden: '0' }
const CODE_MODE: Record<string, LayerMode> = { '1': 'shown', g: 'ghost', '0': 'hidden' }

export interface EncodeOptions {
  /**
   * Keep the patient's marked pain areas in the link. Off by default: the link goes into the browser's history
   * (synced history too), bookmarks and QR codes; a clinician includes them for one handout on purpose.
   */
  withPain?: boolean
}

/**
 * Encodes only what differs from the default view, so the default view is an empty hash. Marked pain areas are
 * left out unless asked for (a link that names them still opens them: decodeView).
 */
export function encodeView(view: ViewState, { withPain = false }: EncodeOptions = {}): string {
  const p = new URLSearchParams()
  // A tour step is a view of its own: the link names the tour and the step (counted from 1) and nothing else.
  if (view.tour) {
    p.set('tour', view.tour.id)
    p.set('step', String(view.tour.step + 1))
    return `#${p.toString()}`
  }
  if (view.selectedMuscleId) p.set('m', view.selectedMuscleId)
  if (view.side !== DEFAULT_VIEW.side) p.set('side', view.side)
  if (view.overlayMuscleIds.length) p.set('cmp', view.overlayMuscleIds.join(','))
  if (withPain && view.painRegionKeys.length) p.set('pain', view.painRegionKeys.join(','))
  if (view.conditionId) p.set('c', view.conditionId)
  const layers = LAYERS.map((l) => MODE_CODE[view.layers[l]]).join('')
  if (layers !== LAYERS.map((l) => MODE_CODE[DEFAULT_VIEW.layers[l]]).join('')) p.set('layers', layers)
  if (view.xray) p.set('xray', '1')
  if (view.camera !== DEFAULT_VIEW.camera) p.set('view', view.camera)
  if (view.focused && view.selectedMuscleId) p.set('focus', '1')
  if (view.tab !== DEFAULT_VIEW.tab) p.set('tab', view.tab)
  const s = p.toString().replace(/%2C/g, ',')
  return s ? `#${s}` : ''
}

function oneOf<T extends string>(
  values: readonly T[],
  v: string | null,
  problems: LinkProblem[],
): T | undefined {
  if (v === null) return undefined
  if ((values as readonly string[]).includes(v)) return v as T
  problems.push({ kind: 'value', value: v })
  return undefined
}

function idList(
  raw: string | null,
  known: ReadonlySet<string>,
  kind: LinkProblem['kind'],
  problems: LinkProblem[],
) {
  if (!raw) return []
  const out: string[] = []
  for (const id of raw.split(',').filter(Boolean)) {
    if (known.has(id)) {
      if (!out.includes(id)) out.push(id)
    } else problems.push({ kind, value: id })
  }
  return out
}

function safeParams(hash: string): URLSearchParams {
  try {
    return new URLSearchParams(hash.replace(/^#/, ''))
  } catch {
    return new URLSearchParams()
  }
}

/** Decodes a location hash into a full view (defaults for anything missing or unusable). Never throws. */
export function decodeView(hash: string, known: KnownIds): { view: ViewState; problems: LinkProblem[] } {
  const problems: LinkProblem[] = []
  const p = safeParams(typeof hash === 'string' ? hash : '')
  const view: ViewState = structuredClone(DEFAULT_VIEW)
  const tourId = p.get('tour')
  if (tourId !== null) {
    const tour = known.tours?.get(tourId)
    if (tour) {
      view.tour = { id: tourId, step: decodeStep(p.get('step'), tour.steps.length, problems) }
      return { view, problems }
    }
    problems.push({ kind: 'tour', value: tourId })
  }
  const muscle = p.get('m')
  if (muscle !== null) {
    if (known.muscles.has(muscle)) view.selectedMuscleId = muscle
    else problems.push({ kind: 'muscle', value: muscle })
  }
  view.side = oneOf<Side>(['left', 'right', 'both'], p.get('side'), problems) ?? view.side
  view.overlayMuscleIds = idList(p.get('cmp'), known.muscles, 'muscle', problems)
  // a link made before a region was split names the old region: it reads as the regions that replace it
  const pain = p.get('pain')
  view.painRegionKeys = idList(
    pain && replaceRetiredKeys(pain.split(',')).join(','),
    regionKeySet(known.regions),
    'region',
    problems,
  )
  const condition = p.get('c')
  if (condition !== null) {
    if (known.conditions.has(condition)) view.conditionId = condition
    else problems.push({ kind: 'condition', value: condition })
  }
  const layers = p.get('layers')
  if (layers !== null) {
    if (layers.length === LAYERS.length && [...layers].every((c) => c in CODE_MODE)) {
      LAYERS.forEach((l: Layer, i) => (view.layers[l] = CODE_MODE[layers[i] ?? '1'] ?? 'shown'))
    } else problems.push({ kind: 'value', value: layers })
  }
  view.xray = p.get('xray') === '1'
  view.camera = oneOf<CameraPreset>(CAMERA_PRESETS, p.get('view'), problems) ?? view.camera
  view.focused = p.get('focus') === '1' && view.selectedMuscleId !== null
  view.tab = oneOf<Tab>(TABS, p.get('tab'), problems) ?? view.tab
  return { view, problems }
}

/** "3" → 2 (links count steps from 1); missing → the first step; past the end → the last step (reported). */
function decodeStep(raw: string | null, count: number, problems: LinkProblem[]): number {
  if (raw === null) return 0
  const n = /^[0-9]{1,4}$/.test(raw) ? Number(raw) : NaN
  if (n >= 1 && n <= count) return n - 1
  problems.push({ kind: 'value', value: `step ${raw}` })
  return n > count ? Math.max(0, count - 1) : 0
}

/** A set-like view over region keys ("temple.L") valid for a set of side-less region ids. */
function regionKeySet(regions: ReadonlySet<string>): ReadonlySet<string> {
  return { has: (key: string) => regions.has(parseRegionKey(key).regionId) } as ReadonlySet<string>
}
