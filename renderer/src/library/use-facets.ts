// The colours and tags of each article's annotations, for the tag and colour filters: fetched
// once, then patched from main's annotation events (data/apply-changes.ts).
import { useQuery } from '@tanstack/react-query'
import type { ArticleFacets } from '../../../common/model/search-types'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'

const NONE: ArticleFacets = {}

export function useFacets(): { facets: ArticleFacets; error: string | null } {
  const connected = useAppStatus() !== null
  // A failed refetch keeps the last facets: stale counts beat every tag filter emptying the list.
  const query = useQuery({
    queryKey: keys.facets,
    queryFn: () => unwrap(api.listArticleFacets({})),
    enabled: connected
  })
  return { facets: query.data ?? NONE, error: query.error?.message ?? null }
}
