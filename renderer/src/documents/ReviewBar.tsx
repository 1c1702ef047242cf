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

const FILTER_LABELS: Record<ReviewFilter, string> = {
  undecided: 'Not yet reviewed',
  decided: 'Your verdicts',
  all: 'All'
}

/** The review list's filter, how many there are, and the verdicts for the checked rows. */
export function ReviewBar({ filter, document, documents, total, checked, busy, ...on }: Props) {
  const { onFilter, onCheckAll, onDecide } = on
  const none = busy || checked === 0
  return (
    <div className="review-bar">
      <label>
        Show{' '}
        <select value={filter} onChange={(event) => onFilter(event.target.value as ReviewFilter)}>
          {REVIEW_FILTERS.map((value) => (
            <option key={value} value={value}>
              {FILTER_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Document{' '}
        <select value={document ?? ''} onChange={(event) => on.onDocument(event.target.value || null)}>
          <option value="">Any document</option>
          {documents.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {documentName(entry)}
              {entry.date ? ` (${entry.date.slice(0, 4)})` : ''}
              {entry.doubtful > 0 ? ` · ${entry.doubtful} doubtful` : ''}
            </option>
          ))}
        </select>
      </label>
      <span className="meta">{total === null ? 'Reading…' : `${total} citation${total === 1 ? '' : 's'}`}</span>
      <button type="button" className="small quiet" onClick={onCheckAll}>
        Select all shown
      </button>
      <button type="button" className="small" disabled={none} onClick={() => onDecide('confirmed')}>
        ✓ Confirm {checked || ''}
      </button>
      <button type="button" className="small" disabled={none} onClick={() => onDecide('rejected')}>
        ✗ Not this document {checked || ''}
      </button>
      {filter !== 'undecided' && (
        <button type="button" className="small quiet" disabled={none} onClick={() => onDecide(null)}>
          Clear verdicts
        </button>
      )}
    </div>
  )
}
