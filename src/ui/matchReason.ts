/**
 * Why a muscle is suggested for the marked pain, in one to three plain sentences, from the facts of its match
 * (src/domain/drawing): the marked areas in its main and wider zone, the share of the drawing, the worst areas.
 */
import type { Dataset } from '@/data/dataset'
import type { DrawingMatch } from '@/domain/drawing'
import { strings } from '@/i18n'
import { regionKeyLabel } from '@/i18n/regionLabel'

export function whySuggested(
  dataset: Dataset,
  match: Pick<DrawingMatch, 'essential' | 'spillover' | 'explained' | 'worst'>,
): string {
  const labels = (ids: readonly string[]) =>
    ids.map((id) => regionKeyLabel(dataset, id, { midSentence: true }))
  const t = strings.reason
  return [
    t.zones(labels(match.essential), labels(match.spillover)),
    t.share(Math.round(match.explained * 100)),
    ...(match.worst.length ? [t.worst(labels(match.worst))] : []),
  ].join(' ')
}
