// The open article's annotations and the codebook, from the query cache: main's change events
// refetch an article's list when its annotations change, and the codebook when a tag does.
import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import type { AnnotationView, Tag } from '../../../common/model/annotation-types'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'
import { confirmed, withPending, type Pending } from './pending-annotations'

export interface AnnotationsView {
  annotations: AnnotationView[]
  tags: Tag[]
  error: string | null
  /** Shows an annotation at once, before main confirms it (a new highlight appears within a frame). */
  showLocally(annotation: AnnotationView): void
  /** Main answered for a shown-locally annotation: kept until the list holds `created`, or dropped (null). */
  settle(localId: string, created: AnnotationView | null): void
  /** Runs an API call; a failure is kept in `error` for the sidebar to show. */
  run<T>(call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T | null>
}

const NONE: AnnotationView[] = []
const NO_TAGS: Tag[] = []

export function useAnnotations(articleId: string | null): AnnotationsView {
  const connected = useAppStatus() !== null
  // Keyed by article: while another article's list is on its way, none show.
  const list = useQuery({
    queryKey: keys.annotationsOf(articleId ?? ''),
    queryFn: () => unwrap(api.listAnnotations({ articleId: articleId ?? '' })),
    enabled: connected && articleId !== null
  })
  const codebook = useQuery({ queryKey: keys.tags, queryFn: () => unwrap(api.listTags({})), enabled: connected })
  // Local state, not the cache: it must paint in the same frame as the key press (flushSync).
  const [pending, setPending] = useState<Pending[]>([])
  const [error, setError] = useState<string | null>(null)

  const loaded = articleId ? (list.data ?? NONE) : NONE
  const annotations = useMemo(() => withPending(loaded, pending, articleId), [pending, loaded, articleId])

  const showLocally = useCallback(
    (view: AnnotationView) => {
      const knownIds = new Set(loaded.map((a) => a.id))
      setPending((all) => [...all, { view, createdId: null, knownIds }])
    },
    [loaded]
  )
  const settle = useCallback((localId: string, created: AnnotationView | null) => {
    setPending((all) =>
      all.flatMap((entry) =>
        entry.view.id !== localId ? [entry] : created ? [{ ...entry, view: created, createdId: created.id }] : []
      )
    )
  }, [])
  // Once main's list holds what was created, the local copies are dropped.
  if (pending.some((entry) => entry.createdId !== null && confirmed(entry, loaded)))
    setPending((all) => all.filter((entry) => entry.createdId === null || !confirmed(entry, loaded)))

  const run = useCallback(
    async <T>(call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
      const result = await call
      setError(result.ok ? null : result.error.message)
      return result.ok ? result.value : null
    },
    []
  )

  return {
    annotations,
    tags: codebook.data ?? NO_TAGS,
    error: error ?? list.error?.message ?? null,
    showLocally,
    settle,
    run
  }
}
