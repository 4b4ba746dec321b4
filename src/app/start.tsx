/**
 * Mounts the app into #root. Loaded by main.tsx with a dynamic import, so React and the app download (named as
 * modulepreloads in the built index.html) while main.tsx's few lines start the dataset and model requests.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'

export function start(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
