// A day typed the way the app writes dates, and shown that way: in the interface's language, with
// the user's year count. The browser's date input wrote mm/dd/yyyy in the browser's locale
// whatever the interface, and no Buddhist-era year. The day is read when the field is left or
// Enter is pressed (read-typed-date.ts); Escape puts back what was there.
import { useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useDates } from './use-dates'
import { readTypedDate, type TypedDate } from './read-typed-date'
import './date-field.css'

interface Props {
  /** `YYYY-MM-DD`, or null for none. */
  value: string | null
  onChange: (iso: string | null) => void
  label: string
  className?: string
}

export function DateField({ value, onChange, label, className }: Props) {
  const { t } = useTranslation('dates')
  const dates = useDates()
  const problemId = useId()
  const example = dates.article({ date: '2025-10-18' }) ?? '2025-10-18'
  const shown = value ? (dates.article({ date: value }) ?? value) : ''
  const [draft, setDraft] = useState<string | null>(null)
  const [problem, setProblem] = useState<Exclude<TypedDate, { ok: true }>['problem'] | null>(null)
  const reset = () => {
    setDraft(null)
    setProblem(null)
  }
  const commit = () => {
    if (draft === null) return
    if (draft.trim() === '') {
      if (value !== null) onChange(null)
      return reset()
    }
    const read = readTypedDate(draft)
    if (!read.ok) return setProblem(read.problem)
    if (read.iso !== value) onChange(read.iso)
    reset()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      commit()
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault()
      event.stopPropagation()
      reset()
    }
  }
  return (
    <span className={`date-field ${className ?? ''}`}>
      <input
        type="text"
        inputMode="text"
        aria-label={label}
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        placeholder={t('placeholder', { example })}
        value={draft ?? shown}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {problem && (
        <span id={problemId} className="date-field-problem" role="alert">
          {t(problem, { example })}
        </span>
      )}
    </span>
  )
}
