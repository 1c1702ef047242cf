// What the review list shows for one theme: the index's carriers of it, every article's theme
// decisions and the library's headers, from the query cache. Change events keep each current:
// a decision made anywhere refetches the decisions, an index that synced refetches the carriers.
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ThemeLabel } from '../../../../common/model/intelligence-types'
import type { SearchIndexStatus } from '../../../../common/model/search-types'
import { api } from '../../api/client'
import { unwrap } from '../../data/call'
import { useAppStatus } from '../../data/DataProvider'
import { keys } from '../../data/query-keys'
import { useLibrary } from '../../library/use-library'
import { buildReviewRows, type ReviewRow } from './review-rows'

/** The API's own limit: past it the strongest are listed and the count says how many more there are. */
export const LISTED_LIMIT = 10_000

export interface ThemeReviewData {
  label: ThemeLabel['label'] | null
  /** Null until the carriers, the decisions and the library are all in. */
  rows: ReviewRow[] | null
  /** How many articles have any cue of the theme (the list holds the first `LISTED_LIMIT`). */
  carriers: number
  index: SearchIndexStatus | null
  error: string | null
}

export function useThemeReview(themeId: string): ThemeReviewData {
  const status = useAppStatus()
  const connected = status !== null
  const library = useLibrary()
  const carriers = useQuery({
    queryKey: keys.themeArticles(themeId),
    queryFn: () => unwrap(api.listThemeArticles({ theme: themeId, limit: LISTED_LIMIT })),
    enabled: connected
  })
  const decisions = useQuery({
    queryKey: keys.allThemeDecisions,
    queryFn: () => unwrap(api.getThemeDecisions({})),
    enabled: connected
  })
  const labels = useQuery({ queryKey: keys.themes, queryFn: () => unwrap(api.listThemes({})), enabled: connected })

  const summaries = useMemo(
    () => new Map((library.articles ?? []).map((summary) => [summary.id, summary])),
    [library.articles]
  )
  const rows = useMemo(
    () =>
      carriers.data && decisions.data && library.articles
        ? buildReviewRows(themeId, carriers.data.articles, decisions.data, summaries)
        : null,
    [themeId, carriers.data, decisions.data, library.articles, summaries]
  )
  return {
    label: labels.data?.themes.find((theme) => theme.id === themeId)?.label ?? null,
    rows,
    carriers: carriers.data?.total ?? 0,
    index: status?.search ?? null,
    error: carriers.error?.message ?? decisions.error?.message ?? library.error ?? labels.error?.message ?? null
  }
}
