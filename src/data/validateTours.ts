/**
 * Cross-checks of guided tours (data/tours/*.json): file name matches the id, and every muscle, region key and
 * condition a step names exists. Issues read `data/tours/headache.json: steps[2].muscles[0]: unknown muscle "x"`.
 * Pure module, called by validateData.
 */
import type { DataFile, DataIssue } from './dataset'
import type { Located } from './parseFile'
import { indexUnique, parseFile } from './parseFile'
import type { Condition, Muscle, Region, Tour } from './schema'
import { tourSchema } from './schema'

/** What a tour may point at. */
export interface TourContext {
  /** null when some muscle file did not parse: then muscle references are not checked (no cascade of issues). */
  muscleIds: ReadonlySet<string> | null
  regions: ReadonlyMap<string, Region>
  conditionIds: ReadonlySet<string>
}

/**
 * What is wrong with a region key, if anything: an unknown region, a side on a midline region, or (unless
 * `eitherSide`, where a two-sided region's bare id means either side) no side on a two-sided one.
 */
export function checkRegionKey(
  key: string,
  regions: ReadonlyMap<string, Region>,
  eitherSide = false,
): string | undefined {
  const m = /^(.*)\.(L|R)$/.exec(key)
  const id = m?.[1] ?? key
  const region = regions.get(id)
  if (!region) return `unknown region "${id}"`
  if (region.laterality === 'midline' && m)
    return `region "${id}" is on the midline: write "${id}" without a side`
  if (region.laterality === 'bilateral' && !m && !eitherSide)
    return `region "${id}" has two sides: write "${id}.L" or "${id}.R"`
  return undefined
}

/** Checks one parsed tour; pushes one issue per broken reference. */
function checkTour(tour: Tour, file: string, ctx: TourContext, issues: DataIssue[]): void {
  const expectedName = `${tour.id}.json`
  if (!file.endsWith(`/${expectedName}`)) {
    issues.push({
      file,
      field: 'id',
      message: `id "${tour.id}" does not match the file name (expected ${expectedName})`,
    })
  }
  tour.steps.forEach((step, i) => {
    const at = `steps[${i}]`
    step.muscles?.forEach((id, j) => {
      if (ctx.muscleIds && !ctx.muscleIds.has(id))
        issues.push({ file, field: `${at}.muscles[${j}]`, message: `unknown muscle "${id}"` })
    })
    step.painRegionKeys?.forEach((key, j) => {
      const message = checkRegionKey(key, ctx.regions)
      if (message) issues.push({ file, field: `${at}.painRegionKeys[${j}]`, message })
    })
    if (step.conditionId && !ctx.conditionIds.has(step.conditionId)) {
      issues.push({ file, field: `${at}.conditionId`, message: `unknown condition "${step.conditionId}"` })
    }
  })
}

/**
 * Parses data/tours/*.json (none is fine) and checks ids and references; returns the valid tours sorted by id.
 * `muscles` is null when some muscle file failed to parse: muscle references are then not checked.
 */
export function checkTours(
  files: readonly DataFile[],
  muscles: readonly Located<Muscle>[] | null,
  ctx: { regions: ReadonlyMap<string, Region>; conditions: ReadonlyMap<string, Condition> },
  issues: DataIssue[],
): Tour[] {
  const located: Located<Tour>[] = []
  for (const file of files) {
    const tour = parseFile(file, tourSchema, issues)
    if (tour) located.push({ item: tour, file: file.path, field: '' })
  }
  indexUnique(located, 'tour', issues)
  const tourCtx: TourContext = {
    muscleIds: muscles ? new Set(muscles.map((m) => m.item.id)) : null,
    regions: ctx.regions,
    conditionIds: new Set(ctx.conditions.keys()),
  }
  for (const { item, file } of located) checkTour(item, file, tourCtx, issues)
  return located.map((t) => t.item).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
