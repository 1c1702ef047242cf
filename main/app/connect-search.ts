// Keeps the search index in step with the library and the annotations: once at launch (from the
// saved index, then after the folders are synced) and after every change of content, debounced so
// that a burst of watcher events or edits is one update. The app does not wait for the index:
// it opens in the background, searches wait for it, and if it cannot start the app runs without
// search and says why. Annotations are read only when the store's generation differs from the one
// the saved notes index is current at (at launch, usually it does not); after that the notes index
// follows the diffs the annotation service publishes, and on closing, after the store has written
// everything, it is stamped with the store's final generation and saved. When the domain word list
// changes, the documents it affects are marked stale and the same update re-reads only them; when
// the ontology changes, every document is analysed again from its kept text, and only those whose
// postings it touches are re-read.
import type { IntelligenceFiles } from '../intelligence/intelligence-files'
import type { AnnotationService } from '../annotations/annotation-service'
import type { StatusBoard } from '../events/status-board'
import type { Library } from '../library/library'
import type { SearchableAnnotation } from '../search/searchable-annotation'
import { SearchEngine } from '../search/search-engine'
import type { SearchResults } from '../../common/model/search-types'
import type { WorkerClient } from '../workers/worker-rpc'
import type { ShardHandlers } from '../search/shard-worker'
import { installDomainWords } from '../../common/text/kernel-words'
import { memoNoteId } from '../../common/model/memo'
import { searchableMemo } from '../memos/searchable-memo'
import { withCorrections } from '../corrections/searchable-corrections'

const DEBOUNCE_MS = 250

export interface ConnectedSearch extends Pick<SearchEngine, 'articleAnalysis' | 'citingArticles' | 'themeCarriers'> {
  search(input: { query: string; limit: number }): Promise<SearchResults>
  /** Cuts with another word list from now on, and indexes again the documents and notes it affects
   * (resolves once they are marked, before they are read: the status reports the progress). */
  useDomainWords(words: readonly string[]): Promise<{ documents: number; notes: number }>
  /** Analyses with other known documents or ontology from now on: again from the kept texts, and
   * the documents whose postings it touches indexed again (resolves once analysed). */
  useIntelligence(files: IntelligenceFiles): Promise<{ reanalysed: number; documents: number }>
  /** Reads every note again (the store's files were replaced by a restore). */
  resyncNotes(): void
  close(): Promise<void>
}

/**
 * Starts the workers and loads the saved index: call it as early as the data folder is locked,
 * so that the index loads on its threads while the library opens.
 */
export function openSearch(options: {
  dataDir: string
  status: StatusBoard
  workerEntry?: URL
  /** From `SearchEngine.startWorkers`, started before the data folder was locked. */
  workers?: WorkerClient<ShardHandlers>[]
  domainWords?: readonly string[]
  intelligence?: IntelligenceFiles
  log?: (message: string) => void
}): Promise<SearchEngine> {
  const opening = SearchEngine.open({
    dataDir: options.dataDir,
    workerEntry: options.workerEntry,
    workers: options.workers,
    domainWords: options.domainWords,
    intelligence: options.intelligence,
    onStatus: (status) => options.status.setSearch(status),
    log: (message) => options.log?.(`[search] ${message}`)
  }).then(({ engine }) => engine)
  opening.catch((err: unknown) => {
    const error = `Search is unavailable: ${err instanceof Error ? err.message : String(err)}`
    options.status.setSearch({ state: 'failed', indexed: 0, total: 0, error, version: 0 })
  })
  return opening
}

export function connectSearch(options: {
  /** From `openSearch`. */
  opening: Promise<SearchEngine>
  library: Library
  status: StatusBoard
  annotations: AnnotationService
  synced: Promise<void>
  /** The store's `savedGeneration`; without it, every update reads every annotation. */
  annotationsGeneration?: () => string | null
  log?: (message: string) => void
}): ConnectedSearch {
  const { library, annotations, opening } = options
  const log = (message: string) => options.log?.(`[search] ${message}`)

  let closed = false
  // What changed since the last update: library entries (the engine diffs them by content hash),
  // and the notes and quotes an annotation diff named, kept as the last value of each.
  let articlesChanged = true
  let fullNotes = true
  const notes = new Map<string, SearchableAnnotation | null>()

  const syncNotes = async (engine: SearchEngine) => {
    // Read before the annotations: they then hold at least this generation.
    const generation = options.annotationsGeneration?.() ?? null
    if (generation === null || generation !== engine.annotationsGeneration)
      await engine.syncAnnotationsFrom((visit) => annotations.visitSearchable(visit), generation)
  }
  const applyNotes = async (engine: SearchEngine) => {
    const diff = {
      put: [...notes.values()].flatMap((note) => note ?? []),
      remove: [...notes].flatMap(([id, note]) => (note ? [] : [id]))
    }
    notes.clear()
    await engine.applyAnnotationChanges(diff)
  }
  let updating: Promise<void> = Promise.resolve()
  const update = () =>
    (updating = updating.then(async () => {
      try {
        const engine = await opening
        if (closed) return
        if (articlesChanged) {
          articlesChanged = false
          // With the user's header corrections: a corrected article is re-read, found by its corrected title and outlet.
          await engine.sync(withCorrections(library.searchable(), (id) => annotations.corrections.lookup(id)))
        }
        // At launch the saved notes index is checked against the store once; then only diffs.
        if (fullNotes) {
          fullNotes = false
          await syncNotes(engine)
        }
        await applyNotes(engine)
      } catch (err) {
        // Diffs may have been lost with it: read every annotation next time, and stamp nothing.
        fullNotes = true
        log(`not brought up to date: ${String(err)}`)
      }
    }))
  void update()
  void options.synced.then(() => {
    articlesChanged = true
    return update()
  })

  let timer: NodeJS.Timeout | null = null
  const schedule = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void update(), DEBOUNCE_MS)
  }
  const stopLibrary = options.status.changes.subscribe((event) => {
    if (event.kind !== 'library') return
    articlesChanged = true
    schedule()
  })
  const stopAnnotations = annotations.onChanges(({ changes }) => {
    let named = false
    for (const change of changes) {
      if (change.kind === 'memo') {
        notes.set(memoNoteId(change.id), change.after && searchableMemo(change.after))
        named = true
      }
      if (change.kind !== 'annotation') continue
      const after = change.after
      notes.set(
        change.id,
        after && { id: after.id, articleId: after.articleId, note: after.note, quote: after.target.quote.exact }
      )
      named = true
    }
    if (named) schedule()
  })
  return {
    search: async (input) => (await opening).search(input),
    useDomainWords: async (words) => {
      const engine = await opening.catch(() => null)
      if (!engine || closed) {
        installDomainWords(words) // what main cuts itself (queries) still follows the list
        return { documents: 0, notes: 0 }
      }
      const stale = await engine.useDomainWords(words)
      if (stale.documents > 0) {
        articlesChanged = true
        void update()
      }
      return stale
    },
    useIntelligence: async (files) => {
      const engine = await opening.catch(() => null)
      if (!engine || closed) return { reanalysed: 0, documents: 0 }
      const redetected = await engine.useIntelligence(files)
      if (redetected.documents > 0) {
        articlesChanged = true
        void update()
      }
      return redetected
    },
    resyncNotes: () => {
      notes.clear()
      fullNotes = true
      void update()
    },
    articleAnalysis: async (id) => (await opening).articleAnalysis(id),
    citingArticles: async (name) => (await opening).citingArticles(name),
    themeCarriers: async (theme, limit) => (await opening).themeCarriers(theme, limit),
    close: async () => {
      stopLibrary()
      stopAnnotations()
      if (timer) clearTimeout(timer)
      await updating
      closed = true
      const engine = await opening.catch(() => null)
      if (!engine) return
      try {
        await applyNotes(engine)
        // Every diff is in the index: it is current at what the store has written (the store is
        // flushed first); a store with unsaved changes has no generation, and the next launch rebuilds.
        const generation = options.annotationsGeneration?.() ?? null
        if (generation !== null && !fullNotes) engine.annotationsCurrentAt(generation)
      } catch (err) {
        log(`notes not saved as current: ${String(err)}`)
      }
      await engine.close()
    }
  }
}
