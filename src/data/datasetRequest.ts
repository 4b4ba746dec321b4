/**
 * The one request for the dataset (data/, validated at build time, served as a JSON file next to the app).
 * main.tsx starts it before the app's code has downloaded, so the JSON arrives and parses meanwhile;
 * bundledData.ts awaits the same promise.
 */
import datasetUrl from 'virtual:dataset-url'
import type { DatasetRecords } from './dataset'

let request: Promise<DatasetRecords> | undefined

export function requestDataset(): Promise<DatasetRecords> {
  request ??= fetch(datasetUrl).then(async (res) => {
    if (!res.ok) throw new Error(`The content of the map could not be loaded (${res.status}).`)
    return (await res.json()) as DatasetRecords
  })
  return request
}
