import { useCallback, useEffect, useRef, useState } from 'react'
import type { Article } from '../../main/articles/article-types'
import { api } from './api/client'
import { AnnotationsSidebar } from './annotations/AnnotationsSidebar'
import { LibraryPane } from './library/LibraryPane'
import { useLibrary } from './library/use-library'
import { ReaderPane } from './reader/ReaderPane'
import { TopBar } from './TopBar'

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string }

export function App() {
  const library = useLibrary()
  const [openId, setOpenId] = useState<string | null>(null)
  const [article, setArticle] = useState<Loadable<Article> | null>(null)
  const latestRequest = useRef<string | null>(null)

  /** Fetches an article into the reader; also reloads in place a file that changed under it. */
  const loadArticle = useCallback((id: string) => {
    latestRequest.current = id
    void api.getArticle({ id }).then((result) => {
      // A slower answer for an article the user already left must not replace the current one.
      if (latestRequest.current !== id) return
      setArticle(result.ok ? { state: 'ready', value: result.value } : { state: 'error', message: result.error.message })
    })
  }, [])

  const openArticle = useCallback(
    (id: string) => {
      setOpenId(id)
      setArticle({ state: 'loading' })
      loadArticle(id)
    },
    [loadArticle]
  )

  // The open article's file changed on disk (the watcher saw it): show the new text.
  const loaded = article?.state === 'ready' ? article.value.summary : null
  const current = library.articles?.find((summary) => summary.id === loaded?.id)
  useEffect(() => {
    if (loaded && current && current.contentHash !== loaded.contentHash) loadArticle(loaded.id)
  }, [loaded, current, loadArticle])

  return (
    <div className="app">
      <TopBar />
      <LibraryPane library={library} openId={openId} onOpen={openArticle} />
      <ReaderPane article={article} />
      <AnnotationsSidebar hasArticle={article?.state === 'ready'} />
    </div>
  )
}
