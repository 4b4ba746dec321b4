/**
 * The app's dataset: the records of data/, validated at build time (see vitePlugin.ts) and served as one JSON
 * file next to the app. Loaded once, with a top-level await, before anything that imports `dataset` runs.
 */
import datasetUrl from 'virtual:dataset-url'
import type { Dataset, DatasetRecords } from './dataset'
import { indexDataset } from './dataset'

async function fetchRecords(): Promise<DatasetRecords> {
  const res = await fetch(datasetUrl)
  if (!res.ok) throw new Error(`The content of the map could not be loaded (${res.status}).`)
  return (await res.json()) as DatasetRecords
}

/** The validated dataset. */
export const dataset: Dataset = indexDataset(await fetchRecords())
