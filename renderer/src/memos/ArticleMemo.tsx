import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { READER_SHORTCUTS } from '../keys/shortcuts'
import { useShortcut } from '../keys/use-shortcut'
import { SafeText } from '../bidi/SafeText'
import { MEMO_MAX } from '../../../common/model/memo'
import { useMemoDraft } from './use-memo-draft'
import './memos.css'

interface Props {
  articleId: string
  /** The reader pane whose sidebar this is: M there focuses this memo. */
  paneId: string
  /** The Annotations tab is shown; when not, M shows it (`onReveal`) first. */
  shown: boolean
  /** Text is selected in the reader: M is left to the selection's keys. */
  selecting: boolean
  onReveal: () => void
}

/** "Memo on this article": a button while there is none, else the memo in a box that saves as you leave it. */
export function ArticleMemo({ articleId, paneId, shown, selecting, onReveal }: Props) {
  const { t } = useTranslation('memos')
  const memo = useMemoDraft(articleId)
  const [opened, setOpened] = useState(false)
  const [focusWanted, setFocusWanted] = useState(false)
  const box = useRef<HTMLTextAreaElement>(null)
  /** Esc blurs the box: that blur must not save what Esc just threw away. */
  const cancelled = useRef(false)
  const open = memo.draft !== '' || memo.saved !== '' || opened || memo.error !== null

  useShortcut(paneId, READER_SHORTCUTS.memo, () => {
    if (selecting) return false
    onReveal()
    setOpened(true)
    setFocusWanted(true)
  })
  useEffect(() => {
    if (!focusWanted || !shown || !box.current) return
    box.current.focus()
    setFocusWanted(false)
  }, [focusWanted, shown, open])

  if (!shown) return null
  if (!open)
    return (
      <section className="article-memo" aria-label={t('label')}>
        <button
          type="button"
          className="small quiet"
          title={t('writeTitle')}
          onClick={() => {
            setOpened(true)
            setFocusWanted(true)
          }}
        >
          {t('write')}
        </button>
      </section>
    )
  return (
    <section className="article-memo" aria-label={t('label')}>
      <h3 className="pane-title">{t('label')}</h3>
      <textarea
        ref={box}
        lang="th"
        aria-label={t('label')}
        value={memo.draft}
        maxLength={MEMO_MAX}
        rows={Math.min(12, Math.max(3, memo.draft.split('\n').length + 1))}
        placeholder={t('placeholder')}
        onChange={(event) => memo.setDraft(event.target.value)}
        onBlur={() => {
          setOpened(false) // an empty box folds back into its button
          if (cancelled.current) cancelled.current = false
          else void memo.save()
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            void memo.save()
          }
          if (event.key === 'Escape') {
            event.preventDefault()
            memo.cancel()
            cancelled.current = true
            box.current?.blur()
          }
        }}
      />
      <p className="field-note" aria-live="polite">
        {memo.busy ? t('saving') : memo.dirty ? t('notSaved') : memo.saved ? t('saved') : ''}
      </p>
      {memo.error && (
        <p className="error" role="alert">
          <SafeText text={memo.error} />
        </p>
      )}
    </section>
  )
}
