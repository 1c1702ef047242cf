// Revealing an annotation asked for before its article is shown (a note found by search): done
// once both the article and its annotations are in, after the frame that paints them, then just as
// a card click in the sidebar does.
import { useEffect, useState } from 'react'
import type { AnnotationView } from '../../../common/model/annotation-types'

export interface RevealRequest {
  articleId: string
  annotationId: string
}

export function useReveal(
  shownArticleId: string | null,
  annotations: AnnotationView[],
  activate: (annotationId: string) => void
) {
  const [reveal, setReveal] = useState<RevealRequest | null>(null)
  const ready =
    reveal !== null &&
    shownArticleId === reveal.articleId &&
    annotations.some((annotation) => annotation.id === reveal.annotationId)
  useEffect(() => {
    if (!ready || !reveal) return
    const frame = requestAnimationFrame(() => {
      activate(reveal.annotationId)
      setReveal(null)
    })
    return () => cancelAnimationFrame(frame)
  }, [ready, reveal, activate])
  return setReveal
}
