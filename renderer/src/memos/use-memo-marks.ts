// Every memo's first line by article: fetched once, then patched by memo events (memo-marks-cache.ts).
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ArticleFacets } from '../../../common/model/search-types'
import type { LibraryFacets } from '../library/filter-articles'
import { withMemoFacets } from './memo-facets'
import type { MemoMarks } from '../../../common/model/memo'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'

const NONE: MemoMarks = {}

export function useMemoMarks(): MemoMarks {
  const connected = useAppStatus() !== null
  const query = useQuery({
    queryKey: keys.memoMarks,
    queryFn: () => unwrap(api.listMemoMarks({})),
    enabled: connected
  })
  return query.data ?? NONE
}

/** The library's facets with each memo set beside them: recomputed only when either changes. */
export function useMemoFacets(facets: ArticleFacets): LibraryFacets {
  const marks = useMemoMarks()
  return useMemo(() => withMemoFacets(facets, marks), [facets, marks])
}
