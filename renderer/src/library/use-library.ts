// The library as the renderer sees it: articles, folders and status, from the query cache that
// main's change events keep current (data/change-feed.ts).
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ArticleSummary } from '../../../common/model/article-types'
import type { FolderStatus, LibraryStatus } from '../../../common/model/app-status'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus, useFeedError } from '../data/DataProvider'
import { keys } from '../data/query-keys'

export interface LibraryView {
  articles: ArticleSummary[] | null
  folders: FolderStatus[]
  status: LibraryStatus | null
  error: string | null
}

const NO_FOLDERS: FolderStatus[] = []

export function useLibrary(): LibraryView {
  const status = useAppStatus()
  const feedError = useFeedError()
  // Fetched once main has first answered the feed, so no event can fall before the first fetch.
  const articles = useQuery({
    queryKey: keys.articles,
    queryFn: () => unwrap(api.listArticles({})),
    enabled: status !== null
  })
  const folders = useQuery({
    queryKey: keys.folders,
    queryFn: () => unwrap(api.listFolders({})),
    enabled: status !== null
  })
  const error = articles.error?.message ?? feedError
  // One object while nothing in it changes, so the memoised library pane skips a reader's re-render.
  return useMemo(
    () => ({ articles: articles.data ?? null, folders: folders.data ?? NO_FOLDERS, status, error }),
    [articles.data, folders.data, status, error]
  )
}
