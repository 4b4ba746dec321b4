// Bootstrap for worker threads: registers the tsx loader, then runs worker.ts.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
