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
  const count =
    filtered && shown !== matched
      ? `${shown.toLocaleString()} of ${matched.toLocaleString()} matching articles`
      : `${plural(shown, 'article')}`
  const answered = !pending && !error
  return (
    <div className="search-summary">
      {index && (index.state === 'loading' || index.state === 'indexing') && <IndexProgress index={index} />}
      {index?.state === 'failed' && (
        <p className="error" role="alert">
          Search is unavailable: the index could not be built. {index.error && <SafeText text={index.error} />}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          Search failed: <SafeText text={error} />
        </p>
      )}
      <p className="result-count muted" role="status">
        {pending ? 'Searching…' : error ? '' : `${count}${notes > 0 ? ` · ${plural(notes, 'note')}` : ''}`}
      </p>
      {answered && matched === 0 && notes === 0 && index?.state !== 'failed' && (
        <p className="empty">
          Nothing matches “<SafeText text={query} />
          ”. Check the spelling, or try a shorter word or fewer words.
        </p>
      )}
      {answered && matched > 0 && shown === 0 && (
        <p className="empty">
          {plural(matched, 'article')} {matched === 1 ? 'matches' : 'match'}, but none with these filters.{' '}
          <button type="button" className="small" onClick={onClearFilters}>
            Clear filters
          </button>
        </p>
      )}
    </div>
  )
}

function IndexProgress({ index }: { index: SearchIndexStatus }) {
  const label =
    index.state === 'loading' || index.total === 0
      ? 'Loading the search index'
      : `Indexing ${index.indexed.toLocaleString()} of ${index.total.toLocaleString()} articles`
  return (
    <div className="index-progress">
      <p className="notice">{label} — results may be incomplete.</p>
      {index.total > 0 && <progress max={index.total} value={index.indexed} aria-label="Search index progress" />}
    </div>
  )
}

const plural = (count: number, noun: string) => `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`
