// A library row's outlet, date or guessed title as an input, in the "Needs a look" list: Tab to it,
// type, Enter keeps it and moves on to the next field (the row may leave the list once fixed: the
// field that takes its place is next), Escape puts back what was there. Enter on a guess left as
// it is confirms it (it becomes the user's). Keys typed here stay here: the list's own keys
// (arrows, j/k, Enter to open) are not typing.
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { unsureFields } from '../../../common/model/article-correction'
import type { ArticleSummary } from '../../../common/model/article-types'
import { plainLabel } from '../bidi/bidi-controls'
import { EditedMark } from './EditableField'
import { useCorrectArticle } from './use-correct-article'
import { useTypedCorrection } from './use-typed-correction'

interface Props {
  item: ArticleSummary
  field: 'title' | 'outlet' | 'date'
}

export function RowCorrection({ item, field }: Props) {
  const { t } = useTranslation('corrections')
  const label = t(`fields.${field}`)
  const correct = useCorrectArticle()
  const typed = useTypedCorrection()
  const current = typed.shown(field, item[field])
  const [draft, setDraft] = useState(current)
  const [problem, setProblem] = useState<string | null>(null)
  const [shown, setShown] = useState(current)
  // A new value from main (a correction undone, the file changed) replaces the draft.
  if (shown !== current) {
    setShown(current)
    setDraft(current)
  }
  const save = async (input: HTMLInputElement) => {
    // Where this row's first field is among the list's: once fixed, the row may leave the list.
    const list = input.closest('.article-list')
    const fields = [...(list?.querySelectorAll<HTMLInputElement>('input[data-correction]') ?? [])]
    const rowStart = fields.indexOf(input.closest('.article-item')?.querySelector('input[data-correction]') ?? input)
    const confirming = draft.trim() !== '' && unsureFields(item, item.corrected).includes(field)
    if (draft.trim() !== current || confirming) {
      const checked = draft.trim() === '' ? null : typed.check(field, draft)
      if (checked && !checked.ok) return setProblem(checked.problem)
      const refused = await correct(item.id, field, checked ? checked.value : null)
      if (refused) return setProblem(refused)
    }
    setProblem(null)
    // After the list has re-rendered: the next field, or the first of the row now where this one was.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const now = [...(list?.querySelectorAll<HTMLInputElement>('input[data-correction]') ?? [])]
        const next = input.isConnected ? now[now.indexOf(input) + 1] : now[rowStart]
        next?.focus()
      })
    )
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation()
    if (event.key === 'Enter') {
      event.preventDefault()
      void save(event.currentTarget)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      setDraft(current)
      setProblem(null)
    }
  }
  return (
    <span className="row-correction" onClick={(event) => event.stopPropagation()}>
      <input
        data-correction={field}
        className={`field-${field}`}
        lang={field === 'title' ? 'th' : undefined}
        placeholder={field === 'date' ? typed.placeholder : t(`rowPlaceholder.${field}`)}
        aria-label={t('correctRow', { field: label, title: plainLabel(item.title) })}
        aria-invalid={problem !== null}
        title={problem ?? t('rowHint', { field: label })}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <EditedMark summary={item} field={field} />
      {problem && (
        <span className="correction-problem" role="alert">
          {problem}
        </span>
      )}
    </span>
  )
}
