// The library as the renderer sees it: articles, folders and status, kept current by a long poll
// on main's change counter (the same in Electron and web mode).
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ArticleSummary } from '../../../common/model/article-types'
import type { FolderStatus, LibraryStatus } from '../../../common/model/app-status'
import { api } from '../api/client'

export interface LibraryView {
  articles: ArticleSummary[] | null
  folders: FolderStatus[]
  status: LibraryStatus | null
  error: string | null
  refresh(): Promise<void>
}

/** While an import runs, the list is refetched at most this often (10,000 summaries is a few MB). */
const REFRESH_WHILE_IMPORTING_MS = 1500

export function useLibrary(): LibraryView {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null)
  const [folders, setFolders] = useState<FolderStatus[]>([])
  const [status, setStatus] = useState<LibraryStatus | null>(null)
  const [error, setError] = useState<string | null>(null)
  const lastRefresh = useRef(0)

  const refresh = useCallback(async () => {
    lastRefresh.current = Date.now()
    const [list, folderList] = await Promise.all([api.listArticles({}), api.listFolders({})])
    if (list.ok) setArticles(list.value)
    if (folderList.ok) setFolders(folderList.value)
    setError(list.ok ? null : list.error.message)
  }, [])

  useEffect(() => {
    let alive = true
    let since = 0
    void (async () => {
      while (alive) {
        const result = await api.waitForLibraryChange({ since })
        if (!alive) return
        if (!result.ok) {
          setError(result.error.message)
          await new Promise((resolve) => setTimeout(resolve, 2000))
          continue
        }
        if (result.value.version === since) continue
        since = result.value.version
        setStatus(result.value)
        if (!result.value.importing || Date.now() - lastRefresh.current > REFRESH_WHILE_IMPORTING_MS) await refresh()
      }
    })()
    return () => {
      alive = false
    }
  }, [refresh])

  return { articles, folders, status, error, refresh }
}
