// The small bar shown while a link is being made: which passage it starts from, and how to finish
// or stop. Also where a link made but not yet saved says so, after its form has closed.
import { useTranslation } from 'react-i18next'
import { SafeText } from '../bidi/SafeText'
import type { LinkPassage } from './links-context'

/** A quote this long or shorter is shown whole in the bar; a longer one is cut with an ellipsis. */
const QUOTE_SHOWN = 40

interface Props {
  pending: LinkPassage | null
  notice: string | null
  onCancel: () => void
  onDismiss: () => void
}

export function PendingLinkBar({ pending, notice, onCancel, onDismiss }: Props) {
  const { t } = useTranslation('links', { keyPrefix: 'pending' })
  const quote = pending
    ? Array.from(pending.quote).length > QUOTE_SHOWN
      ? `${Array.from(pending.quote).slice(0, QUOTE_SHOWN).join('')}…`
      : pending.quote
    : ''
  return (
    <div className="pending-link" role="status" aria-label={t('label')}>
      {pending && (
        <>
          <span>
            {t('from')}
            <SafeText text={quote} className="pending-link-quote" />
            {t('then')}
          </span>
          <button type="button" className="small" onClick={onCancel}>
            {t('cancel')}
          </button>
        </>
      )}
      {notice && (
        <span className="error" role="alert">
          <SafeText text={notice} />{' '}
          <button type="button" className="small" onClick={onDismiss}>
            {t('ok')}
          </button>
        </span>
      )}
    </div>
  )
}
