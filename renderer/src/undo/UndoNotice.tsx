// What the last undo or redo did, in a polite live region at the bottom of the window.
import { useTranslation } from 'react-i18next'
import './undo-notice.css'
export function UndoNotice({ text }: { text: string | null }) {
  const { t } = useTranslation('status')
  return (
    <div className="undo-notice" role="status" aria-label={t('undoLabel')}>
      {text && <span className="undo-notice-text">{text}</span>}
    </div>
  )
}
