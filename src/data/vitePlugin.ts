/**
 * Vite plugin for data/:
 * - validates it when the build or the dev server starts, and whenever a data file changes in dev, so a
 *   malformed file stops the build (and shows Vite's error overlay) naming file and field;
 * - serves the validated records as one JSON asset (`virtual:dataset-url` gives its URL), so the content is
 *   fetched as data instead of being compiled into the JavaScript bundle.
 */
import type { Plugin } from 'vite'
import type { Dataset } from './dataset'
import { formatIssue } from './dataset'
import { readDataDir } from './readDataFromDisk'
import { validateData } from './validate'

const VIRTUAL_ID = 'virtual:dataset-url'
const RESOLVED_ID = '\0' + VIRTUAL_ID
const DEV_PATH = '/@trigger-point-data/dataset.json'

function load(root: string): { json?: string; message?: string } {
  try {
    const { dataset, issues } = validateData(readDataDir(root))
    if (!dataset) return { message: `data/ is invalid:\n${issues.map(formatIssue).join('\n')}` }
    return { json: JSON.stringify(records(dataset)) }
  } catch (err) {
    return { message: (err as Error).message }
  }
}

const records = (d: Dataset) => ({
  muscles: d.muscles,
  regions: d.regions,
  conditions: d.conditions,
  sources: d.sources,
  education: d.education,
  tours: d.tours,
  redFlags: d.redFlags,
})

export function validateDataPlugin(): Plugin {
  let root = process.cwd()
  let isBuild = false
  return {
    name: 'trigger-point-data',
    configResolved(config) {
      root = config.root
      isBuild = config.command === 'build'
    },
    buildStart() {
      const { message } = load(root)
      if (message) this.error(message)
      this.addWatchFile(`${root}/data`)
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined
      const { json, message } = load(root)
      if (!json) {
        this.error(message ?? 'data/ could not be read')
      }
      if (!isBuild) return `export default ${JSON.stringify(DEV_PATH)}`
      const ref = this.emitFile({ type: 'asset', name: 'dataset.json', source: json })
      return `export default import.meta.ROLLUP_FILE_URL_${ref}`
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res) => {
        const { json, message } = load(root)
        res.setHeader('Content-Type', 'application/json')
        res.statusCode = json ? 200 : 500
        res.end(json ?? JSON.stringify({ error: message }))
      })
    },
    handleHotUpdate({ file, server }) {
      if (!file.includes('/data/')) return undefined
      const { message } = load(root)
      if (message) {
        server.config.logger.error(message)
        server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'trigger-point-data' } })
        return []
      }
      server.ws.send({ type: 'full-reload' })
      return []
    },
  }
}
