// Vitest setup: silence React's act() environment warning for jsdom tests.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

// The app's dataset comes from a fetched JSON file in the browser (data/bundledData.ts); in tests it is data/ read
// from disk and validated, as the build does. A test file may mock it with a fixture of its own.
import { vi } from 'vitest'

vi.mock('@/data/bundledData', async () => {
  const { readDataDir } = await import('@/data/readDataFromDisk')
  const { buildDataset } = await import('@/data/validate')
  return { dataset: buildDataset(readDataDir(process.cwd())) }
})
