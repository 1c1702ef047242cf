// Reopening in a pane what the last launch left open there, at the place it was read to. The
// article goes into the pane's history once it is in; one that is no longer in the library (its
// file was removed or its folder taken out since) is skipped quietly: the pane stays empty, and
// says why, rather than showing an error for something the user did not ask for now; if the file
// comes back while the pane is still empty, the article opens there after all.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Article, ArticleSummary } from '../../../common/model/article-types'
import type { Loadable } from '../api/loadable'

interface Deps {
  loader: { openId: string | null; article: Loadable<Article> | null; clear: () => void }
  summaries: ArticleSummary[] | null
  /** Shows an article in the pane, without recording a visit. */
  show: (articleId: string) => void
  record: (articleId: string) => void
  returnTo: (articleId: string, otherwise?: number) => void
}

export function useRelaunch({ loader, summaries, show, record, returnTo }: Deps) {
  const [skipped, setSkipped] = useState<string | null>(null)
  const relaunched = useRef<string | null>(null)
  const openAtPlace = useCallback(
    (articleId: string, readTo: number) => {
      show(articleId)
      relaunched.current = articleId
      // The article's own place is noted as the pane leaves it (the layout's only as scrolling rests).
      returnTo(articleId, readTo)
    },
    [show, returnTo]
  )
  const { openId, article, clear } = loader
  useEffect(() => {
    const articleId = relaunched.current
    if (!articleId) return
    if (openId !== articleId) relaunched.current = null
    else if (article?.state === 'ready') {
      relaunched.current = null
      record(articleId)
    } else if (article?.state === 'error' && summaries && !summaries.some((summary) => summary.id === articleId)) {
      relaunched.current = null
      clear()
      setSkipped(articleId)
    }
  }, [openId, article, summaries, clear, record])
  const back = skipped !== null && openId === null && summaries?.some((summary) => summary.id === skipped)
  useEffect(() => {
    if (back && skipped) openAtPlace(skipped, 0)
  }, [back, skipped, openAtPlace])
  // Said only while the pane stays empty: whatever opens next replaces it.
  return { openAtPlace, skipped: openId === null ? skipped : null }
}
