// The colours and tags of each article's annotations, for the tag and colour filters: fetched
// once, then patched from main's annotation events (data/apply-changes.ts).
import { useQuery } from '@tanstack/react-query'
import type { ArticleFacets } from '../../../common/model/search-types'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'
import { useMemoFacets } from '../memos/use-memo-marks'
import type { LibraryFacets } from './filter-articles'

const NONE: ArticleFacets = {}

export function useFacets(): { facets: LibraryFacets; error: string | null } {
  const connected = useAppStatus() !== null
  // A failed refetch keeps the last facets: stale counts beat every tag filter emptying the list.
  const query = useQuery({
    queryKey: keys.facets,
    queryFn: () => unwrap(api.listArticleFacets({})),
    enabled: connected
  })
  // Each article's memo, for the "Has a memo" filter, set beside its annotations' colours and tags.
  return { facets: useMemoFacets(query.data ?? NONE), error: query.error?.message ?? null }
}
