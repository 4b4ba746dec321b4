// Worker thread: builds parts of the body model on request (see runJobs in build.ts).
import { parentPort, workerData } from 'node:worker_threads'
import type { Job } from './build'
import { buildPart, loadDescription, makeContext } from './build'

const desc = loadDescription((workerData as { dir: string }).dir)
const ctx = makeContext(desc)
parentPort?.on('message', (job: Job) => {
  buildPart(desc, job, ctx).then(
    (part) => {
      const transfer = Object.values(part).map((a) => a.buffer as ArrayBuffer)
      parentPort?.postMessage({ ok: true, part }, transfer)
    },
    (e: unknown) => parentPort?.postMessage({ ok: false, error: String(e) }),
  )
})
