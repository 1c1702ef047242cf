// The open article's annotations and the codebook, refetched whenever main says something changed
// (a new highlight, an undo, a re-anchored file).
import { useCallback, useEffect, useState } from 'react'
import type { AnnotationView, Tag } from '../../../common/model/annotation-types'
import { api } from '../api/client'

export interface AnnotationsView {
  annotations: AnnotationView[]
  tags: Tag[]
  error: string | null
  refresh(): Promise<void>
  /** Shows an annotation at once, before main confirms it (a new highlight appears within a frame). */
  showLocally(annotation: AnnotationView): void
  /** Runs an API call; a failure is kept in `error` for the sidebar to show. */
  run<T>(call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T | null>
}

export function useAnnotations(articleId: string | null, version: number | undefined): AnnotationsView {
  // Kept with the article they belong to: while another article's list is on its way, none show.
  const [loaded, setLoaded] = useState<{ articleId: string | null; annotations: AnnotationView[] }>({ articleId: null, annotations: [] })
  const annotations = loaded.articleId === articleId ? loaded.annotations : []
  const setAnnotations = useCallback(
    (next: AnnotationView[] | ((list: AnnotationView[]) => AnnotationView[])) =>
      setLoaded((current) => ({ articleId, annotations: typeof next === 'function' ? next(current.articleId === articleId ? current.annotations : []) : next })),
    [articleId]
  )
  const [tags, setTags] = useState<Tag[]>([])
  const [error, setError] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    const [list, codebook] = await Promise.all([articleId ? api.listAnnotations({ articleId }) : null, api.listTags({})])
    if (codebook.ok) setTags(codebook.value)
    if (list === null) setAnnotations([])
    else if (list.ok) setAnnotations(list.value)
    else setError(list.error.message)
  }, [articleId, setAnnotations])

  useEffect(() => {
    let alive = true
    void (async () => {
      const [list, codebook] = await Promise.all([articleId ? api.listAnnotations({ articleId }) : null, api.listTags({})])
      if (!alive) return
      if (codebook.ok) setTags(codebook.value)
      if (list === null) setAnnotations([])
      else if (list.ok) setAnnotations(list.value)
      else setError(list.error.message)
    })()
    return () => {
      alive = false
    }
  }, [articleId, version, setAnnotations])

  const run = useCallback(async <T,>(call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
    const result = await call
    setError(result.ok ? null : result.error.message)
    return result.ok ? result.value : null
  }, [])

  const showLocally = useCallback((annotation: AnnotationView) => setAnnotations((list) => [...list, annotation]), [setAnnotations])

  return { annotations, tags, error, refresh, run, showLocally }
}
