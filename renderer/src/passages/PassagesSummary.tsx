import { useTranslation } from 'react-i18next'
import type { PassageFilter } from '../../../common/model/passages'

interface Props {
  filter: PassageFilter
  total: number | null
  articles: number
  /** Whether the filter's tag has sub-tags (then "Include sub-tags" may find more). */
  hasSubTags: boolean
}

/** How many passages match, in how many articles; while loading, and when none does, why. */
export function PassagesSummary({ filter, total, articles, hasSubTags }: Props) {
  const { t } = useTranslation('passages')
  const filtered =
    filter.tag !== undefined ||
    filter.color !== undefined ||
    filter.theme !== undefined ||
    filter.linkKind !== undefined
  return (
    <>
      <p className="passages-status" role="status">
        {total === null
          ? t('reading')
          : t('summary', {
              passages: t('passageCount', { count: total, n: total.toLocaleString() }),
              articles: t('articleCount', { count: articles, n: articles.toLocaleString() })
            })}
      </p>
      {total === 0 && (
        <div className="empty passages-empty">
          {!filtered ? <p>{t('emptyNone')}</p> : <p>{t('emptyFiltered')}</p>}
          {filter.theme !== undefined && <p>{t('emptyThemeHint')}</p>}
          {filter.linkKind !== undefined && <p>{t('emptyLinkKindHint')}</p>}
          {hasSubTags && !filter.includeSubTags && <p>{t('emptySubTagsHint')}</p>}
        </div>
      )}
    </>
  )
}
