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

const NONE_SHOWN: Record<ReviewFilter, string> = {
  all: '',
  undecided: 'No undecided article: each one here has your verdict.',
  confirmed: 'You have confirmed this theme for none of these articles.',
  rejected: 'You have rejected this theme for none of these articles.'
}

/** Why the list is empty or may be incomplete: still loading, the index still reading, or nothing found. */
export function ReviewNotes({ rows, shown, filter, index, error }: Props) {
  if (error)
    return (
      <p className="error" role="alert">
        <SafeText text={error} />
      </p>
    )
  const building = index !== null && index.state !== 'ready'
  const progress =
    index?.state === 'indexing'
      ? `The search index is still reading articles (${index.indexed.toLocaleString()} of ${index.total.toLocaleString()})`
      : index?.state === 'loading'
        ? 'The search index is still loading'
        : 'The search index could not be used'
  return (
    <>
      {building && (
        <p className="review-note" role="status">
          {progress}: articles carrying this theme join the list as it reads them.
        </p>
      )}
      {rows === null && <p className="empty">Reading the articles with this theme…</p>}
      {rows === 0 && (
        <p className="empty review-empty">
          {building
            ? 'No article carries this theme yet, as far as the index has read.'
            : 'No article carries this theme yet.'}
        </p>
      )}
      {rows !== null && rows > 0 && shown === 0 && <p className="empty review-empty">{NONE_SHOWN[filter]}</p>}
    </>
  )
}
