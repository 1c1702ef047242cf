// The ids the library list shows after its filters and search, for the Export dialog's "Articles
// in the library list". The list's filters are the library pane's own state, so the pane publishes
// what it shows here and the dialog reads it; null until a library pane has published.
import { useEffect, useSyncExternalStore } from 'react'

let shown: readonly string[] | null = null
const listeners = new Set<() => void>()

function publish(ids: readonly string[] | null): void {
  shown = ids
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Called by the library pane with the articles it lists, in order; withdrawn when it unmounts. */
export function useShareLibraryShown(articles: ReadonlyArray<{ id: string }>): void {
  useEffect(() => {
    publish(articles.map((article) => article.id))
  }, [articles])
  useEffect(() => () => publish(null), [])
}

/** What the library list shows now, or null when no library pane has said. */
export function useLibraryShown(): readonly string[] | null {
  return useSyncExternalStore(subscribe, () => shown)
}
