// The second step of making a link, in the selection toolbar: the kind (keys 1–6 or arrows), an
// optional note, Enter links, Esc goes back. A refusal is said here and the form stays filled.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LINK_KINDS } from '../../../common/model/link-types'
import { SafeText } from '../bidi/SafeText'
import type { TextSelectionInfo } from '../reader/ArticleView'
import { usePaneSession } from '../session/session-context'
import { useLinks } from './links-context'

interface Props {
  selection: TextSelectionInfo
  onDone: () => void
  onCancel: () => void
}

export function LinkForm({ selection, onDone, onCancel }: Props) {
  const { t } = useTranslation('links')
  const links = useLinks()
  const articleId = usePaneSession().loaded?.id ?? null
  const [choice, setChoice] = useState(0)
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const kind = LINK_KINDS[choice] ?? 'other'
  // The form opens from a key or a click: its keys (1–6, arrows) must work at once. (React's
  // autoFocus does nothing on a div.)
  const kinds = useRef<HTMLDivElement>(null)
  useEffect(() => kinds.current?.focus(), [])

  const confirm = async () => {
    if (!links || !articleId || busy) return
    setBusy(true)
    const to = { articleId, start: selection.start, end: selection.end, quote: selection.quote }
    const refused = await links.complete(to, kind, note.trim())
    setBusy(false)
    if (refused) return setError(refused)
    window.getSelection()?.removeAllRanges() // the passage is linked: its badge marks it now
    onDone()
  }
  // Keys stay in the form (the keymap's selection keys would act on the text behind it).
  const onKeyDown = (event: KeyboardEvent) => {
    const inNote = event.target instanceof HTMLInputElement
    const digit = Number(event.key)
    if (event.key === 'Enter') void confirm()
    else if (event.key === 'Escape') onCancel()
    else if (!inNote && digit >= 1 && digit <= LINK_KINDS.length) setChoice(digit - 1)
    else if (!inNote && (event.key === 'ArrowDown' || event.key === 'ArrowRight'))
      setChoice((choice + 1) % LINK_KINDS.length)
    else if (!inNote && (event.key === 'ArrowUp' || event.key === 'ArrowLeft'))
      setChoice((choice + LINK_KINDS.length - 1) % LINK_KINDS.length)
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div className="link-form" onKeyDown={onKeyDown}>
      <div className="link-kinds" role="radiogroup" aria-label={t('form.kinds')} tabIndex={0} ref={kinds}>
        {LINK_KINDS.map((option, index) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={option === kind}
            tabIndex={-1}
            className={`small link-kind link-kind-${option}`}
            onClick={() => setChoice(index)}
          >
            {index + 1} {t(`kinds.${option}`)}
          </button>
        ))}
      </div>
      <input
        className="link-note"
        aria-label={t('form.noteLabel')}
        placeholder={t('form.notePlaceholder')}
        value={note}
        maxLength={100_000}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="row">
        <button type="button" className="small primary" onClick={() => void confirm()} disabled={busy}>
          {t('form.confirm', { kind: t(`kinds.${kind}`).toLowerCase() })}
        </button>
        <button type="button" className="small" onClick={onCancel}>
          {t('form.back')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          <SafeText text={error} />
        </p>
      )}
    </div>
  )
}
