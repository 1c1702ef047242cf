import { useId, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { countText } from './find-matches'

interface Props {
  text: string
  count: number
  current: number
  /** True while the words come from a library search (each word marked on its own). */
  fromSearch: boolean
  input: RefObject<HTMLInputElement | null>
  /** True while a long article's words are still being counted (use-block-words.ts). */
  counting?: boolean
  onChange: (text: string) => void
  onStep: (delta: 1 | -1) => void
  onClose: () => void
}

/** Find in the article: Enter / F3 next, Shift+Enter / Shift+F3 previous, Esc closes. */
export function FindBar({ text, count, current, fromSearch, input, counting, onChange, onStep, onClose }: Props) {
  const { t } = useTranslation('reader')
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') onClose()
    else if (event.key === 'Enter' && event.target === input.current) onStep(event.shiftKey ? -1 : 1)
    else return
    event.preventDefault()
    event.stopPropagation() // Esc here is for the bar, not for a selection toolbar behind it
  }
  // Never "No matches" for words not yet counted: the count grows as the rest is read.
  const counted = countText(current, count, text, fromSearch, t)
  const status = counting && counted ? (count === 0 ? t('find.counting') : `${counted}…`) : counted
  const countId = useId() // two readers side by side must not share an id
  return (
    <div className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onKeyDown}>
      <div className="find-row">
        <input
          ref={input}
          className="find-input"
          type="text"
          lang="th"
          value={text}
          placeholder={t('find.label')}
          aria-label={t('find.label')}
          aria-describedby={countId}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
        <span
          id={countId}
          className={count === 0 && status && !fromSearch && !counting ? 'find-count none' : 'find-count'}
          role="status"
        >
          {status}
          {fromSearch && count > 0 && <span className="find-mode">{t('find.searchWords')}</span>}
        </span>
        <button
          type="button"
          className="small quiet find-step"
          aria-label={t('find.previousLabel')}
          title={t('find.previousTitle')}
          disabled={count === 0}
          onClick={() => onStep(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="small quiet find-step"
          aria-label={t('find.nextLabel')}
          title={t('find.nextTitle')}
          disabled={count === 0}
          onClick={() => onStep(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="small quiet find-close"
          aria-label={t('find.closeLabel')}
          title={t('find.closeTitle')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
    </div>
  )
}
