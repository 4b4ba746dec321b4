/** Plain words for a region key ("temple.L" → "Temple, left"), for lists of what a drawing marks. */
import type { Dataset } from '@/data/dataset'
import { listInWords } from '@/domain/explain'
import { parseRegionKey } from '@/data/regionKeys'
import { strings } from '@/i18n'

export function regionKeyLabel(dataset: Dataset, key: string): string {
  const { regionId, side } = parseRegionKey(key)
  const label = dataset.regionsById.get(regionId)?.label ?? regionId
  const t = strings.ui.pain
  return side ? t.sideLabel(label, (side === 'left' ? t.left : t.right).toLowerCase()) : label
}

/** "Temple, left and Coccyx" */
export const regionKeysInWords = (dataset: Dataset, keys: readonly string[]): string =>
  listInWords(keys.map((k) => regionKeyLabel(dataset, k)))
