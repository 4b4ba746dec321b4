/** Plain-language reasons for a reverse-lookup match ("Essential zone covers temple and behind the eye"). */
import type { Dataset } from '@/data/dataset'
import { strings } from '@/i18n'
import type { MuscleMatch } from './referral'

/** "a", "a and b", "a, b and c" */
export function listInWords(items: readonly string[]): string {
  return strings.list(items)
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/** Why a muscle was suggested, in one sentence, using the regions' lay-friendly labels. */
export function explainMatch(dataset: Dataset, match: MuscleMatch): string {
  const label = (id: string) => lower(dataset.regionsById.get(id)?.label ?? id)
  const parts: string[] = []
  if (match.essential.length) parts.push(strings.reason.essential(listInWords(match.essential.map(label))))
  if (match.spillover.length) parts.push(strings.reason.spillover(listInWords(match.spillover.map(label))))
  const sentence = parts.join('; ')
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.'
}

/**
 * Why a muscle was suggested for a pain drawing: the zones it covers, how much of the drawing that is, and
 * whether it reaches the areas marked as worst.
 */
export function explainDrawingMatch(
  dataset: Dataset,
  match: Pick<MuscleMatch, 'essential' | 'spillover'> & { explained: number; worst: readonly string[] },
): string {
  const label = (id: string) => lower(dataset.regionsById.get(id)?.label ?? id)
  const parts = [explainMatch(dataset, { ...match, muscleId: '', score: 0, triggerPointIds: [] })]
  parts.push(strings.drawing.share(Math.round(match.explained * 100)))
  if (match.worst.length) parts.push(strings.drawing.worst(listInWords(match.worst.map(label))))
  return parts.join(' ')
}
