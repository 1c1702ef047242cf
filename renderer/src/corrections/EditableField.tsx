// One header field the researcher can correct in place: shown as text with a small Edit button
// (or a double click); editing is an input where Enter keeps the value, Escape leaves it as it
// was, and an empty value goes back to what the file says. A corrected field carries a mark whose
// tooltip gives the parser's reading.
import { useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CorrectableField } from '../../../common/model/article-correction'
import type { ArticleSummary } from '../../../common/model/article-types'
import { plainLabel } from '../bidi/bidi-controls'
import { useDates } from '../dates/use-dates'
import type { CorrectArticle } from './use-correct-article'
import { useTypedCorrection } from './use-typed-correction'
import './corrections.css'

interface Props {
  summary: ArticleSummary
  field: CorrectableField
  /** The field's current value (the user's if corrected), for the input. */
  value: string | null
  correct: CorrectArticle
  /** How the field reads when not editing. */
  children: ReactNode
}

export function EditableField({ summary, field, value, correct, children }: Props) {
  const [draft, setDraft] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const { t } = useTranslation('corrections')
  const typed = useTypedCorrection()
  const label = t(`fields.${field}`)
  // The title's box holds the heading (a block), kept apart from the button and the mark so the
  // heading's text is the title alone.
  const Box = field === 'title' ? 'div' : 'span'
  const start = () => {
    setDraft(typed.shown(field, value))
    setProblem(null)
  }
  const cancel = () => {
    setDraft(null)
    setProblem(null)
  }
  const save = async (text: string | null) => {
    // Checked here first so a mistyped date says why at once; main checks again.
    const checked = text === null || text.trim() === '' ? null : typed.check(field, text)
    if (checked && !checked.ok) return setProblem(checked.problem)
    const refused = await correct(summary.id, field, checked ? checked.value : null)
    if (refused) return setProblem(refused)
    cancel()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation() // the reader's and the list's keys are not typing
    if (event.key === 'Enter') {
      event.preventDefault()
      void save(draft)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      cancel()
    }
  }
  if (draft !== null)
    return (
      <Box className={`correction-edit field-${field}`}>
        <input
          autoFocus
          lang={field === 'title' ? 'th' : undefined}
          type={field === 'sourceUrl' ? 'url' : 'text'}
          placeholder={field === 'date' ? typed.placeholder : label}
          aria-label={t('correct', { field: label })}
          aria-invalid={problem !== null}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {summary.corrected?.[field] && (
          <button type="button" className="small quiet" onClick={() => void save(null)}>
            {t('useFile')}
          </button>
        )}
        {problem && (
          <span className="correction-problem" role="alert">
            {problem}
          </span>
        )}
      </Box>
    )
  return (
    <Box className={`correctable field-${field}`} onDoubleClick={start}>
      {children}
      <EditedMark summary={summary} field={field} />
      <button
        type="button"
        className="correction-button"
        onClick={start}
        aria-label={t('edit', { field: label })}
        title={t('edit', { field: label })}
      >
        ✎
      </button>
    </Box>
  )
}

/** "edited", with who corrected the field, when, and what the file says, in its tooltip. */
export function EditedMark({ summary, field }: { summary: ArticleSummary; field: CorrectableField }) {
  const { t } = useTranslation('corrections')
  const dates = useDates()
  const mark = summary.corrected?.[field]
  if (!mark) return null
  const parsed = mark.parsed === null ? t('parsedNothing') : t('parsedValue', { value: plainLabel(mark.parsed) })
  return (
    <span className="edited-mark" title={t('editedTitle', { by: mark.by, when: dates.moment(mark.at), parsed })}>
      {t('edited')}
    </span>
  )
}
