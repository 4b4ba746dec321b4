/**
 * The app's dataset: the records of data/, validated at build time (see vitePlugin.ts) and served as one JSON
 * file next to the app. Loaded once, with a top-level await, before anything that imports `dataset` runs.
 */
import type { Dataset } from './dataset'
import { indexDataset } from './dataset'
import { requestDataset } from './datasetRequest'

/** The validated dataset. */
export const dataset: Dataset = indexDataset(await requestDataset())
