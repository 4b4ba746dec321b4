/**
 * The dataset as bundled by Vite: every data/ file is imported at build time and validated once here.
 * The build also runs scripts/validateData.ts first, so a malformed file fails the build with its path.
 */
import regions from '../../data/regions.json'
import conditions from '../../data/conditions.json'
import education from '../../data/education.json'
import type { DataFile, Dataset } from './dataset'
import { buildDataset } from './validate'

const muscleModules = import.meta.glob<unknown>('../../data/muscles/*.json', {
  eager: true,
  import: 'default',
})
const sourceModules = import.meta.glob<unknown>('../../data/sources/*.json', {
  eager: true,
  import: 'default',
})

const files = (mods: Record<string, unknown>): DataFile[] =>
  Object.keys(mods)
    .sort()
    .map((key) => ({ path: key.replace(/^(\.\.\/)+/, ''), data: mods[key] }))

/** The validated dataset (throws DataValidationError at start-up if data/ is broken). */
export const dataset: Dataset = buildDataset({
  muscles: files(muscleModules),
  sources: files(sourceModules),
  regions: { path: 'data/regions.json', data: regions },
  conditions: { path: 'data/conditions.json', data: conditions },
  education: { path: 'data/education.json', data: education },
})
