import { useTranslation } from 'react-i18next'
import { REVIEW_FILTERS, type DocumentEntry, type ReviewFilter } from '../../../common/model/documents'
import { documentName } from './resolution-words'
import type { CitationDecisionRequest } from './use-citation-verdicts'

interface Props {
  filter: ReviewFilter
  document: string | null
  documents: DocumentEntry[]
  onDocument: (document: string | null) => void
  total: number | null
  checked: number
  busy: boolean
  onFilter: (filter: ReviewFilter) => void
  onCheckAll: () => void
  onDecide: (verdict: CitationDecisionRequest['verdict']) => void
}

const FILTER_LABELS: Record<ReviewFilter, 'filterUndecided' | 'filterDecided' | 'filterAll'> = {
  undecided: 'filterUndecided',
  decided: 'filterDecided',
  all: 'filterAll'
}

/** The review list's filter, how many there are, and the verdicts for the checked rows. */
export function ReviewBar({ filter, document, documents, total, checked, busy, ...on }: Props) {
  const { t } = useTranslation('documents')
  const { onFilter, onCheckAll, onDecide } = on
  const none = busy || checked === 0
  return (
    <div className="review-bar">
      <label>
        {t('show')}{' '}
        <select value={filter} onChange={(event) => onFilter(event.target.value as ReviewFilter)}>
          {REVIEW_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(FILTER_LABELS[value])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('document')}{' '}
        <select value={document ?? ''} onChange={(event) => on.onDocument(event.target.value || null)}>
          <option value="">{t('anyDocument')}</option>
          {documents.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {documentName(entry, t)}
              {entry.date ? ` (${entry.date.slice(0, 4)})` : ''}
              {entry.doubtful > 0 ? ` · ${t('doubtfulCount', { count: entry.doubtful })}` : ''}
            </option>
          ))}
        </select>
      </label>
      <span className="meta">{total === null ? t('reading') : t('citationCount', { count: total })}</span>
      <button type="button" className="small quiet" onClick={onCheckAll}>
        {t('selectAll')}
      </button>
      <button type="button" className="small" disabled={none} onClick={() => onDecide('confirmed')}>
        {t('confirm')} {checked || ''}
      </button>
      <button type="button" className="small" disabled={none} onClick={() => onDecide('rejected')}>
        {t('reject')} {checked || ''}
      </button>
      {filter !== 'undecided' && (
        <button type="button" className="small quiet" disabled={none} onClick={() => onDecide(null)}>
          {t('clearVerdicts')}
        </button>
      )}
    </div>
  )
}
