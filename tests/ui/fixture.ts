// The tiny fixture dataset, loaded by path from the repo root: tests/fixtures/tinyDataset.ts resolves its folder
// from import.meta.url, which is not a file: URL under the jsdom environment.
import { resolve } from 'node:path'
import type { RawData } from '@/data/dataset'
import { readDataDir } from '@/data/readDataFromDisk'
import { buildDataset } from '@/data/validate'

/** A fresh deep copy of the fixture files, safe to change in a test. */
export function tinyRaw(): RawData {
  return structuredClone(readDataDir(resolve(process.cwd(), 'tests/fixtures/tiny')))
}

export const tinyDataset = buildDataset(tinyRaw())
