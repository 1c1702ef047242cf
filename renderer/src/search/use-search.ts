// The top bar's query and its latest answer. Typing is debounced, and an answer to an older query
// (a slow search overtaken by a faster one) is dropped, so what is shown matches what is typed.
import { useEffect, useMemo, useRef, useState } from 'react'
import type { SearchResults } from '../../../common/model/search-types'
import { api } from '../api/client'

export interface SearchView {
  query: string
  setQuery(query: string): void
  /** The trimmed query; empty means no search (the library shows its usual list). */
  active: string
  /** The latest answer: to `active`, or to the query before it while the new one is on its way. */
  results: SearchResults | null
  pending: boolean
  error: string | null
}

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
const DEBOUNCE_MS = 120
/** Snippets are built for this many articles; later rows show without one. */
export const SNIPPET_LIMIT = 50

/** `revision` changes when an answer may be stale (annotations changed, the index finished). */
export function useSearch(revision: string): SearchView {
  const [query, setQuery] = useState('')
  const [answer, setAnswer] = useState<{ query: string; results: SearchResults | null; error: string | null } | null>(
    null
  )
  const latest = useRef(0)
  const active = query.trim()

  useEffect(() => {
    const ticket = ++latest.current // also drops an answer still on its way when the box is cleared
    if (!active) return
    const timer = setTimeout(() => {
      void api.search({ query: active, limit: SNIPPET_LIMIT }).then((result) => {
        if (ticket !== latest.current) return
        setAnswer(
          result.ok
            ? { query: active, results: result.value, error: null }
            : { query: active, results: null, error: result.error.message }
        )
      })
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [active, revision])

  const current = answer?.query === active
  // One object while nothing in it changes, so the memoised library pane skips a reader's re-render.
  return useMemo(
    () => ({
      query,
      setQuery,
      active,
      results: active && answer ? answer.results : null,
      pending: active !== '' && !current,
      error: current ? answer.error : null
    }),
    [query, active, answer, current]
  )
}
