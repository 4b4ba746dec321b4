/**
 * "Tours & quizzes" for educators and curious patients: the guided condition tours and the quizzes. Each part is
 * loaded on first open (React.lazy), so the first load of the map stays small.
 */
import { Suspense, lazy } from 'react'
import { strings } from '@/strings'

const TourLibrary = lazy(() => import('./tours/TourLibrary').then((m) => ({ default: m.TourLibrary })))
const QuizLauncher = lazy(() => import('./quiz/QuizLauncher').then((m) => ({ default: m.QuizLauncher })))

export function TeachPanel() {
  const t = strings.teach
  return (
    <div className="teach-panel">
      <section aria-labelledby="teach-tours-heading">
        <h2 id="teach-tours-heading">{t.toursHeading}</h2>
        <Suspense fallback={<p role="status">{t.loading}</p>}>
          <TourLibrary />
        </Suspense>
      </section>
      <section aria-labelledby="teach-quizzes-heading">
        <h2 id="teach-quizzes-heading">{t.quizzesHeading}</h2>
        <Suspense fallback={<p role="status">{t.loading}</p>}>
          <QuizLauncher />
        </Suspense>
      </section>
    </div>
  )
}
