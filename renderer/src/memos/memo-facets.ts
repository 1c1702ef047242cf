// The library's facets with `memo` set on each article with a memo, for the "Has a memo" filter.
import type { ArticleFacets } from '../../../common/model/search-types'
import type { MemoMarks } from '../../../common/model/memo'
import type { LibraryFacets } from '../library/filter-articles'

const NO_FACETS = { colors: [], tags: [] }

export function withMemoFacets(facets: ArticleFacets, marks: MemoMarks): LibraryFacets {
  const ids = Object.keys(marks)
  if (ids.length === 0) return facets
  const merged: LibraryFacets = { ...facets }
  for (const id of ids) merged[id] = { ...(facets[id] ?? NO_FACETS), memo: true }
  return merged
}
