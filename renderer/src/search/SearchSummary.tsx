import { Trans, useTranslation } from 'react-i18next'
import type { SearchIndexStatus } from '../../../common/model/search-types'
import { SafeText } from '../bidi/SafeText'

interface Props {
  query: string
  /** Articles listed after the filters, and how many matched before them. */
  shown: number
  matched: number
  notes: number
  /** No answer to the current query yet (a previous one may still be listed). */
  pending: boolean
  error: string | null
  index: SearchIndexStatus | null
  filtered: boolean
  onClearFilters: () => void
}

/** What a search found, how complete the index is, and what to try when nothing matched. */
export function SearchSummary({
  query,
  shown,
  matched,
  notes,
  pending,
  error,
  index,
  filtered,
  onClearFilters
}: Props) {
  const { t } = useTranslation('search')
  const count =
    filtered && shown !== matched
      ? t('filteredCount', { shown: shown.toLocaleString(), matched: matched.toLocaleString() })
      : t('articles', { count: shown, n: shown.toLocaleString() })
  const answered = !pending && !error
  return (
    <div className="search-summary">
      {index && (index.state === 'loading' || index.state === 'indexing') && <IndexProgress index={index} />}
      {index?.state === 'failed' && (
        <p className="error" role="alert">
          {t('indexFailed')} {index.error && <SafeText text={index.error} />}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {t('failed')} <SafeText text={error} />
        </p>
      )}
      <p className="result-count muted" role="status">
        {pending
          ? t('searching')
          : error
            ? ''
            : `${count}${notes > 0 ? ` · ${t('noteCount', { count: notes, n: notes.toLocaleString() })}` : ''}`}
      </p>
      {answered && matched === 0 && notes === 0 && index?.state !== 'failed' && (
        <p className="empty">
          <Trans t={t} i18nKey="nothing" components={{ query: <SafeText text={query} /> }} />
        </p>
      )}
      {answered && matched > 0 && shown === 0 && (
        <p className="empty">
          {t('noneFiltered', { count: matched, n: matched.toLocaleString() })}{' '}
          <button type="button" className="small" onClick={onClearFilters}>
            {t('clearFilters')}
          </button>
        </p>
      )}
    </div>
  )
}

function IndexProgress({ index }: { index: SearchIndexStatus }) {
  const { t } = useTranslation('search')
  const label =
    index.state === 'loading' || index.total === 0
      ? t('loadingIndex')
      : t('indexing', { indexed: index.indexed.toLocaleString(), total: index.total.toLocaleString() })
  return (
    <div className="index-progress">
      <p className="notice">{t('incomplete', { progress: label })}</p>
      {index.total > 0 && <progress max={index.total} value={index.indexed} aria-label={t('indexProgress')} />}
    </div>
  )
}
