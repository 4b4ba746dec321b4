/** Shared helpers of the validator: zod issues → DataIssue with a readable field path, id uniqueness. */
import type { z } from 'zod'
import type { DataFile, DataIssue } from './dataset'

/** `['triggerPoints', 0, 'anchor']` → `triggerPoints[0].anchor` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('')
}

/** True when the value at `path` is absent from its (present) parent object: a missing field of any type. */
function isMissing(data: unknown, path: readonly PropertyKey[]): boolean {
  let parent = data
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false
    parent = (parent as Record<PropertyKey, unknown>)[key]
  }
  const last = path[path.length - 1]
  return last !== undefined && typeof parent === 'object' && parent !== null && !(last in parent)
}

/** Parses one file; on failure pushes one issue per zod issue and returns undefined. */
export function parseFile<T>(file: DataFile, schema: z.ZodType<T>, issues: DataIssue[]): T | undefined {
  const result = schema.safeParse(file.data)
  if (result.success) return result.data
  for (const iss of result.error.issues) {
    const missing =
      (iss.code === 'invalid_type' && iss.message.endsWith('received undefined')) ||
      (iss.code === 'invalid_value' && isMissing(file.data, iss.path))
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
