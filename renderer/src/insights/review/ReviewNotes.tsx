import { useTranslation } from 'react-i18next'
import type { SearchIndexStatus } from '../../../../common/model/search-types'
import { SafeText } from '../../bidi/SafeText'
import type { ReviewFilter } from './review-rows'

interface Props {
  /** Null while the list is being read. */
  rows: number | null
  shown: number
  filter: ReviewFilter
  index: SearchIndexStatus | null
  error: string | null
}

const NONE_SHOWN = {
  all: 'noneShown.all',
  undecided: 'noneShown.undecided',
  confirmed: 'noneShown.confirmed',
  rejected: 'noneShown.rejected'
} as const satisfies Record<ReviewFilter, string>

/** Why the list is empty or may be incomplete: still loading, the index still reading, or nothing found. */
export function ReviewNotes({ rows, shown, filter, index, error }: Props) {
  const { t } = useTranslation('insights')
  if (error)
    return (
      <p className="error" role="alert">
        <SafeText text={error} />
      </p>
    )
  const building = index !== null && index.state !== 'ready'
  const progress =
    index?.state === 'indexing'
      ? t('indexReading', { indexed: index.indexed.toLocaleString(), total: index.total.toLocaleString() })
      : index?.state === 'loading'
        ? t('indexLoading')
        : t('indexFailed')
  return (
    <>
      {building && (
        <p className="review-note" role="status">
          {t('indexProgress', { progress })}
        </p>
      )}
      {rows === null && <p className="empty">{t('readingCarriers')}</p>}
      {rows === 0 && <p className="empty review-empty">{building ? t('noCarriersYet') : t('noCarriers')}</p>}
      {rows !== null && rows > 0 && shown === 0 && <p className="empty review-empty">{t(NONE_SHOWN[filter])}</p>}
    </>
  )
}
