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

const SORT_LABELS: Record<DocumentSort, string> = {
  'most-cited': 'Most cited',
  newest: 'Newest document',
  code: 'Code'
}

/** The view's title, its two lists (documents, review of doubtful resolutions), the order, and close. */
export function DocumentsHead({ mode, sort, count, doubtful, onMode, onSort, onClose }: Props) {
  return (
    <div className="documents-head">
      <h2 className="pane-title">Documents{count === null ? '' : ` (${count})`}</h2>
      <div className="documents-tabs" role="tablist" aria-label="Lists">
        <button type="button" role="tab" aria-selected={mode === 'documents'} onClick={() => onMode('documents')}>
          Cited documents
        </button>
        <button type="button" role="tab" aria-selected={mode === 'review'} onClick={() => onMode('review')}>
          Review doubtful{doubtful > 0 ? ` (${doubtful})` : ''}
        </button>
      </div>
      {mode === 'documents' && (
        <label className="documents-sort">
          Sort{' '}
          <select value={sort} onChange={(event) => onSort(event.target.value as DocumentSort)}>
            {DOCUMENT_SORTS.map((value) => (
              <option key={value} value={value}>
                {SORT_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" className="small quiet" title="Back to reading (Esc)" onClick={onClose}>
        ✕ Close
      </button>
    </div>
  )
}
