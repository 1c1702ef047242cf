// The pages of the passages list that are on screen (and the first, which says how many there
// are), from the query cache: change events make them stale and those shown are asked again.
import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import type { PassageArticle, PassageFilter, PassagePage, PassageSort } from '../../../common/model/passages'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'
import { PAGE_SIZE, type LoadedPages } from './passage-rows'

export interface PassagePages {
  pages: LoadedPages
  /** Null until the first page is in. */
  total: number | null
  articles: number
  header: (articleId: string) => PassageArticle | undefined
  error: string | null
}

export function usePassagePages(filter: PassageFilter, sort: PassageSort, wanted: readonly number[]): PassagePages {
  const connected = useAppStatus() !== null
  const { pages, error } = useQueries({
    queries: wanted.map((page) => ({
      queryKey: keys.passagePage(filter, sort, page),
      queryFn: () => unwrap(api.listPassages({ filter, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE })),
      enabled: connected
    })),
    combine
  })
  const first = pages.get(0)
  return {
    pages,
    total: first?.total ?? null,
    articles: first?.articles ?? 0,
    header: (id) => {
      for (const page of pages.values()) if (page.headers[id]) return page.headers[id]
      return undefined
    },
    error
  }
}

/** Outside the component: TanStack Query runs it again only when an answer changed. */
function combine(results: UseQueryResult<PassagePage>[]): { pages: LoadedPages; error: string | null } {
  const pages = new Map<number, PassagePage>()
  for (const { data } of results) if (data) pages.set(Math.floor(data.offset / PAGE_SIZE), data)
  return { pages, error: results.find((result) => result.error)?.error?.message ?? null }
}
