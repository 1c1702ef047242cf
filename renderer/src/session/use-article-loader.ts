// The article a pane shows, fetched by id. Also reloads in place an article whose file changed on
// disk while open (the library's summary then carries a new content hash), or came back after it
// had gone.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Article, ArticleSummary } from '../../../common/model/article-types'
import { api } from '../api/client'
import type { Loadable } from '../api/loadable'

export function useArticleLoader(summaries: ArticleSummary[] | null) {
  const [openId, setOpenId] = useState<string | null>(null)
  const [article, setArticle] = useState<Loadable<Article> | null>(null)
  const latestRequest = useRef<string | null>(null)

  const load = useCallback((id: string) => {
    latestRequest.current = id
    void api.getArticle({ id }).then((result) => {
      // A slower answer for an article the user already left must not replace the current one.
      if (latestRequest.current !== id) return
      setArticle(
        result.ok ? { state: 'ready', value: result.value } : { state: 'error', message: result.error.message }
      )
    })
  }, [])

  const show = useCallback(
    (id: string) => {
      setOpenId(id)
      setArticle({ state: 'loading' })
      load(id)
    },
    [load]
  )

  // An article whose file went away shows why; when the library lists it again (the file came
  // back), it is read again once, so the notice does not outlive its cause.
  const awaitingReturn = useRef<string | null>(null)
  useEffect(() => {
    if (article?.state !== 'error' || openId === null || summaries === null) return
    const listed = summaries.some((summary) => summary.id === openId)
    if (!listed) awaitingReturn.current = openId
    else if (awaitingReturn.current === openId) {
      awaitingReturn.current = null
      load(openId)
    }
  }, [article, summaries, openId, load])

  /** Empties the pane (an article the last launch left open that is gone). */
  const clear = useCallback(() => {
    latestRequest.current = null
    setOpenId(null)
    setArticle(null)
  }, [])

  const loaded = article?.state === 'ready' ? article.value.summary : null
  const current = summaries?.find((summary) => summary.id === loaded?.id)
  useEffect(() => {
    if (loaded && current && current.contentHash !== loaded.contentHash) load(loaded.id)
  }, [loaded, current, load])

  return { openId, article, loaded, show, clear }
}
