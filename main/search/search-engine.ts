// The search index, spread over worker threads: each worker owns one shard (a share of the
// articles, by id) and indexes, saves and ranks it, so building uses every core and the main
// process only plans work and merges answers. Like Elasticsearch's default, each shard scores with
// its own term statistics; with ids spread evenly the difference is small.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { SearchableAnnotation } from './searchable-annotation'
import { AnnotationChanges, type AnnotationDiff, type ShardedChanges } from './annotation-changes'
import { planSync, type SearchableArticle } from './plan-sync'
import type { IndexedAnalysis, ThemeCarrier } from '../../common/model/intelligence-types'
import type { IntelligenceFiles } from '../intelligence/intelligence-files'
import { parseQueryAlternatives } from '../../common/text/query'
import { installDomainWords } from '../../common/text/kernel-words'
import type { AnnotationHit, SearchIndexStatus, SearchResults } from '../../common/model/search-types'
import { mergeRanked } from './merge-ranked'
import { startSearchWorker } from './start-worker'
import type { WorkerClient } from '../workers/worker-rpc'
import type { ShardHandlers } from './shard-worker'
import { STALE_HASH } from './stale-entries'
import type { SketchChanges } from '../duplicates/shard-sketches'
import type { MatrixShard, MatrixShardInput } from '../theme-matrix/matrix-shard-handlers'
import type { RelatedShardAnswer, RelatedShardQuery } from '../related/related-shard'
import type { CitationDigest, CitationSentences, SentenceRequest } from '../documents/shard-citations'

/** Two shards, two workers: this machine class has two cores. Changing it rebuilds the index. */
export const SHARD_COUNT = 2
const BATCH = 32
const SAVE_DELAY_MS = 2000

export interface SearchEngineOptions {
  dataDir: string
  workerEntry?: URL
  onStatus?: (status: SearchIndexStatus) => void
  log?: (message: string) => void
  /** Workers already started (`SearchEngine.startWorkers`): they boot while the caller does other work. */
  workers?: WorkerClient<ShardHandlers>[]
  /**
   * The domain word list (kernel-words.ts), installed here for the queries and in every worker for
   * the texts, so both are cut alike; in an index saved under another list, the documents holding a
   * word added or removed are indexed again at the first sync. Without it, ICU alone.
   */
  domainWords?: readonly string[]
  /** The known documents and ontology each worker analyses articles with as it indexes them
   * (citations and themes); an index analysed under other data is analysed again from its kept
   * texts, keeping its postings (redetect-shard.ts). Without it, none. */
  intelligence?: IntelligenceFiles
}

export class SearchEngine {
  private readonly known: Map<string, string>[] = []
  /** Documents handed to a shard in the sync running, until it answers: asked of it meanwhile. */
  private readonly placing = new Map<string, number>()
  private current: SearchIndexStatus = { state: 'loading', indexed: 0, total: 0, error: null, version: 0 }
  private syncing: Promise<void> = Promise.resolve()
  private saveTimer: NodeJS.Timeout | null = null
  private readonly saving = new Set<Promise<void>>()
  private dirty = new Set<number>()
  private readonly annotationChanges = new AnnotationChanges(SHARD_COUNT)
  /** The store generation the notes index holds every annotation of (or more recent ones), if known. */
  private notesGeneration: string | null = null
  private notesDirty = false
  private lastBytes = 0
  private closing = false
  /** The data the next re-detection installs, and that re-detection while it waits its turn. */
  private nextIntelligence: IntelligenceFiles | null = null
  private redetecting: Promise<{ reanalysed: number; documents: number }> | null = null

  private constructor(
    private readonly options: SearchEngineOptions,
    private readonly workers: WorkerClient<ShardHandlers>[],
    private readonly dir: string
  ) {
    // A worker that dies (out of memory past its heap limit, a crash) takes its shard with it: the
    // status says so at once, and each search fails with the reason rather than answer from half the index.
    for (const worker of workers)
      void worker.stopped.then((err) => {
        if (!this.closing) this.fail(err)
      })
  }

  /** One worker a shard, started (a thread, its bundle compiled) but given nothing to read or write yet. */
  static startWorkers(workerEntry?: URL): WorkerClient<ShardHandlers>[] {
    return Array.from({ length: SHARD_COUNT }, () => startSearchWorker(workerEntry))
  }

  /** Starts the workers (unless given) and loads the saved shards and notes (in parallel); measure with `loadMs`. */
  static async open(options: SearchEngineOptions): Promise<{ engine: SearchEngine; loadMs: number }> {
    const started = performance.now()
    const dir = join(options.dataDir, 'search-index')
    await mkdir(dir, { recursive: true })
    const workers = options.workers ?? SearchEngine.startWorkers(options.workerEntry)
    const engine = new SearchEngine(options, workers, dir)
    if (options.domainWords) {
      installDomainWords(options.domainWords)
      // Sent first: each worker answers its calls in order, so it cuts with the list before it loads or indexes.
      const words = [...options.domainWords]
      for (const worker of workers) worker.call('useDomainWords', { words }).catch(() => undefined)
    }
    const intelligence = options.intelligence
    if (intelligence) for (const worker of workers) worker.call('useIntelligence', intelligence).catch(() => undefined)
    // Each worker loads its notes as soon as its shard is in, not when both shards are.
    const [loaded] = await Promise.all([
      Promise.all(workers.map((worker, shard) => worker.call('load', { dir, shard }))),
      engine.loadNotes()
    ])
    loaded.forEach((documents) => engine.known.push(new Map(documents.map(({ id, hash }) => [id, hash]))))
    const indexed = engine.known.reduce((sum, ids) => sum + ids.size, 0)
    engine.setStatus({ state: 'ready', indexed, total: indexed, error: null, version: 1 })
    // A shard analysed under other data is analysed again before the first sync: searches answer meanwhile.
    void engine.queue(() => engine.redetect())
    return { engine, loadMs: performance.now() - started }
  }

  status(): SearchIndexStatus {
    return this.current
  }

  /** Brings the index to the library's articles (calls queue); resolves with how many were (re)indexed. */
  sync(articles: readonly SearchableArticle[]): Promise<number> {
    const run = this.syncing.then(() => this.runSync(articles))
    this.syncing = run.then(
      () => undefined,
      (err: unknown) => this.fail(err)
    )
    return run.catch(() => 0)
  }

  /**
   * The store generation (AnnotationStore.savedGeneration) the notes index was saved at, when it
   * was loaded whole at launch: if the store's is the same, no annotation need be read.
   */
  get annotationsGeneration(): string | null {
    return this.notesGeneration
  }

  /**
   * Notes and quotes, from every annotation: sends only those that changed since the last call.
   * `generation`: the store's, read before `annotations` was (so they hold at least that
   * generation); the notes index is then saved as current at it.
   */
  async syncAnnotations(annotations: readonly SearchableAnnotation[], generation: string | null = null): Promise<void> {
    await this.syncAnnotationsFrom((visit) => visit(annotations), generation)
  }

  /**
   * The same from batches `read` hands to its `visit` (the store, shard by shard): each batch's
   * changes go to the workers while the next is read, so no list of every annotation is built.
   */
  async syncAnnotationsFrom(
    read: (visit: (batch: readonly SearchableAnnotation[]) => Promise<void>) => Promise<void>,
    generation: string | null = null
  ): Promise<void> {
    const held = await Promise.all(this.workers.map((worker) => worker.call('notesSignatures', undefined)))
    const full = this.annotationChanges.full(new Map(held.flat()))
    let changed = false
    let sending: Promise<void> = Promise.resolve()
    const send = async (changes: ShardedChanges | null) => {
      if (!changes) return
      changed = true
      await sending
      sending = this.sendAnnotations(changes)
      sending.catch(() => undefined) // awaited with the next batch, or below
    }
    await read((batch) => send(full.add(batch)))
    await send(full.finish())
    await sending
    if (changed || generation !== this.notesGeneration) this.notesDirty = true
    this.notesGeneration = generation
  }

  /** Notes and quotes, from the store's own diff: only those it names are indexed again or dropped. */
  async applyAnnotationChanges(changes: AnnotationDiff): Promise<void> {
    if (changes.put.length === 0 && changes.remove.length === 0) return
    await this.sendAnnotations(this.annotationChanges.apply(changes))
    this.notesDirty = true
  }

  /**
   * Declares the notes index current at the store's `generation`: call once every change the
   * store's files hold at that generation has gone through `applyAnnotationChanges` (a stamp
   * ahead of the index would leave notes unfound until they change again; one behind only costs
   * a rebuild at the next launch).
   */
  annotationsCurrentAt(generation: string): void {
    if (generation === this.notesGeneration) return
    this.notesGeneration = generation
    this.notesDirty = true
  }

  private async sendAnnotations(changes: ShardedChanges): Promise<void> {
    await Promise.all(
      this.workers.map(async (worker, shard) => {
        if (changes.removes[shard]?.length) await worker.call('removeAnnotations', { ids: changes.removes[shard] })
        if (changes.puts[shard]?.length) await worker.call('putAnnotations', { annotations: changes.puts[shard] })
      })
    )
    this.setStatus({ ...this.current, version: this.current.version + 1 })
    this.scheduleSave()
  }

  /**
   * Cuts with another domain word list from now on (the user kept or dropped a word): queries at
   * once; in each worker after the sync running, if any. The documents holding a word added or
   * removed are marked stale, so the next `sync` reads and indexes only them again (the caller
   * starts it); such notes are indexed again at once. Answers how many of each.
   */
  useDomainWords(words: readonly string[]): Promise<{ documents: number; notes: number }> {
    installDomainWords(words)
    const list = [...words]
    return this.queue(async () => {
      const answers = await Promise.all(this.workers.map((worker) => worker.call('useDomainWords', { words: list })))
      answers.forEach(({ stale }, shard) => stale.forEach((id) => this.known[shard]?.set(id, STALE_HASH)))
      const notes = answers.reduce((sum, answer) => sum + answer.notes, 0)
      if (notes > 0) this.notesChanged()
      return { documents: answers.reduce((sum, answer) => sum + answer.stale.length, 0), notes }
    })
  }

  /**
   * Analyses with other known documents or ontology from now on (the user edited it): every
   * document is analysed again from its kept text after the sync running, if any, and the status
   * gets a new version (views ask again). Documents whose postings the change touches (a document
   * named in Thai resolves otherwise) are marked stale for the next `sync`, which the caller starts.
   * Edits in quick succession are analysed once, with the last data. Answers how many of each.
   */
  useIntelligence(files: IntelligenceFiles): Promise<{ reanalysed: number; documents: number }> {
    this.nextIntelligence = files
    this.redetecting ??= this.queue(async () => {
      this.redetecting = null
      const latest = this.nextIntelligence
      if (latest) await Promise.all(this.workers.map((worker) => worker.call('useIntelligence', latest)))
      return this.redetect()
    })
    return this.redetecting
  }

  private async redetect(): Promise<{ reanalysed: number; documents: number }> {
    const answers = await Promise.all(this.workers.map((worker) => worker.call('redetect', undefined)))
    let reanalysed = 0
    let documents = 0
    answers.forEach((answer, shard) => {
      answer.stale.forEach((id) => this.known[shard]?.set(id, STALE_HASH))
      if (answer.reanalysed + answer.stale.length > 0) this.dirty.add(shard)
      reanalysed += answer.reanalysed
      documents += answer.stale.length
    })
    if (reanalysed + documents > 0) {
      this.setStatus({ ...this.current, version: this.current.version + 1 })
      this.scheduleSave()
    }
    return { reanalysed, documents }
  }

  /** Runs `work` after the sync or change running, if any; a failure fails the index. */
  private queue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.syncing.then(work)
    this.syncing = run.then(
      () => undefined,
      (err: unknown) => this.fail(err)
    )
    return run
  }

  /** Notes indexed again in the workers: searches answer otherwise, and the notes index is saved. */
  private notesChanged(): void {
    this.notesDirty = true
    this.setStatus({ ...this.current, version: this.current.version + 1 })
    this.scheduleSave()
  }

  /** The saved notes index, used only if every shard's is there and current at the same generation. */
  private async loadNotes(): Promise<void> {
    const loaded = await Promise.all(
      this.workers.map((worker, shard) => worker.call('loadNotes', { dir: this.dir, shard }))
    )
    const generation = loaded[0]?.generation ?? null
    if (generation !== null && loaded.every((notes) => notes?.generation === generation)) {
      this.notesGeneration = generation
      // Notes cut again under a changed word list: saved as they are now.
      if (loaded.some((notes) => (notes?.refreshed ?? 0) > 0)) this.notesChanged()
    } else if (loaded.some((notes) => notes !== null)) {
      await Promise.all(this.workers.map((worker) => worker.call('clearNotes', undefined)))
    }
  }

  /** An article's citations and themes with their evidence; null if it is not indexed (yet). */
  articleAnalysis(id: string): Promise<IndexedAnalysis | null> {
    const worker = this.workers[this.shardHolding(id)]
    return worker ? worker.call('articleAnalysis', { id }) : Promise.resolve(null)
  }

  /** The articles citing a document: its code (`18-NQ/TW`) or one known document (`18-NQ/TW@2017`). */
  async citingArticles(name: string): Promise<string[]> {
    const answers = await Promise.all(this.workers.map((worker) => worker.call('citingArticles', { name })))
    return answers.flat()
  }

  /** Every article's citations in brief, from every shard (the documents catalogue). */
  async citationDigest(): Promise<CitationDigest> {
    const answers = await Promise.all(this.workers.map((worker) => worker.call('citationDigest', undefined)))
    return answers.flat()
  }

  /** The citing sentences of these articles' named citations, each asked of its article's shard. */
  async citationSentences(requests: readonly SentenceRequest[]): Promise<CitationSentences[]> {
    const byShard = this.workers.map((): SentenceRequest[] => [])
    for (const request of requests) byShard[this.shardHolding(request.id)]?.push(request)
    const answers = await Promise.all(
      this.workers.map((worker, shard) =>
        byShard[shard]?.length ? worker.call('citationSentences', { requests: byShard[shard] }) : []
      )
    )
    return answers.flat()
  }

  /** Each shard's best related passages for these criteria (main/related merges them). */
  relatedPassages(query: RelatedShardQuery): Promise<RelatedShardAnswer[]> {
    return Promise.all(this.workers.map((worker) => worker.call('relatedPassages', query)))
  }

  /** Each shard's near-duplicate sketches made or dropped since the last call, after the sync
   * running, if any (main/duplicates). */
  sketchChanges(): Promise<SketchChanges[]> {
    return this.queue(() => Promise.all(this.workers.map((worker) => worker.call('sketchChanges', undefined))))
  }

  /** The `limit` articles with the strongest cues of `theme`, strongest first (`detected`: shown
   * as the article's theme), and how many articles have any. */
  async themeCarriers(theme: string, limit = 500): Promise<{ carriers: ThemeCarrier[]; total: number }> {
    const answers = await Promise.all(this.workers.map((worker) => worker.call('themeCarriers', { theme, limit })))
    const carriers = answers.flatMap((answer) => answer.carriers).sort((a, b) => b.strength - a.strength)
    return { carriers: carriers.slice(0, limit), total: answers.reduce((sum, answer) => sum + answer.total, 0) }
  }

  /** Each shard's rows of the themes matrix: its articles' provinces and theme strengths (main/theme-matrix). */
  themeMatrixShards(input: MatrixShardInput): Promise<MatrixShard[]> {
    return Promise.all(this.workers.map((worker) => worker.call('themeMatrixShard', input)))
  }

  async search({ query, limit }: { query: string; limit: number }): Promise<SearchResults> {
    const alternatives = parseQueryAlternatives(query)
    // No clause in any reading (parseQuery's empty answer, without segmenting the query twice).
    if (alternatives.every((clauses) => clauses.length === 0))
      return { query, articles: [], laterIds: [], annotations: [], tookMs: 0, status: this.current }
    const answers = await Promise.all(this.workers.map((worker) => worker.call('search', { alternatives, limit })))
    const { top, later } = mergeRanked(answers, limit)
    const annotations: AnnotationHit[] = answers
      .flatMap((answer) => answer.annotationHits)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
    return {
      query,
      articles: top,
      laterIds: later,
      annotations,
      tookMs: Math.max(...answers.map((answer) => answer.tookMs)),
      status: this.current
    }
  }

  /** Bytes on disk after the last save. */
  get sizeOnDisk(): number {
    return this.lastBytes
  }

  /** Writes the changed notes, then the changed shards, now. */
  async save(): Promise<void> {
    const run = this.writeNow()
    this.saving.add(run)
    try {
      await run
    } finally {
      this.saving.delete(run)
    }
  }

  private async writeNow(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = null
    // The notes first, without waiting for an article sync to end: a saved notes index is reopened
    // compact (a few typed arrays), so an import does not hold 100,000 notes as objects meanwhile.
    await this.saveNotes()
    await this.syncing
    const shards = [...this.dirty]
    this.dirty.clear()
    // One worker at a time: a save packs the postings beside the growing ones and writes them out,
    // and both workers doing so at once would add their peaks (the save runs in the background).
    let bytes = 0
    for (const [shard, worker] of this.workers.entries())
      if (shards.includes(shard) || this.lastBytes === 0) bytes += await worker.call('save', { dir: this.dir, shard })
    this.lastBytes = bytes || this.lastBytes
    await this.saveNotes()
  }

  private async saveNotes(): Promise<void> {
    const generation = this.notesGeneration
    if (!this.notesDirty || generation === null) return
    this.notesDirty = false
    try {
      for (const [shard, worker] of this.workers.entries())
        await worker.call('saveNotes', { dir: this.dir, shard, generation })
    } catch (err) {
      this.notesDirty = true
      throw err
    }
  }

  async close(): Promise<void> {
    try {
      // A save the timer started has taken the dirty shards: it ends before the workers stop.
      await Promise.allSettled([...this.saving])
      if (this.dirty.size > 0 || (this.notesDirty && this.notesGeneration !== null)) await this.save()
    } catch (err) {
      this.options.log?.(`[search] the index could not be saved: ${String(err)}; it will be rebuilt at the next launch`)
    }
    this.closing = true
    await Promise.all(this.workers.map((worker) => worker.close()))
  }

  /** The shard holding (or being handed) the document; -1 if none. */
  shardHolding(id: string): number {
    const shard = this.known.findIndex((ids) => ids.has(id))
    return shard >= 0 ? shard : (this.placing.get(id) ?? -1)
  }

  private async runSync(articles: readonly SearchableArticle[]): Promise<number> {
    const { shards: plans, unplaced } = planSync(articles, this.known)
    const total = articles.length
    const toIndex = plans.reduce((sum, plan) => sum + plan.index.length, unplaced.length)
    let remaining = toIndex
    if (remaining === 0 && plans.every((plan) => plan.remove.length === 0)) {
      this.setStatus({ ...this.current, state: 'ready', indexed: total, total, error: null })
      return 0
    }
    this.setStatus({ ...this.current, state: 'indexing', indexed: total - remaining, total, error: null })
    // Each worker indexes its own changed documents, then takes new ones a batch at a time while
    // any are left: the faster worker takes more, and both finish together.
    let next = 0
    function* batchesFor(own: SearchableArticle[]): Generator<SearchableArticle[]> {
      for (let at = 0; at < own.length; at += BATCH) yield own.slice(at, at + BATCH)
      while (next < unplaced.length) yield unplaced.slice(next, (next += BATCH))
    }
    const indexing = Promise.all(
      plans.map(async (plan, shard) => {
        const worker = this.workers[shard] as WorkerClient<ShardHandlers>
        const known = this.known[shard] as Map<string, string>
        if (plan.remove.length > 0) await worker.call('remove', { ids: plan.remove })
        plan.remove.forEach((id) => known.delete(id))
        // Two batches in flight, so the worker starts the next as soon as it answers the last.
        let previous: Promise<void> = Promise.resolve()
        for (const batch of batchesFor(plan.index)) {
          batch.forEach((article) => this.placing.set(article.id, shard))
          const indexed = worker.call('index', { documents: batch }).then((failed) => {
            for (const failure of failed) this.options.log?.(`[search] not indexed: ${failure.id}: ${failure.reason}`)
            // A file that failed keeps its hash here too: it is retried when it changes, not on every sync.
            batch.forEach((article) => {
              known.set(article.id, article.hash)
              this.placing.delete(article.id)
            })
            remaining -= batch.length
            this.setStatus({ ...this.current, state: 'indexing', indexed: total - remaining, total, error: null })
          })
          // Awaited below, but maybe after it fails: a worker stopped mid-sync (closing) fails both
          // batches in flight, and the second's rejection must not go unhandled meanwhile.
          indexed.catch(() => undefined)
          await previous
          previous = indexed
        }
        await previous
        this.dirty.add(shard)
      })
    )
    // Not held by a shard that failed mid-sync: it is placed again at the next sync.
    await indexing.finally(() => this.placing.clear())
    this.setStatus({ state: 'ready', indexed: total, total, error: null, version: this.current.version + 1 })
    this.scheduleSave()
    return toIndex
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null
      this.save().catch((err: unknown) => this.options.log?.(`[search] the index could not be saved: ${String(err)}`))
    }, SAVE_DELAY_MS)
  }

  private fail(err: unknown): void {
    this.setStatus({
      ...this.current,
      state: 'failed',
      error: `Search is unavailable: ${err instanceof Error ? err.message : String(err)}`
    })
  }

  private setStatus(status: SearchIndexStatus): void {
    this.current = status
    this.options.onStatus?.(status)
  }
}
