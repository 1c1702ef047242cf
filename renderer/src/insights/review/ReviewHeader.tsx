import { useTranslation } from 'react-i18next'
import type { ThemeLabel } from '../../../../common/model/intelligence-types'
import { SafeText } from '../../bidi/SafeText'
import { LISTED_LIMIT } from './use-theme-review'

interface Props {
  themeId: string
  label: ThemeLabel['label'] | null
  /** How many articles have cues of the theme. */
  carriers: number
  onClose: () => void
}

/** The review's title: the theme (its Thai label, from the user's ontology), how many carry it, and Close. */
export function ReviewHeader({ themeId, label, carriers, onClose }: Props) {
  const { t } = useTranslation('insights')
  return (
    <>
      <div className="review-head">
        <h2 className="pane-title">{t('reviewTitle')}</h2>
        <button type="button" className="small quiet" title={t('closeTitle')} onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <div className="review-theme">
        <span className="theme-name" lang="th">
          <SafeText text={label?.th ?? themeId} />
        </span>
        {label && (
          <span className="theme-en">
            <SafeText text={label.en} />
          </span>
        )}
        <span className="insight-note">
          {t('carriers', { count: carriers, n: carriers.toLocaleString() })}
          {carriers > LISTED_LIMIT ? t('strongestListed', { n: LISTED_LIMIT.toLocaleString() }) : ''}
        </span>
      </div>
    </>
  )
}
