/**
 * A quiz question and, once answered, its feedback. Multiple-choice questions ("which muscle?", "name it") take
 * number keys 1–4 then Enter; "where does it refer?" takes taps on the body or ticks in a list of body areas.
 * While a question is open nothing here names the muscle it is about.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { FormEvent, KeyboardEvent, RefObject } from 'react'
import type { NameMuscleQuestion, QuizQuestion, WhichMuscleQuestion } from '@/domain/quiz'
import type { QuizAnswer, QuizResult } from '@/domain/quizScore'
import { referralRegionsOf } from '@/domain/referral'
import { currentQuestion } from '@/state/quizSlice'
import { useView, viewNow } from '@/state/store'
import { strings } from '@/i18n'
import { useDataset } from '../DatasetContext'
import { AreaChecklist, MarkedAreas } from './AreaChecklist'
import { muscleName, questionPrompt, whereItLies, zonesInWords, zonesList } from './words'

const t = strings.quizUi

/** Focuses `ref` whenever `key` changes after the first render, or on mount when focus was lost. */
function useFocusOn(ref: RefObject<HTMLElement | null>, key: string) {
  const first = useRef(true)
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body
    if (!first.current || lost) ref.current?.focus()
    first.current = false
  }, [ref, key])
}

function ZoneKey({ marks }: { marks: boolean }) {
  return (
    <ul className="quiz-key" aria-hidden="true">
      <li>
        <span className="swatch swatch-essential" /> {t.keyEssential}
      </li>
      <li>
        <span className="swatch swatch-spillover" /> {t.keySpillover}
      </li>
      {marks && (
        <li>
          <span className="swatch swatch-marks" /> {t.keyMarks}
        </li>
      )}
    </ul>
  )
}

function ZonesInWords({ essential, spillover }: { essential: string[]; spillover: string[] }) {
  const dataset = useDataset()
  return (
    <dl className="quiz-zones">
      <dt>{t.zoneEssential}</dt>
      <dd>{zonesList(dataset, essential) || t.zoneNone}</dd>
      <dt>{t.zoneSpillover}</dt>
      <dd>{zonesList(dataset, spillover) || t.zoneNone}</dd>
    </dl>
  )
}

/** "Which muscle?" and "Name the highlighted muscle": options, then the right one marked. */
function ChoiceQuestion({
  q,
  answered,
  choice,
  setChoice,
  optionId,
  nudge,
}: {
  q: WhichMuscleQuestion | NameMuscleQuestion
  answered: QuizAnswer | undefined
  choice: string | null
  setChoice: (id: string) => void
  /** Element id of option `i` (number keys focus it). */
  optionId: (i: number) => string
  nudge: boolean
}) {
  const dataset = useDataset()
  const has3d = useView((s) => s.quizHas3d)
  const answer = useView((s) => s.answerQuiz)
  const chosen = answered && 'muscleId' in answered ? answered.muscleId : null
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    if (!answered && choice) answer({ muscleId: choice })
    else if (!answered) setChoice('')
  }

  return (
    <form className="quiz-question" onSubmit={onSubmit}>
      {q.kind === 'which-muscle' && (
        <section className="quiz-zones-box" aria-label={t.zonesHeading}>
          <ZonesInWords essential={q.essential} spillover={q.spillover} />
          {has3d && <ZoneKey marks={false} />}
          {has3d && !answered && <p className="muted quiz-small quiz-turn-hint">{t.turnHint}</p>}
        </section>
      )}
      {q.kind === 'name-muscle' && !answered && <p className="muted">{t.nameHint}</p>}
      <fieldset className="quiz-options" disabled={!!answered}>
        <legend className={answered ? 'visually-hidden' : 'quiz-options-legend'}>{t.optionsLegend}</legend>
        {q.options.map((id, i) => {
          const isAnswer = !!answered && id === q.answer
          const isWrongPick = !!answered && id === chosen && id !== q.answer
          return (
            <label
              key={id}
              className={`quiz-option${isAnswer ? ' is-answer' : ''}${isWrongPick ? ' is-wrong' : ''}`}
            >
              <input
                id={optionId(i)}
                type="radio"
                name={optionId(-1)}
                value={id}
                checked={answered ? id === chosen : id === choice}
                onChange={() => setChoice(id)}
              />
              <kbd aria-hidden="true">{i + 1}</kbd>
              <span className="quiz-option-name">{muscleName(dataset, id)}</span>
              {isAnswer && <span className="quiz-tag">✓ {t.right3d}</span>}
              {isWrongPick && <span className="quiz-tag">✗ {t.yourAnswer}</span>}
            </label>
          )
        })}
      </fieldset>
      {!answered && (
        <>
          {nudge && (
            <p className="quiz-error" role="alert">
              {t.chooseFirst}
            </p>
          )}
          <button type="submit" className="quiz-primary">
            {t.check}
          </button>
        </>
      )}
    </form>
  )
}

/** "Where does this muscle refer?": mark areas on the body or in the list, then check. */
function MarkQuestion({ answered }: { answered: boolean }) {
  const has3d = useView((s) => s.quizHas3d)
  const answer = useView((s) => s.answerQuiz)
  const [nudge, setNudge] = useState(false)
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const keys = viewNow().painRegionKeys
    if (!keys.length) return setNudge(true)
    answer({ regionKeys: [...keys] })
  }
  if (answered) return null
  return (
    <form className="quiz-question" onSubmit={onSubmit}>
      <p className="muted">{has3d ? t.markHint3d : t.markHintNo3d}</p>
      <MarkedAreas />
      {nudge && (
        <p className="quiz-error" role="alert">
          {t.markFirst}
        </p>
      )}
      <button type="submit" className="quiz-primary">
        {t.check}
      </button>
      <AreaChecklist open={!has3d} onChange={() => setNudge(false)} />
    </form>
  )
}

function verdict(result: QuizResult): string {
  if (result.correct) return t.right
  return result.score > 0 ? t.partly : t.wrong
}

/** Right or wrong, the right answer, a one-line why, and Next. */
function Feedback({ q, result, answer }: { q: QuizQuestion; result: QuizResult; answer: QuizAnswer }) {
  const dataset = useDataset()
  const has3d = useView((s) => s.quizHas3d)
  const last = useView((s) => s.quiz.index === s.quiz.questions.length - 1)
  const next = useView((s) => s.nextQuizQuestion)
  const nextRef = useRef<HTMLButtonElement>(null)
  useEffect(() => nextRef.current?.focus(), [])
  const lines: string[] = []
  if (q.kind === 'where-refer') {
    const p = result.painted
    const name = muscleName(dataset, q.muscleId)
    lines.push(t.wherePercent(Math.round(result.score * 100)))
    if (p) {
      const hits = [
        ...p.essential.map((r) => zonesList(dataset, [r])),
        ...p.spillover.map((r) => `${zonesList(dataset, [r])} (${t.spilloverLevel})`),
      ]
      if (hits.length) lines.push(t.hit(hits.join(', ')))
      if (p.missed.length) lines.push(t.missed(zonesList(dataset, p.missed)))
      if (p.extra.length) lines.push(t.extra(zonesList(dataset, p.extra)))
      if (!hits.length && !p.extra.length) lines.push(t.nothingMarked)
    }
    lines.push(t.whyWhich(name, zonesInWords(dataset, q.essential)))
    if (q.spillover.length) lines.push(t.whySpill(zonesInWords(dataset, q.spillover)))
    if (has3d) lines.push(t.patternNow)
  } else {
    const chosen = 'muscleId' in answer ? answer.muscleId : ''
    if (!result.correct) {
      lines.push(t.answerWas(muscleName(dataset, q.answer)))
      if (chosen) lines.push(t.youChose(muscleName(dataset, chosen)))
    }
    if (q.kind === 'which-muscle') {
      lines.push(t.whyWhich(muscleName(dataset, q.answer), zonesInWords(dataset, q.essential)))
      if (!result.correct && chosen) {
        const zones = zonesInWords(dataset, referralRegionsOf(dataset, chosen).essential)
        if (zones) lines.push(t.whyWhichWrong(muscleName(dataset, chosen), zones))
      }
    } else {
      lines.push(whereItLies(dataset, q.answer))
    }
  }
  return (
    <section
      className={`quiz-feedback ${result.correct ? 'is-right' : result.score > 0 ? 'is-partly' : 'is-wrong'}`}
      aria-labelledby="quiz-verdict"
    >
      <p id="quiz-verdict" className="quiz-verdict" role="status">
        {verdict(result)}
      </p>
      {q.kind === 'where-refer' && <ZonesInWords essential={q.essential} spillover={q.spillover} />}
      {q.kind === 'where-refer' && has3d && <ZoneKey marks />}
      {lines.map((line, i) => (
        <p key={i} className="quiz-why">
          {line}
        </p>
      ))}
      <button ref={nextRef} type="button" className="quiz-primary" onClick={next}>
        {last ? t.finish : t.next}
      </button>
    </section>
  )
}

/** The question on screen (or just answered), with the run's progress. */
export function QuizPlay() {
  const dataset = useDataset()
  const q = useView(currentQuestion)
  const quiz = useView((s) => s.quiz)
  const classroom = useView((s) => s.quizClassroom)
  const setClassroom = useView((s) => s.setQuizClassroom)
  const quit = useView((s) => s.quitQuiz)
  const answerQuiz = useView((s) => s.answerQuiz)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOn(headingRef, `${quiz.index}`)
  // The option picked so far ('' = "Check" pressed with none picked), reset for each question.
  const [picked, setPicked] = useState<{ id: string; choice: string | null }>({ id: '', choice: null })
  const base = useId()
  const optionId = (i: number) => `${base}-option-${i}`
  if (!q) return null
  const choice = picked.id === q.id ? picked.choice : null
  const setChoice = (c: string) => setPicked({ id: q.id, choice: c })
  // Number keys pick an option (and focus it), Enter on an option checks the answer.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (quiz.phase !== 'question' || q.kind === 'where-refer') return
    const target = e.target as HTMLElement
    if (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'radio') return
    const n = Number(e.key)
    if (e.key.length === 1 && Number.isInteger(n) && n >= 1 && n <= q.options.length) {
      e.preventDefault()
      setChoice(q.options[n - 1] ?? '')
      document.getElementById(optionId(n - 1))?.focus()
    } else if (e.key === 'Enter' && (target as HTMLInputElement).type === 'radio') {
      e.preventDefault()
      if (choice) answerQuiz({ muscleId: choice })
      else setChoice('')
    }
  }
  const answered = quiz.phase === 'feedback' ? quiz.answers[quiz.index] : undefined
  const result = quiz.phase === 'feedback' ? quiz.results[quiz.index] : undefined
  // Partly right answers count their share, so 44 % right is not scored as nothing.
  const points = quiz.results.reduce((sum, r) => sum + r.score, 0)
  return (
    <div className="quiz-play" onKeyDown={onKeyDown}>
      <div className="quiz-bar">
        <span className="quiz-progress">{t.progress(quiz.index + 1, quiz.questions.length)}</span>
        <span className="quiz-score" aria-live="polite">
          {t.score(points, quiz.results.length)}
        </span>
        <span className="quiz-bar-tools">
          <button type="button" aria-pressed={classroom} onClick={() => setClassroom(!classroom)}>
            {t.classroomShort}
          </button>
          <button type="button" onClick={quit}>
            {t.quit}
          </button>
        </span>
      </div>
      <p className="quiz-kind">{t.kindsShort[q.kind]}</p>
      <h3 ref={headingRef} tabIndex={-1} className="quiz-prompt">
        {questionPrompt(dataset, q)}
      </h3>
      {/* "where does it refer?" names its muscle: nothing hidden to mention */}
      {quiz.phase === 'question' && q.kind !== 'where-refer' && (
        <p className="quiz-hidden-note muted">{t.namesHidden}</p>
      )}
      {q.kind === 'where-refer' ? (
        <MarkQuestion answered={!!answered} />
      ) : (
        <ChoiceQuestion
          key={`choice-${q.id}`}
          q={q}
          answered={answered}
          choice={choice || null}
          setChoice={setChoice}
          optionId={optionId}
          nudge={choice === ''}
        />
      )}
      {answered && result && <Feedback key={`feedback-${q.id}`} q={q} result={result} answer={answered} />}
      <p className="quiz-note muted">
        {t.code(quiz.seed)} · {t.learningNote}
      </p>
    </div>
  )
}
