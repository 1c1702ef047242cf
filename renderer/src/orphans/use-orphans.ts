// Annotations without an article, from main; refetched when the library, a folder or annotations change.
import { useQuery } from '@tanstack/react-query'
import type { OrphanGroup } from '../../../common/model/orphans'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'

const NONE: OrphanGroup[] = []

export function useOrphans(): OrphanGroup[] {
  const connected = useAppStatus() !== null
  const query = useQuery({
    queryKey: keys.orphans,
    queryFn: () => unwrap(api.listOrphans({})),
    enabled: connected
  })
  return query.data ?? NONE
}
