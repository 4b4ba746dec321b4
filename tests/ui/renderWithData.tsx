// Renders UI under a DatasetProvider with the tiny fixture dataset (or another one), plus a user-event instance.
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import MiniSearch from 'minisearch'
import type { ReactElement } from 'react'
import type { Dataset } from '@/data/dataset'
import { presentedState } from '@/state/presented'
import { useAppStore } from '@/state/store'
import { DatasetProvider } from '@/ui/DatasetContext'
import { tinyDataset } from './fixture'

export function renderWithData(ui: ReactElement, dataset: Dataset = tinyDataset) {
  const user = userEvent.setup()
  return {
    user,
    ...render(
      <DatasetProvider dataset={dataset} searchEngine={MiniSearch}>
        {ui}
      </DatasetProvider>,
    ),
  }
}

/** Fresh store for each test (zustand's testing guidance). */
export function resetStore() {
  useAppStore.setState(useAppStore.getInitialState(), true)
}

/** The store as presented (a tour step's or quiz question's view while one is staged). */
export const store = () => presentedState(useAppStore.getState())
