import { useTranslation } from 'react-i18next'
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

const FILTER_TEXT = {
  all: 'filter.all',
  undecided: 'filter.undecided',
  confirmed: 'filter.confirmed',
  rejected: 'filter.rejected'
} as const satisfies Record<ReviewFilter, string>

/** Above the review list: which verdicts to show, select all shown, and the three bulk actions. */
export function ReviewControls({ filter, counts, shown, selected, allSelected, busy, ...on }: Props) {
  const { t } = useTranslation('insights')
  const none = busy || selected === 0
  return (
    <div className="review-controls">
      <div className="review-filters" role="group" aria-label={t('showArticles')}>
        {REVIEW_FILTERS.map((name) => (
          <button key={name} type="button" aria-pressed={filter === name} onClick={() => on.onFilter(name)}>
            {t(FILTER_TEXT[name])} <span className="count">{counts[name].toLocaleString()}</span>
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
          {t('selectAllShown')}
        </label>
        <span className="review-count" aria-live="polite">
          {t('selectedCount', { n: selected.toLocaleString() })}
        </span>
      </div>
      <div className="review-actions" role="group" aria-label={t('decideSelected')}>
        <button
          type="button"
          className="small"
          disabled={none}
          aria-label={t('confirmSelected')}
          title={t('confirmSelectedTitle')}
          onClick={() => on.onDecide('confirmed')}
        >
          {t('confirm')}
        </button>
        <button
          type="button"
          className="small"
          disabled={none}
          aria-label={t('rejectSelected')}
          title={t('rejectSelectedTitle')}
          onClick={() => on.onDecide('rejected')}
        >
          {t('reject')}
        </button>
        <button
          type="button"
          className="small quiet"
          disabled={none}
          aria-label={t('clearSelected')}
          title={t('clearSelectedTitle')}
          onClick={() => on.onDecide(null)}
        >
          {t('clearVerdict')}
        </button>
      </div>
    </div>
  )
}
