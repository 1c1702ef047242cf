// Keeps the search index in step with the library and the annotations: once at launch (from the
// saved index, then after the folders are synced) and after every change of content, debounced so
// that a burst of watcher events or edits is one update. The app does not wait for the index:
// it opens in the background, searches wait for it, and if it cannot start the app runs without
// search and says why.
import type { AnnotationService } from '../annotations/annotation-service'
import type { Library } from '../library/library'
import { SearchEngine } from '../search/search-engine'
import type { SearchResults } from '../../common/model/search-types'

const DEBOUNCE_MS = 250

export interface ConnectedSearch {
  search(input: { query: string; limit: number }): Promise<SearchResults>
  close(): Promise<void>
}

export function connectSearch(options: {
  dataDir: string
  library: Library
  annotations: AnnotationService
  synced: Promise<void>
  workerEntry?: URL
  log?: (message: string) => void
}): ConnectedSearch {
  const { library, annotations } = options
  const log = (message: string) => options.log?.(`[search] ${message}`)
  const opening = SearchEngine.open({ dataDir: options.dataDir, workerEntry: options.workerEntry, onStatus: (status) => library.status.setSearch(status), log }).then(
    ({ engine }) => engine
  )
  opening.catch((err: unknown) => {
    const error = `Search is unavailable: ${err instanceof Error ? err.message : String(err)}`
    library.status.setSearch({ state: 'failed', indexed: 0, total: 0, error, version: 0 })
  })

  let closed = false
  const pending = { articles: true, annotations: true }
  const update = async () => {
    const { articles, annotations: notes } = pending
    pending.articles = pending.annotations = false
    try {
      const engine = await opening
      if (closed) return
      if (articles) await engine.sync(library.searchable())
      // TODO(lead): applyAnnotationChanges — hand the engine the diffs collected below instead of
      // every annotation (the search engine's owner adds it); until then, the full sync.
      if (notes) await engine.syncAnnotations(await annotations.searchable())
    } catch (err) {
      log(`not brought up to date: ${String(err)}`)
    }
  }
  void update()
  void options.synced.then(() => {
    pending.articles = pending.annotations = true
    return update()
  })

  let timer: NodeJS.Timeout | null = null
  const schedule = (what: keyof typeof pending) => {
    pending[what] = true
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void update(), DEBOUNCE_MS)
  }
  // Only what changed is named: library entries, or an annotation diff (notes and quotes).
  const stopLibrary = library.status.changes.subscribe((event) => event.kind === 'library' && schedule('articles'))
  const stopAnnotations = annotations.onChanges(({ changes }) => changes.some((change) => change.kind === 'annotation') && schedule('annotations'))
  const stop = () => {
    stopLibrary()
    stopAnnotations()
  }
  return {
    search: async (input) => (await opening).search(input),
    close: async () => {
      closed = true
      stop()
      if (timer) clearTimeout(timer)
      await opening.then((engine) => engine.close()).catch(() => undefined)
    }
  }
}
