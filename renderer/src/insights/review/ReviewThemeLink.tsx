import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import './theme-review.css'
import { api } from '../../api/client'
import { unwrap } from '../../data/call'
import { useAppStatus } from '../../data/DataProvider'
import { keys } from '../../data/query-keys'
import { useThemeReviewOpener } from './review-opener'

/** Under a theme in the About tab: opens the list of every article carrying it, with their count. */
export function ReviewThemeLink({ themeId }: { themeId: string }) {
  const { t } = useTranslation('insights')
  const open = useThemeReviewOpener()
  const connected = useAppStatus() !== null
  // The listing's total alone (one carrier asked for): the About tab shows several themes at once.
  const count = useQuery({
    queryKey: keys.themeArticleCount(themeId),
    queryFn: async () => (await unwrap(api.listThemeArticles({ theme: themeId, limit: 1 }))).total,
    enabled: connected && open !== null
  })
  if (!open) return null
  const total = count.data
  return (
    <button type="button" className="review-theme-link" onClick={() => open(themeId)}>
      {total === undefined || total === 0
        ? t('reviewAll')
        : t('reviewAllCount', { count: total, n: total.toLocaleString() })}{' '}
      <span aria-hidden="true">→</span>
    </button>
  )
}
