// Keeps the search index in step with the library and the annotations: once at launch (from the
// saved index, then after the folders are synced) and after every change of content, debounced so
// that a burst of watcher events or edits is one update. The app does not wait for the index:
// it opens in the background, searches wait for it, and if it cannot start the app runs without
// search and says why. Annotations are read only when the store's generation differs from the one
// the saved notes index is current at (at launch, usually it does not); on closing, after the store
// has written everything, the notes index is brought to the store's final generation and saved.
import type { AnnotationService } from '../annotations/annotation-service'
import type { Library } from '../library/library'
import { SearchEngine } from '../search/search-engine'
import type { SearchResults } from '../search/search-types'

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
  /** The store's `savedGeneration`; without it, every update reads every annotation. */
  annotationsGeneration?: () => string | null
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
  const syncNotes = async (engine: SearchEngine) => {
    // Read before the annotations: they then hold at least this generation.
    const generation = options.annotationsGeneration?.() ?? null
    if (generation === null || generation !== engine.annotationsGeneration) await engine.syncAnnotations(await annotations.searchable(), generation)
  }
  let updating: Promise<void> = Promise.resolve()
  const update = () =>
    (updating = (async () => {
      try {
        const engine = await opening
        if (closed) return
        await engine.sync(library.searchable())
        await syncNotes(engine)
      } catch (err) {
        log(`not brought up to date: ${String(err)}`)
      }
    })())
  void update()
  void options.synced.then(update)

  let timer: NodeJS.Timeout | null = null
  let seen = library.status.get().contentVersion
  const stop = library.status.onChange((status) => {
    if (status.contentVersion === seen) return
    seen = status.contentVersion
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void update(), DEBOUNCE_MS)
  })
  return {
    search: async (input) => (await opening).search(input),
    close: async () => {
      closed = true
      stop()
      if (timer) clearTimeout(timer)
      await updating
      const engine = await opening.catch(() => null)
      if (!engine) return
      await syncNotes(engine).catch((err: unknown) => log(`notes not saved as current: ${String(err)}`))
      await engine.close()
    }
  }
}
