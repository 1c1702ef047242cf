// One related passage: outlet and date, the article's title, a snippet of the passage, why it is
// related, and its two ways of opening (in the pane in use, or beside it).
import { useTranslation } from 'react-i18next'
import type { RelatedPassage } from '../../../common/model/related'
import { SafeText } from '../bidi/SafeText'
import { reasonLabel, snippetText, type ThemeLabels } from './reason-label'
import { useDates } from '../dates/use-dates'

interface Props {
  passage: RelatedPassage
  labels: ThemeLabels
  onOpen?: () => void
  onOpenBeside?: () => void
}

export function RelatedItem({ passage, labels, onOpen, onOpenBeside }: Props) {
  const { t } = useTranslation('related')
  const dates = useDates()
  return (
    <div className="related-item">
      <span className="related-head">
        <span className="related-outlet">
          <SafeText text={passage.outlet ?? t('unknownOutlet')} />
        </span>
        <span className="related-date">{dates.article(passage) ?? t('noDate')}</span>
      </span>
      <span className="related-title" lang="th">
        <SafeText text={passage.title} />
      </span>
      <span className="related-snippet" lang="th">
        <SafeText text={snippetText(passage.snippet, passage.clipped)} />
      </span>
      <span className="related-reasons">
        {passage.reasons.map((reason) => (
          <span key={reasonLabel(reason, labels, t)} className={`related-reason related-reason-${reason.kind}`}>
            {reasonLabel(reason, labels, t)}
          </span>
        ))}
      </span>
      {(onOpen || onOpenBeside) && (
        // For the mouse only: an option holds no controls of its own (the list's Enter and
        // Shift+Enter do the same, and the list says so to assistive technology).
        <span className="related-actions" aria-hidden="true">
          {onOpen && (
            <span className="related-action" onClick={onOpen} title={t('openTitle')}>
              {t('open')}
            </span>
          )}
          {onOpenBeside && (
            <span className="related-action" onClick={onOpenBeside} title={t('openBesideTitle')}>
              {t('openBeside')}
            </span>
          )}
        </span>
      )}
    </div>
  )
}
