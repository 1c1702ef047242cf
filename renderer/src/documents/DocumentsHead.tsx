import { useTranslation } from 'react-i18next'
import { DOCUMENT_SORTS, type DocumentSort } from '../../../common/model/documents'

interface Props {
  mode: 'documents' | 'review'
  sort: DocumentSort
  count: number | null
  doubtful: number
  onMode: (mode: 'documents' | 'review') => void
  onSort: (sort: DocumentSort) => void
  onClose: () => void
}

const SORT_LABELS: Record<DocumentSort, 'sortMostCited' | 'sortNewest' | 'sortCode'> = {
  'most-cited': 'sortMostCited',
  newest: 'sortNewest',
  code: 'sortCode'
}

/** The view's title, its two lists (documents, review of doubtful resolutions), the order, and close. */
export function DocumentsHead({ mode, sort, count, doubtful, onMode, onSort, onClose }: Props) {
  const { t } = useTranslation('documents')
  return (
    <div className="documents-head">
      <h2 className="pane-title">{count === null ? t('title') : t('titleCount', { count })}</h2>
      <div className="documents-tabs" role="tablist" aria-label={t('lists')}>
        <button type="button" role="tab" aria-selected={mode === 'documents'} onClick={() => onMode('documents')}>
          {t('tabDocuments')}
        </button>
        <button type="button" role="tab" aria-selected={mode === 'review'} onClick={() => onMode('review')}>
          {doubtful > 0 ? t('tabReviewCount', { count: doubtful }) : t('tabReview')}
        </button>
      </div>
      {mode === 'documents' && (
        <label className="documents-sort">
          {t('sort')}{' '}
          <select value={sort} onChange={(event) => onSort(event.target.value as DocumentSort)}>
            {DOCUMENT_SORTS.map((value) => (
              <option key={value} value={value}>
                {t(SORT_LABELS[value])}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" className="small quiet" title={t('closeTitle')} onClick={onClose}>
        {t('close')}
      </button>
    </div>
  )
}
