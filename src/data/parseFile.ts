/** Shared helpers of the validator: zod issues → DataIssue with a readable field path, id uniqueness. */
import type { z } from 'zod'
import type { DataFile, DataIssue } from './dataset'

/** `['triggerPoints', 0, 'anchor']` → `triggerPoints[0].anchor` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('')
}

/** Parses one file; on failure pushes one issue per zod issue and returns undefined. */
export function parseFile<T>(file: DataFile, schema: z.ZodType<T>, issues: DataIssue[]): T | undefined {
  const result = schema.safeParse(file.data)
  if (result.success) return result.data
  for (const iss of result.error.issues) {
    const missing = iss.code === 'invalid_type' && iss.message.endsWith('received undefined')
    issues.push({
      file: file.path,
      field: formatPath(iss.path),
      message: missing ? 'required field is missing' : iss.message,
    })
  }
  return undefined
}

/** Indexes records by id; pushes an issue for every duplicate. */
export function indexUnique<T extends { id: string }>(
  items: readonly { item: T; file: string; field: string }[],
  kind: string,
  issues: DataIssue[],
): Map<string, T> {
  const map = new Map<string, T>()
  for (const { item, file, field } of items) {
    if (map.has(item.id)) {
      issues.push({ file, field: field ? `${field}.id` : 'id', message: `duplicate ${kind} id "${item.id}"` })
    } else map.set(item.id, item)
  }
  return map
}

/** A record with where it came from (file and field path prefix). */
export interface Located<T> {
  item: T
  file: string
  field: string
}
