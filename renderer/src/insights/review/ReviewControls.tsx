import type { ThemeVerdict } from '../../../../common/model/theme-decision'
import { REVIEW_FILTERS, type ReviewFilter } from './review-rows'

interface Props {
  filter: ReviewFilter
  counts: Record<ReviewFilter, number>
  shown: number
  selected: number
  allSelected: boolean
  busy: boolean
  onFilter: (filter: ReviewFilter) => void
  onToggleAll: () => void
  onDecide: (verdict: ThemeVerdict | null) => void
}

const FILTER_TEXT: Record<ReviewFilter, string> = {
  all: 'All',
  undecided: 'Undecided',
  confirmed: 'Confirmed',
  rejected: 'Rejected'
}

/** Above the review list: which verdicts to show, select all shown, and the three bulk actions. */
export function ReviewControls({ filter, counts, shown, selected, allSelected, busy, ...on }: Props) {
  const none = busy || selected === 0
  return (
    <div className="review-controls">
      <div className="review-filters" role="group" aria-label="Show articles">
        {REVIEW_FILTERS.map((name) => (
          <button key={name} type="button" aria-pressed={filter === name} onClick={() => on.onFilter(name)}>
            {FILTER_TEXT[name]} <span className="count">{counts[name].toLocaleString()}</span>
          </button>
        ))}
      </div>
      <div className="review-selection">
        <label>
          <input
            type="checkbox"
            checked={allSelected}
            // Some but not all: the mixed state a header checkbox shows.
            ref={(box) => void (box && (box.indeterminate = selected > 0 && !allSelected))}
            disabled={shown === 0}
            onChange={on.onToggleAll}
          />{' '}
          Select all shown
        </label>
        <span className="review-count" aria-live="polite">
          {selected.toLocaleString()} selected
        </span>
      </div>
      <div className="review-actions" role="group" aria-label="Decide for the selected articles">
        <button
          type="button"
          className="small"
          disabled={none}
          aria-label="Confirm selected"
          title="Yes, the selected articles are about this theme (C)"
          onClick={() => on.onDecide('confirmed')}
        >
          ✓ Confirm
        </button>
        <button
          type="button"
          className="small"
          disabled={none}
          aria-label="Reject selected"
          title="No, the selected articles are not about this theme (R)"
          onClick={() => on.onDecide('rejected')}
        >
          ✗ Reject
        </button>
        <button
          type="button"
          className="small quiet"
          disabled={none}
          aria-label="Clear verdict of selected"
          title="Remove your verdict from the selected articles (Delete)"
          onClick={() => on.onDecide(null)}
        >
          Clear verdict
        </button>
      </div>
    </div>
  )
}
