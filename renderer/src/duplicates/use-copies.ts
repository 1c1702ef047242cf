// The near-duplicate queries: every group (fetched once, for the library's marks: one small list,
// not a field on 10,000 summaries) and the open article's other copies. A near-duplicates change
// event makes stale the groups and the copies of the articles it names (apply-changes.ts).
import { useQuery } from '@tanstack/react-query'
import type { CopyGroups } from '../../../common/model/near-duplicates'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'

/** Group sizes by article, made once per answer (each library row looks its own up). */
const sizesOf = new WeakMap<CopyGroups, Map<string, number>>()
function groupSizes(answer: CopyGroups): Map<string, number> {
  let sizes = sizesOf.get(answer)
  if (!sizes) {
    sizes = new Map(answer.groups.flatMap((group) => group.map((id) => [id, group.length] as const)))
    sizesOf.set(answer, sizes)
  }
  return sizes
}

/** How many copies of its story the library holds, this article included; 0 when it has none. */
export function useCopyCount(articleId: string): number {
  const connected = useAppStatus() !== null
  const groups = useQuery({
    queryKey: keys.copyGroups,
    queryFn: () => unwrap(api.listCopyGroups({})),
    enabled: connected,
    select: (answer) => groupSizes(answer).get(articleId) ?? 0
  })
  return groups.data ?? 0
}

export function useArticleCopies(articleId: string) {
  const connected = useAppStatus() !== null
  return useQuery({
    queryKey: keys.copiesOf(articleId),
    queryFn: () => unwrap(api.getArticleCopies({ id: articleId })),
    enabled: connected,
    // Asked again until main has compared the index once after launch.
    refetchInterval: (query) => (query.state.data?.state === 'pending' ? 1500 : false)
  })
}
