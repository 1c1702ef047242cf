import type { ArticleSummary } from '../../../main/articles/article-types'
import { noFilter, outletCounts, type LibraryFilter, type SortKey } from './filter-articles'

interface Props {
  articles: ArticleSummary[]
  filter: LibraryFilter
  sort: SortKey
  shown: number
  onFilter: (filter: LibraryFilter) => void
  onSort: (sort: SortKey) => void
}

export function LibraryFilters({ articles, filter, sort, shown, onFilter, onSort }: Props) {
  const outlets = outletCounts(articles, filter)
  const filtered = filter.outlet !== null || filter.from !== null || filter.to !== null
  return (
    <div className="filters">
      <div className="row">
        <label>
          <span className="visually-hidden">Sort</span>
          <select value={sort} onChange={(event) => onSort(event.target.value as SortKey)} aria-label="Sort articles">
            <option value="date-desc">Newest first</option>
            <option value="date-asc">Oldest first</option>
            <option value="title">Title</option>
            <option value="outlet">Outlet</option>
            <option value="annotations">Most annotated</option>
          </select>
        </label>
        <select value={filter.outlet ?? ''} onChange={(event) => onFilter({ ...filter, outlet: event.target.value || null })} aria-label="Filter by outlet">
          <option value="">All outlets</option>
          {outlets.map((outlet) => (
            <option key={outlet.outlet} value={outlet.outlet}>
              {outlet.label} ({outlet.count})
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <input type="date" aria-label="From date" value={filter.from ?? ''} onChange={(event) => onFilter({ ...filter, from: event.target.value || null })} />
        <span className="muted">–</span>
        <input type="date" aria-label="To date" value={filter.to ?? ''} onChange={(event) => onFilter({ ...filter, to: event.target.value || null })} />
      </div>
      {filtered && (
        <div className="row muted">
          <span>
            Showing {shown.toLocaleString()} of {articles.length.toLocaleString()}
          </span>
          <button type="button" className="small quiet" onClick={() => onFilter(noFilter)}>
            Clear filters
          </button>
        </div>
      )}
    </div>
  )
}
