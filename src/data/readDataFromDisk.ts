/**
 * Node-only: reads data/ from disk into RawData (used by the build's validation step, scripts and tests).
 * Never imported by the browser bundle (which uses bundledData.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { DataFile, RawData } from './dataset'

function readJson(root: string, path: string): DataFile {
  const rel = relative(root, path).split('\\').join('/')
  const text = readFileSync(path, 'utf8')
  try {
    return { path: rel, data: JSON.parse(text) as unknown }
  } catch (err) {
    throw new Error(`${rel}: not valid JSON: ${(err as Error).message}`, { cause: err })
  }
}

function readFolder(root: string, folder: string, optional = false): DataFile[] {
  const dir = join(root, folder)
  if (optional && !existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson(root, join(dir, f)))
}

/** Reads `<root>/data/**` (root = repository root, or a fixture folder with the same layout). */
export function readDataDir(root: string): RawData {
  return {
    muscles: readFolder(root, 'data/muscles'),
    sources: readFolder(root, 'data/sources'),
    tours: readFolder(root, 'data/tours', true),
    regions: readJson(root, join(root, 'data/regions.json')),
    conditions: readJson(root, join(root, 'data/conditions.json')),
    education: readJson(root, join(root, 'data/education.json')),
    redFlags: readJson(root, join(root, 'data/redFlags.json')),
    ...(existsSync(join(root, 'data/retiredRegions.json'))
      ? { retiredRegions: readJson(root, join(root, 'data/retiredRegions.json')) }
      : {}),
  }
}
