import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@/ui/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// The app module waits for the dataset (top-level await in data/bundledData.ts); if that fails, say so plainly.
import('@/app/App')
  .then(({ App }) =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )
  .catch((err: unknown) => {
    console.error(err)
    const p = document.createElement('p')
    p.className = 'startup-error'
    p.setAttribute('role', 'alert')
    p.textContent =
      'The body map could not start: its content did not load. Please check your connection and reload the page.'
    root.replaceChildren(p)
  })
