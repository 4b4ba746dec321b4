/**
 * "Tours & quizzes" for educators and curious patients: the guided condition tours and the quizzes. Each part is
 * loaded on first open (React.lazy), so the first load of the map stays small. A quiz under way, or its score, comes
 * first.
 */
import { Suspense, lazy } from 'react'
import { useAppStore } from '@/state/store'
import { strings } from '@/strings'

const TourLibrary = lazy(() => import('./tours/TourLibrary').then((m) => ({ default: m.TourLibrary })))
const QuizLauncher = lazy(() => import('./quiz/QuizLauncher').then((m) => ({ default: m.QuizLauncher })))

export function TeachPanel() {
  const t = strings.teach
  // A quiz under way (or its score) comes first, not under the tour cards.
  const quizFirst = useAppStore((s) => s.quiz.phase !== 'setup')
  const tours = (
    <section key="tours" aria-labelledby="teach-tours-heading">
      <h2 id="teach-tours-heading">{t.toursHeading}</h2>
      <Suspense fallback={<p role="status">{t.loading}</p>}>
        <TourLibrary />
      </Suspense>
    </section>
  )
  const quizzes = (
    <section key="quizzes" aria-labelledby="teach-quizzes-heading">
      <h2 id="teach-quizzes-heading">{t.quizzesHeading}</h2>
      <Suspense fallback={<p role="status">{t.loading}</p>}>
        <QuizLauncher />
      </Suspense>
    </section>
  )
  return <div className="teach-panel">{quizFirst ? [quizzes, tours] : [tours, quizzes]}</div>
}
