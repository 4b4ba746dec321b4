/** The end of a quiz: the score, the score by kind of question, muscles worth another look (open in Explore). */
import { useMemo, useRef } from 'react'
import { QUIZ_KINDS } from '@/domain/quiz'
import { summarize } from '@/domain/quizScore'
import { openMuscle } from '@/state/intents'
import { useView } from '@/state/store'
import { strings } from '@/i18n'
import { useFocusOnMount } from '../useFocusOnMount'
import { useDataset } from '../DatasetContext'
import { muscleName } from './words'

export function QuizSummary() {
  const dataset = useDataset()
  const t = strings.quizUi
  const quiz = useView((s) => s.quiz)
  const start = useView((s) => s.startQuiz)
  const quit = useView((s) => s.quitQuiz)
  const summary = useMemo(() => summarize(quiz.results), [quiz.results])
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef)
  return (
    <section className="quiz-summary" aria-labelledby="quiz-summary-heading">
      <h3 id="quiz-summary-heading" ref={headingRef} tabIndex={-1} className="quiz-prompt">
        {t.summaryHeading}
      </h3>
      <p className="quiz-big-score" data-testid="quiz-total">
        {summary.correct} / {summary.questions} · {summary.percent}%
      </p>
      <p className="quiz-why">{strings.quiz.summary(summary.correct, summary.questions, summary.percent)}</p>
      <h4>{t.byKind}</h4>
      <ul className="quiz-by-kind">
        {QUIZ_KINDS.filter((k) => summary.byKind[k].questions > 0).map((k) => (
          <li key={k} data-kind={k}>
            <span className="quiz-by-kind-name">{t.kindsShort[k]}</span>{' '}
            <span>{t.kindLine(summary.byKind[k].questions, summary.byKind[k].percent)}</span>
          </li>
        ))}
      </ul>
      <h4 id="quiz-review-heading">{t.reviewHeading}</h4>
      {summary.toReview.length ? (
        <ul className="button-list quiz-review" aria-labelledby="quiz-review-heading">
          {summary.toReview.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="link-button"
                onClick={() => openMuscle(id, dataset.musclesById.get(id)?.layer)}
              >
                {t.openInExplore(muscleName(dataset, id))}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.reviewNone}</p>
      )}
      <p className="muted">{t.code(quiz.seed)}</p>
      <div className="quiz-actions">
        <button type="button" className="quiz-primary" onClick={() => start(dataset)}>
          {t.playAgain}
        </button>
        <button type="button" onClick={() => start(dataset, quiz.seed)}>
          {t.replay}
        </button>
        <button type="button" onClick={quit}>
          {t.changeSettings}
        </button>
      </div>
      <p className="quiz-note muted">{t.learningNote}</p>
    </section>
  )
}
