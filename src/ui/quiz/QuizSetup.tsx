/** The quiz start screen: kind(s), length, which muscles, an optional quiz code, classroom mode, Start. */
import { useId, useMemo, useState } from 'react'
import type { FormEvent } from 'react'
import type { QuizFocus, QuizKind } from '@/domain/quiz'
import { QUIZ_KINDS, focusChoices, quizPool } from '@/domain/quiz'
import { useView } from '@/state/store'
import { strings } from '@/i18n'
import { useDataset } from '../DatasetContext'

const LENGTHS = [5, 10] as const

const focusValue = (f: QuizFocus) =>
  f.kind === 'area' ? `area:${f.area}` : f.kind === 'condition' ? `condition:${f.conditionId}` : 'all'

function parseFocus(value: string): QuizFocus {
  if (value.startsWith('area:')) return { kind: 'area', area: value.slice(5) }
  if (value.startsWith('condition:')) return { kind: 'condition', conditionId: value.slice(10) }
  return { kind: 'all' }
}

/** A quiz code: a whole number up to 9 digits, or '' for a new random quiz. Null when invalid. */
export function parseQuizCode(text: string): number | '' | null {
  const t = text.trim()
  if (!t) return ''
  return /^\d{1,9}$/.test(t) ? Number(t) : null
}

export function QuizSetup() {
  const dataset = useDataset()
  const t = strings.quizUi
  const settings = useView((s) => s.quizSettings)
  const setSettings = useView((s) => s.setQuizSettings)
  const classroom = useView((s) => s.quizClassroom)
  const setClassroom = useView((s) => s.setQuizClassroom)
  const has3d = useView((s) => s.quizHas3d)
  const start = useView((s) => s.startQuiz)
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState(false)
  const ids = { code: useId(), codeHint: useId(), focus: useId(), error: useId() }
  const choices = useMemo(() => focusChoices(dataset), [dataset])
  const poolSize = useMemo(() => quizPool(dataset, settings.focus).length, [dataset, settings.focus])

  const mixed = settings.kinds.length !== 1
  const kindValue: QuizKind | 'mixed' = mixed ? 'mixed' : (settings.kinds[0] ?? 'mixed')

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const seed = parseQuizCode(code)
    if (seed === null) {
      setCodeError(true)
      document.getElementById(ids.code)?.focus()
      return
    }
    setCodeError(false)
    start(dataset, seed === '' ? undefined : seed)
  }

  return (
    <form className="quiz-setup" onSubmit={onSubmit} noValidate>
      <p className="intro">{t.intro}</p>
      <fieldset className="quiz-fieldset">
        <legend>{t.kindsLegend}</legend>
        {(['mixed', ...QUIZ_KINDS] as const).map((k) => {
          const disabled = k === 'name-muscle' && !has3d
          return (
            <label key={k} className={`quiz-radio${disabled ? ' is-disabled' : ''}`}>
              <input
                type="radio"
                name="quiz-kind"
                value={k}
                checked={kindValue === k}
                disabled={disabled}
                onChange={() => setSettings({ kinds: k === 'mixed' ? [...QUIZ_KINDS] : [k] })}
              />
              <span>{k === 'mixed' ? t.mixed : t.kinds[k]}</span>
            </label>
          )
        })}
        {!has3d && <p className="muted">{t.no3dNote}</p>}
      </fieldset>
      <fieldset className="quiz-fieldset quiz-inline">
        <legend>{t.lengthLegend}</legend>
        {LENGTHS.map((n) => (
          <label key={n} className="quiz-radio">
            <input
              type="radio"
              name="quiz-length"
              value={n}
              checked={settings.count === n}
              onChange={() => setSettings({ count: n })}
            />
            <span>{t.length(n)}</span>
          </label>
        ))}
      </fieldset>
      <label className="field" htmlFor={ids.focus}>
        <span>{t.focusLabel}</span>
      </label>
      <select
        id={ids.focus}
        className="quiz-select"
        value={focusValue(settings.focus)}
        onChange={(e) => setSettings({ focus: parseFocus(e.target.value) })}
      >
        <option value="all">{t.focusCount(t.focusAll, dataset.muscles.length)}</option>
        {choices.areas.length > 0 && (
          <optgroup label={t.focusAreas}>
            {choices.areas.map(({ area, count }) => (
              <option key={area} value={`area:${area}`}>
                {t.focusCount(strings.ui.areas[area as keyof typeof strings.ui.areas] ?? area, count)}
              </option>
            ))}
          </optgroup>
        )}
        {choices.conditions.length > 0 && (
          <optgroup label={t.focusConditions}>
            {choices.conditions.map(({ conditionId, count }) => (
              <option key={conditionId} value={`condition:${conditionId}`}>
                {t.focusCount(dataset.conditionsById.get(conditionId)?.name ?? conditionId, count)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {poolSize === 0 ? (
        <p className="muted">{t.noQuestions}</p>
      ) : (
        poolSize < settings.count && <p className="muted">{t.tooFew}</p>
      )}
      <label className="field quiz-code" htmlFor={ids.code}>
        <span>{t.codeLabel}</span>
      </label>
      <input
        id={ids.code}
        className="quiz-code-input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={code}
        aria-invalid={codeError}
        aria-describedby={codeError ? `${ids.error} ${ids.codeHint}` : ids.codeHint}
        onChange={(e) => setCode(e.target.value)}
      />
      <p id={ids.codeHint} className="muted">
        {t.codeHint}
      </p>
      {codeError && (
        <p id={ids.error} className="quiz-error" role="alert">
          {t.codeInvalid}
        </p>
      )}
      <label className="quiz-check">
        <input type="checkbox" checked={classroom} onChange={(e) => setClassroom(e.target.checked)} />
        <span>{t.classroom}</span>
      </label>
      <button type="submit" className="quiz-primary" disabled={poolSize === 0}>
        {t.start}
      </button>
    </form>
  )
}
