// Validates data/ (schema + cross-references). Exit 1 with one line per problem: file: field: message.
import { formatIssue } from '../data/dataset'
import { readDataDir } from '../data/readDataFromDisk'
import { validateData } from '../data/validate'

try {
  const { dataset, issues } = validateData(readDataDir(process.cwd()))
  if (!dataset) {
    console.error(`data/ is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):`)
    for (const issue of issues) console.error(`  ${formatIssue(issue)}`)
    process.exit(1)
  }
  const tps = dataset.muscles.reduce((n, m) => n + m.triggerPoints.length, 0)
  console.log(
    `data/ is valid: ${dataset.muscles.length} muscles, ${tps} trigger points, ${dataset.regions.length} regions, ` +
      `${dataset.conditions.length} conditions, ${dataset.redFlags.length} red flags, ${dataset.sources.length} sources, ` +
      `${dataset.tours.length} tours`,
  )
} catch (err) {
  console.error((err as Error).message)
  process.exit(1)
}
