/**
 * What the start-up frame (boot/bootFrame.ts) may draw for a link, before the app and its data have loaded:
 * only a view it can draw exactly as the app's first frame will, that is one that names nothing from the
 * dataset (no muscle, condition, pain area or tour), so the body is styled by its layers alone. Any other link
 * (or one the app would correct, with a notice) is drawn by the app itself. Pure: unit-tested.
 */
import { decodeView } from './url'
import type { ViewState } from './viewState'

export type BootView = Pick<ViewState, 'layers' | 'xray' | 'camera' | 'tab'>

const NOTHING_KNOWN = {
  muscles: new Set<string>(),
  regions: new Set<string>(),
  conditions: new Set<string>(),
}

export function bootViewOf(hash: string): BootView | null {
  // With no ids known, any id in the link is a problem: exactly the links to leave to the app.
  const { view, problems } = decodeView(hash, NOTHING_KNOWN)
  if (problems.length > 0 || view.tour) return null
  return { layers: view.layers, xray: view.xray, camera: view.camera, tab: view.tab }
}
