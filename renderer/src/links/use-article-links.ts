// One article's links from the query cache; main's `links` change events refetch it.
import { useQuery } from '@tanstack/react-query'
import type { LinkView } from '../../../common/model/link-types'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'

const NONE: LinkView[] = []

export function useArticleLinks(articleId: string | null): { links: LinkView[]; error: string | null } {
  const connected = useAppStatus() !== null
  const list = useQuery({
    queryKey: keys.linksOf(articleId ?? ''),
    queryFn: () => unwrap(api.listLinks({ articleId: articleId ?? '' })),
    enabled: connected && articleId !== null
  })
  return { links: articleId ? (list.data ?? NONE) : NONE, error: list.error?.message ?? null }
}
