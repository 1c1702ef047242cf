// The related passages of the open article, or of the passage selected in it: one query per
// article text and range. The selection is read a moment after it settles (a drag would otherwise
// ask once per step), and the last list stays on screen while the next one comes.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { TextRange } from '../../../common/model/related'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'

const SETTLE_MS = 250
export const RELATED_LIMIT = 30

export function useRelated(articleId: string, contentHash: string, selection: TextRange | null) {
  const connected = useAppStatus() !== null
  const range = useSettled(selection)
  return useQuery({
    queryKey: keys.relatedOf(articleId, contentHash, range),
    queryFn: () => unwrap(api.getRelated({ articleId, limit: RELATED_LIMIT, ...(range && { range }) })),
    enabled: connected,
    placeholderData: keepPreviousData,
    // Asked again while the index has not read this text yet.
    refetchInterval: (query) => (query.state.data?.state === 'pending' ? 1500 : false)
  })
}

function useSettled(selection: TextRange | null): TextRange | null {
  const start = selection?.start ?? null
  const end = selection?.end ?? null
  const [settled, setSettled] = useState<TextRange | null>(selection)
  useEffect(() => {
    const timer = setTimeout(
      () => setSettled(start === null || end === null || end <= start ? null : { start, end }),
      SETTLE_MS
    )
    return () => clearTimeout(timer)
  }, [start, end])
  return settled
}
