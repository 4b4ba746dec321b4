/**
 * The quiz in the "Tours & quizzes" tab (loaded on first open): the start screen, the questions with their
 * feedback, and the summary. While this screen is open the quiz shows each question on the body; when the tab
 * closes the body goes back to how it was and the run waits (see quizSlice: pauseQuiz / resumeQuiz).
 */
import { useLayoutEffect } from 'react'
import { useView, viewNow } from '@/state/store'
import { QuizPlay } from './QuizPlay'
import { QuizSetup } from './QuizSetup'
import { QuizSummary } from './QuizSummary'
import './quiz.css'

export function QuizLauncher() {
  const phase = useView((s) => s.quiz.phase)
  const classroom = useView((s) => s.quizClassroom)
  // Layout effect: the body is given back before the next paint, so another tab never shows a quiz answer.
  useLayoutEffect(() => {
    viewNow().resumeQuiz()
    return () => viewNow().pauseQuiz()
  }, [])
  const active = phase === 'question' || phase === 'feedback'
  return (
    <div className={`quiz${classroom ? ' quiz-classroom' : ''}${active ? ' quiz-active' : ''}`}>
      {phase === 'setup' && <QuizSetup />}
      {active && <QuizPlay />}
      {phase === 'done' && <QuizSummary />}
    </div>
  )
}
