/** What a link could not use (src/state/url's problems), as one short notice. */
import { echoAll } from '@/data/echo'
import type { LinkProblem } from '@/state/url'
import { strings } from '@/i18n'

export function describeProblems(problems: readonly LinkProblem[]): string {
  // Each value as it came in the link, but short and clean (data/echo.ts).
  return strings.linkProblem(
    echoAll(
      problems.map((p) => p.value),
      problems.length,
    ),
  )
}
