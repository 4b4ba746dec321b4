/**
 * Cross-checks of the red flags (data/redFlags.json): every area is a known region (sided only where the region has
 * sides), every condition and source exists, and every flag can be reached (an area, a combination or a
 * condition). Also checks that muscles name only known red flags, and that no condition's own list of signs holds
 * an emergency (an emergency is a red flag record, so the app can put it first under the right heading).
 * Issues read `data/redFlags.json: [3].regions[1]: unknown region "chets"`. Pure module, called by validateData.
 */
import type { DataFile, DataIssue } from './dataset'
import type { Located } from './parseFile'
import { indexUnique, parseFile } from './parseFile'
import type { Condition, Muscle, RedFlag, Region, Source } from './schema'
import { redFlagsFileSchema } from './schema'
import { checkRegionKey } from './validateTours'

interface RedFlagContext {
  regions: ReadonlyMap<string, Region>
  conditions: ReadonlyMap<string, Condition>
  sources: ReadonlyMap<string, Source>
}

function checkRedFlag(flag: RedFlag, at: string, file: string, ctx: RedFlagContext, issues: DataIssue[]) {
  const area = (key: string, field: string) => {
    const message = checkRegionKey(key, ctx.regions, true)
    if (message) issues.push({ file, field: `${at}.${field}`, message })
  }
  flag.regions.forEach((key, i) => area(key, `regions[${i}]`))
  flag.together.forEach((combination, i) =>
    combination.forEach((entry, j) => {
      if (typeof entry === 'string') area(entry, `together[${i}][${j}]`)
      else entry.forEach((key, k) => area(key, `together[${i}][${j}][${k}]`))
    }),
  )
  flag.conditions.forEach((id, i) => {
    if (!ctx.conditions.has(id))
      issues.push({ file, field: `${at}.conditions[${i}]`, message: `unknown condition "${id}"` })
  })
  flag.sources.forEach((ref, i) => {
    if (!ctx.sources.has(ref.source))
      issues.push({ file, field: `${at}.sources[${i}].source`, message: `unknown source "${ref.source}"` })
  })
  if (!flag.regions.length && !flag.together.length && !flag.conditions.length) {
    issues.push({
      file,
      field: at,
      message: `red flag "${flag.id}" is never shown: give it regions, a combination or a condition`,
    })
  }
}

const EMERGENCY_WORDS = /emergency (services|department)|call (an ambulance|999|911|112)/i

/**
 * Parses data/redFlags.json and checks its references, the red flags named by muscles, and that conditions keep
 * their emergencies as red flag records. Returns the valid red flags (none when the file does not parse).
 */
export function checkRedFlags(
  file: DataFile,
  muscles: readonly Located<Muscle>[],
  conditionList: { file: string; list: readonly Condition[] },
  ctx: RedFlagContext,
  issues: DataIssue[],
): RedFlag[] {
  const list = parseFile(file, redFlagsFileSchema, issues)
  const byId = indexUnique(
    (list ?? []).map((item, i) => ({ item, file: file.path, field: `[${i}]` })),
    'red flag',
    issues,
  )
  list?.forEach((flag, i) => checkRedFlag(flag, `[${i}]`, file.path, ctx, issues))
  if (list) {
    for (const { item, file: muscleFile } of muscles) {
      item.redFlags.forEach((id, i) => {
        if (!byId.has(id))
          issues.push({ file: muscleFile, field: `redFlags[${i}]`, message: `unknown red flag "${id}"` })
      })
    }
  }
  conditionList.list.forEach((condition, i) => {
    condition.redFlags.forEach((text, j) => {
      if (EMERGENCY_WORDS.test(text)) {
        issues.push({
          file: conditionList.file,
          field: `[${i}].redFlags[${j}]`,
          message:
            'an emergency belongs in data/redFlags.json (urgency "emergency"), not in a condition\'s list',
        })
      }
    })
  })
  return list ?? []
}
