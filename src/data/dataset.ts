/**
 * The parsed, cross-checked dataset with id indexes. Built once by `buildDataset` (validate.ts).
 * Pure module: no React, three or zustand.
 */
import type { Condition, Education, Muscle, RedFlag, Region, Source, Tour } from './schema'

export interface Dataset {
  muscles: readonly Muscle[]
  regions: readonly Region[]
  conditions: readonly Condition[]
  sources: readonly Source[]
  education: Education
  /** Guided tours (data/tours/*.json), sorted by id; empty when the folder is absent. */
  tours: readonly Tour[]
  /** Red flags (data/redFlags.json): signs that need a doctor, with their urgency, areas and conditions. */
  redFlags: readonly RedFlag[]
  musclesById: ReadonlyMap<string, Muscle>
  regionsById: ReadonlyMap<string, Region>
  conditionsById: ReadonlyMap<string, Condition>
  sourcesById: ReadonlyMap<string, Source>
  toursById: ReadonlyMap<string, Tour>
  redFlagsById: ReadonlyMap<string, RedFlag>
  /** condition id → ids of the muscles that list it, most common first (the condition's commonMuscles), then by name. */
  musclesByCondition: ReadonlyMap<string, readonly string[]>
}

/** The records of a dataset, before indexing. */
export type DatasetRecords = Pick<Dataset, 'muscles' | 'regions' | 'conditions' | 'sources' | 'education'> & {
  /** Optional so records served before tours existed still load. */
  tours?: readonly Tour[]
  redFlags?: readonly RedFlag[]
}

/**
 * Builds the id indexes. Does not validate: use it only on records that validateData has checked (the build
 * validates data/ before bundling, so the browser does not ship the schema library).
 */
export function indexDataset(records: DatasetRecords): Dataset {
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]))
  const musclesByCondition = new Map<string, string[]>(records.conditions.map((c) => [c.id, []]))
  for (const m of records.muscles) for (const c of m.conditions) musclesByCondition.get(c)?.push(m.id)
  // Most common cause first (the condition's commonMuscles), then the others by name.
  const names = new Map(records.muscles.map((m) => [m.id, m.name]))
  for (const c of records.conditions) {
    const rank = (id: string) => {
      const i = c.commonMuscles.indexOf(id)
      return i < 0 ? Infinity : i
    }
    musclesByCondition
      .get(c.id)
      ?.sort((a, b) => rank(a) - rank(b) || (names.get(a) ?? a).localeCompare(names.get(b) ?? b))
  }
  const tours = records.tours ?? []
  const redFlags = records.redFlags ?? []
  return {
    ...records,
    tours,
    redFlags,
    musclesById: byId(records.muscles),
    regionsById: byId(records.regions),
    conditionsById: byId(records.conditions),
    sourcesById: byId(records.sources),
    toursById: byId(tours),
    redFlagsById: byId(redFlags),
    musclesByCondition,
  }
}

/** One data file as read from disk (or bundled by Vite): its repo-relative path and parsed JSON. */
export interface DataFile {
  path: string
  data: unknown
}

/** Everything under data/, before validation. */
export interface RawData {
  muscles: readonly DataFile[]
  regions: DataFile
  conditions: DataFile
  education: DataFile
  sources: readonly DataFile[]
  /** data/tours/*.json; [] when the folder is absent (fixture datasets need no tours). */
  tours: readonly DataFile[]
  /** data/redFlags.json */
  redFlags: DataFile
  /** data/retiredRegions.json (old region id → its replacements); absent in fixtures that retired none. */
  retiredRegions?: DataFile
}

/** A problem found in the data: file, field path (e.g. `triggerPoints[0].referral.essential[2]`) and message. */
export interface DataIssue {
  file: string
  field: string
  message: string
}

/** `data/muscles/supinator.json: triggerPoints[0].referral.essential[2]: unknown region "x"` */
export function formatIssue(issue: DataIssue): string {
  return issue.field ? `${issue.file}: ${issue.field}: ${issue.message}` : `${issue.file}: ${issue.message}`
}

/** Thrown when data/ does not validate; the message lists every issue, one per line. */
export class DataValidationError extends Error {
  constructor(readonly issues: readonly DataIssue[]) {
    super(
      `Invalid data (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map(formatIssue).join('\n')}`,
    )
    this.name = 'DataValidationError'
  }
}
