/**
 * Validates everything under data/ in two passes: each file against its zod schema, then every
 * cross-reference (regions, conditions, sources, faq ids, tours, red flags), id uniqueness and orphans.
 * Pure module: used by the browser bundle, the build (src/tools/validateData.ts) and the tests.
 */
import type { DataIssue, Dataset, RawData } from './dataset'
import { DataValidationError, indexDataset } from './dataset'
import type { Condition, Education, Muscle, RedFlag, Referral, Region, Source } from './schema'
import {
  conditionsFileSchema,
  educationSchema,
  muscleSchema,
  regionsFileSchema,
  retiredRegionsFileSchema,
  sourcesFileSchema,
} from './schema'
import { formatPath, indexUnique, parseFile } from './parseFile'
import type { Located } from './parseFile'
import { checkRedFlags } from './validateRedFlags'
import { checkTours } from './validateTours'

export { formatPath }

function checkReferral(
  referral: Referral,
  at: string,
  file: string,
  regions: Map<string, Region>,
  issues: DataIssue[],
) {
  for (const level of ['essential', 'spillover'] as const) {
    referral[level].forEach((id, i) => {
      if (!regions.has(id))
        issues.push({ file, field: `${at}.${level}[${i}]`, message: `unknown region "${id}"` })
    })
  }
  referral.bothSides.forEach((id, i) => {
    const field = `${at}.bothSides[${i}]`
    if (!referral.essential.includes(id) && !referral.spillover.includes(id))
      issues.push({
        file,
        field,
        message: `region "${id}" is not in this pattern's essential or spillover zone`,
      })
    else if (regions.get(id)?.laterality === 'midline')
      issues.push({ file, field, message: `region "${id}" is on the midline: it has no sides to cross to` })
  })
  for (const id of referral.spillover) {
    if (referral.essential.includes(id)) {
      issues.push({
        file,
        field: `${at}.spillover`,
        message: `region "${id}" is both essential and spillover`,
      })
    }
  }
}

function checkMuscle(m: Located<Muscle>, ctx: CrossContext, issues: DataIssue[]) {
  const { item: muscle, file } = m
  const expectedName = `${muscle.id}.json`
  if (!file.endsWith(`/${expectedName}`)) {
    issues.push({
      file,
      field: 'id',
      message: `id "${muscle.id}" does not match the file name (expected ${expectedName})`,
    })
  }
  if (muscle.referral) checkReferral(muscle.referral, 'referral', file, ctx.regions, issues)
  const tpIds = new Set<string>()
  muscle.triggerPoints.forEach((tp, i) => {
    const at = `triggerPoints[${i}]`
    if (tpIds.has(tp.id))
      issues.push({ file, field: `${at}.id`, message: `duplicate trigger point id "${tp.id}"` })
    tpIds.add(tp.id)
    if (!tp.id.startsWith(`${muscle.id}-`)) {
      issues.push({
        file,
        field: `${at}.id`,
        message: `trigger point id "${tp.id}" must start with "${muscle.id}-"`,
      })
    }
    if (tp.referral) checkReferral(tp.referral, `${at}.referral`, file, ctx.regions, issues)
    else if (!muscle.referral) {
      issues.push({
        file,
        field: `${at}.referral`,
        message: 'empty pattern: no referral here and none on the muscle',
      })
    }
  })
  muscle.conditions.forEach((id, i) => {
    if (!ctx.conditions.has(id))
      issues.push({ file, field: `conditions[${i}]`, message: `unknown condition "${id}"` })
  })
  muscle.sources.forEach((ref, i) => {
    if (!ctx.sources.has(ref.source))
      issues.push({ file, field: `sources[${i}].source`, message: `unknown source "${ref.source}"` })
  })
  if (!muscle.sources.some((s) => s.supports.includes('referral'))) {
    issues.push({ file, field: 'sources', message: 'no source supports the referral pattern' })
  }
}

interface CrossContext {
  regions: Map<string, Region>
  conditions: Map<string, Condition>
  sources: Map<string, Source>
}

/** Parses and cross-checks all of data/. Returns the dataset, or every issue found (never throws). */
export function validateData(raw: RawData): { dataset?: Dataset; issues: DataIssue[] } {
  const issues: DataIssue[] = []
  const muscles: Located<Muscle>[] = []
  for (const file of raw.muscles) {
    const m = parseFile(file, muscleSchema, issues)
    if (m) muscles.push({ item: m, file: file.path, field: '' })
  }
  const regionList = parseFile(raw.regions, regionsFileSchema, issues) ?? []
  const conditionList = parseFile(raw.conditions, conditionsFileSchema, issues) ?? []
  const education = parseFile<Education>(raw.education, educationSchema, issues)
  const sourceLists = raw.sources.map((f) => ({
    file: f.path,
    list: parseFile(f, sourcesFileSchema, issues) ?? [],
  }))

  const at = <T>(list: readonly T[], file: string) => list.map((item, i) => ({ item, file, field: `[${i}]` }))
  const regions = indexUnique(at(regionList, raw.regions.path), 'region', issues)
  const conditions = indexUnique(at(conditionList, raw.conditions.path), 'condition', issues)
  const sources = indexUnique(
    sourceLists.flatMap((s) => at(s.list, s.file)),
    'source',
    issues,
  )
  indexUnique(muscles, 'muscle', issues)
  const ctx: CrossContext = { regions, conditions, sources }
  for (const m of muscles) checkMuscle(m, ctx, issues)
  const tours = checkTours(raw.tours, muscles.length === raw.muscles.length ? muscles : null, ctx, issues)
  const redFlags = checkRedFlags(
    raw.redFlags,
    muscles,
    { file: raw.conditions.path, list: conditionList },
    ctx,
    issues,
  )

  const musclesByCondition = new Map<string, string[]>(conditionList.map((c) => [c.id, []]))
  for (const { item } of muscles) for (const c of item.conditions) musclesByCondition.get(c)?.push(item.id)
  const allMusclesParsed = muscles.length === raw.muscles.length
  conditionList.forEach((c, i) => {
    if (allMusclesParsed && (musclesByCondition.get(c.id) ?? []).length === 0) {
      issues.push({
        file: raw.conditions.path,
        field: `[${i}]`,
        message: `condition "${c.id}" has no muscles (orphan)`,
      })
    }
    if (!allMusclesParsed) return
    c.commonMuscles.forEach((id, j) => {
      const field = `[${i}].commonMuscles[${j}]`
      const issue = (message: string) => issues.push({ file: raw.conditions.path, field, message })
      if (c.commonMuscles.indexOf(id) !== j) issue(`muscle "${id}" is listed twice`)
      else if (!muscles.some((m) => m.item.id === id)) issue(`unknown muscle "${id}"`)
      else if (!musclesByCondition.get(c.id)?.includes(id))
        issue(`muscle "${id}" does not list condition "${c.id}" in its conditions`)
    })
  })
  checkEducationRefs(education, raw, conditionList, sources, issues)
  if (raw.retiredRegions) checkRetiredRegions(raw.retiredRegions, regions, issues)
  checkOrphanSources(sourceLists, muscles, education, redFlags, issues)

  if (issues.length > 0 || !education) return { issues }
  return {
    issues,
    dataset: indexDataset({
      muscles: muscles.map((m) => m.item),
      regions: regionList,
      conditions: conditionList,
      sources: [...sources.values()],
      education,
      tours,
      redFlags,
    }),
  }
}

function checkEducationRefs(
  education: Education | undefined,
  raw: RawData,
  conditionList: readonly Condition[],
  sources: Map<string, Source>,
  issues: DataIssue[],
) {
  const faqIds = new Set(education?.faq.map((q) => q.id) ?? [])
  conditionList.forEach((c, i) => {
    c.seedQuestions.forEach((q, j) => {
      if (education && !faqIds.has(q)) {
        issues.push({
          file: raw.conditions.path,
          field: `[${i}].seedQuestions[${j}]`,
          message: `unknown faq question "${q}"`,
        })
      }
    })
  })
  education?.sources.forEach((ref, i) => {
    if (!sources.has(ref.source)) {
      issues.push({
        file: raw.education.path,
        field: `sources[${i}].source`,
        message: `unknown source "${ref.source}"`,
      })
    }
  })
}

/**
 * data/retiredRegions.json: a retired id is no current region (it would be read as its replacements), and it is
 * replaced by current regions of one laterality (a sided key "teeth.L" becomes "upper-teeth.L", ...).
 */
function checkRetiredRegions(file: RawData['regions'], regions: Map<string, Region>, issues: DataIssue[]) {
  const table = parseFile(file, retiredRegionsFileSchema, issues) ?? {}
  for (const [id, into] of Object.entries(table)) {
    const issue = (field: string, message: string) => issues.push({ file: file.path, field, message })
    if (regions.has(id)) issue(id, `retired region "${id}" is still in data/regions.json`)
    into.forEach((r, i) => {
      if (!regions.has(r)) issue(`${id}[${i}]`, `unknown region "${r}"`)
      else if (regions.get(r)?.laterality !== regions.get(into[0]!)?.laterality)
        issue(`${id}[${i}]`, `region "${r}" is not of the same laterality as "${into[0]}"`)
    })
  }
}

/** A source that no record cites is an orphan: either cite it or remove it. */
function checkOrphanSources(
  sourceLists: readonly { file: string; list: readonly Source[] }[],
  muscles: readonly Located<Muscle>[],
  education: Education | undefined,
  redFlags: readonly RedFlag[],
  issues: DataIssue[],
) {
  const cited = new Set([
    ...muscles.flatMap((m) => m.item.sources.map((s) => s.source)),
    ...redFlags.flatMap((f) => f.sources.map((s) => s.source)),
    ...(education?.sources.map((s) => s.source) ?? []),
  ])
  for (const { file, list } of sourceLists) {
    list.forEach((s, i) => {
      if (!cited.has(s.id))
        issues.push({ file, field: `[${i}]`, message: `source "${s.id}" is cited by no record (orphan)` })
    })
  }
}

/** Like validateData, but throws DataValidationError listing every issue. */
export function buildDataset(raw: RawData): Dataset {
  const { dataset, issues } = validateData(raw)
  if (!dataset) throw new DataValidationError(issues)
  return dataset
}
