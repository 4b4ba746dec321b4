/**
 * "Tours & quizzes" for educators and curious patients: the guided condition tours and the quizzes. Each part is
 * loaded on first open (React.lazy), so the first load of the map stays small. A quiz under way, or its score, comes
 * first. Last, for clinicians, the code to embed the view in an article (EmbedCode).
 */
import { Suspense, lazy } from 'react'
import type { ReactNode } from 'react'
import { useIsClinician } from '@/state/audience'
import { useView } from '@/state/store'
import { strings } from '@/i18n'
import { EmbedCode } from './EmbedCode'

const TourLibrary = lazy(() => import('./tours/TourLibrary').then((m) => ({ default: m.TourLibrary })))
const QuizLauncher = lazy(() => import('./quiz/QuizLauncher').then((m) => ({ default: m.QuizLauncher })))

/** One part of the panel, with its heading, loaded on first open. */
function Part({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <Suspense fallback={<p role="status">{strings.teach.loading}</p>}>{children}</Suspense>
    </section>
  )
}

export function TeachPanel() {
  const t = strings.teach
  // A quiz under way (or its score) comes first, not under the tour cards.
  const quizFirst = useView((s) => s.quiz.phase !== 'setup')
  // Embedding the view in an article is a clinic's or an educator's job, not a patient's.
  const clinician = useIsClinician()
  const tours = (
    <Part key="tours" id="teach-tours-heading" heading={t.toursHeading}>
      <TourLibrary />
    </Part>
  )
  const quizzes = (
    <Part key="quizzes" id="teach-quizzes-heading" heading={t.quizzesHeading}>
      <QuizLauncher />
    </Part>
  )
  return (
    <div className="teach-panel">
      {quizFirst ? [quizzes, tours] : [tours, quizzes]}
      {clinician && <EmbedCode />}
    </div>
  )
}
