import { useTranslation } from 'react-i18next'
import { plainLabel } from '../bidi/bidi-controls'
import { useMemoMarks } from './use-memo-marks'
import './memos.css'

/** The library row's mark for an article with a memo; its first line is the tooltip. */
export function MemoMark({ articleId }: { articleId: string }) {
  const { t } = useTranslation('memos')
  const line = useMemoMarks()[articleId]
  if (line === undefined) return null
  // A title attribute is text, never HTML; direction controls are shown as markers there too.
  return (
    <span
      className="memo-mark"
      role="img"
      aria-label={t('markLabel', { line: plainLabel(line) })}
      title={plainLabel(line)}
    >
      {t('mark')}
    </span>
  )
}
