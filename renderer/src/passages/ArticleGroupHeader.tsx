import { useTranslation } from 'react-i18next'
import type { PassageArticle } from '../../../common/model/passages'
import { SafeText } from '../bidi/SafeText'
import { useDates } from '../dates/use-dates'

/** An article's group in the passages list: its title, outlet and date (or that it left the library). */
export function ArticleGroupHeader({ header }: { header: PassageArticle | undefined }) {
  const { t } = useTranslation('passages')
  const dates = useDates()
  if (!header) return <div className="passage-group loading">…</div>
  if (!header.inLibrary)
    return (
      <div className="passage-group gone">
        <span className="passage-group-title">{t('goneTitle')}</span>
        <span className="meta">{t('goneDetail')}</span>
      </div>
    )
  return (
    <div className="passage-group">
      <span className={header.titleDerived ? 'passage-group-title derived' : 'passage-group-title'} lang="th">
        <SafeText text={header.title} />
      </span>
      <span className="meta">
        {header.outlet ? <SafeText text={header.outlet} /> : <span className="missing">{t('unknownOutlet')}</span>}
        <span>{dates.article(header) ?? t('noDate')}</span>
      </span>
    </div>
  )
}
