// The article library: folders the user chose, the articles in them, kept current by a watcher,
// persisted so that a relaunch lists everything at once. All changes go through one queue, so an
// import and watcher events never interleave.
import { mkdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Article, ArticleHeader, ArticleSummary, OriginalView } from '../../common/model/article-types'
import type { FolderStatus, ImportReport } from '../../common/model/app-status'
import type { SearchableArticle } from '../search/plan-sync'
import type { ParsedArticle } from '../articles/parsed-article'
import { ParseService } from '../parsing/parse-service'
import { loadIndex, saveIndex } from './index-file'
import { indexOneFile, readOneFile, takeInFile, type FileReading } from './index-one-file'
import { LibraryState } from './library-state'
import type { IndexedArticle, LibraryFolder } from './library-types'
import { scanFolder, scanOne } from './scan-folder'
import { StatusBoard } from '../events/status-board'
import { watchFolder, type FolderWatch } from './watch-folder'
import { describeFolderError } from './describe-folder-error'
import { describeReturns } from './describe-returns'
import { originalViewOf } from '../articles/original-view'
import { hasSplitLines } from '../articles/long-lines-warning'

export const BUNDLED = '@bundled'
const PARSED_KEPT = 8
/** Files read ahead of the one being taken in: keeps both parse workers busy during an import. */
const READ_AHEAD = 2
/** While an import runs, its new entries go out about once a second: the list grows as before. */
const ENTRIES_EVERY_MS = 1000

export interface LibraryOptions {
  dataDir: string
  bundledFolder: string
  /** Watch folders for changes (off in benchmarks and one-shot tools). */
  watch?: boolean
  saveDelayMs?: number
  log?: (message: string) => void
  /** The built parse worker (out/main/parse-worker.js); from sources, the TypeScript one runs through tsx. */
  parseWorkerEntry?: URL
  /** Longest one file may take to parse before it is listed as unreadable (default 15 s). */
  parseBudgetMs?: number
  /** A parse service of one's own (tests: one whose worker hangs on purpose); the library closes it. */
  parser?: ParseService
  /** The app's status board, where the library reports imports and publishes its change events; its own otherwise. */
  status?: StatusBoard
  /**
   * The check of every folder waits for this: at launch, the search index's load, which would
   * otherwise share the two cores with 10,000 lstat and the library index's save.
   */
  checkAfter?: Promise<unknown>
}

export class Library {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly watches = new Map<string, FolderWatch>()
  private importAbort: AbortController | null = null
  private saveTimer: NodeJS.Timeout | null = null
  private saving: Promise<void> = Promise.resolve()
  readonly status: StatusBoard
  /** Annotation counts come from the annotation store, which is opened after the library. */
  private countAnnotations: () => Map<string, number> = () => new Map()
  private countAnnotation: (articleId: string) => number = () => 0
  private readonly parsed = new Map<string, Promise<ParsedArticle | undefined>>()
  /** What the index on disk holds, to skip saving it unchanged (7 MB written durably at 10,000 articles). */
  private onDisk: string | null = null
  /** Titles of annotated articles whose file came back during the current sync. */
  private returned: string[] = []

  private constructor(
    private readonly options: LibraryOptions,
    private folders: LibraryFolder[],
    private readonly state: LibraryState,
    private readonly parser: ParseService
  ) {
    this.status = options.status ?? new StatusBoard()
  }

  /** Lists the persisted library at once; bringing folders up to date continues in the background. */
  static async open(options: LibraryOptions): Promise<{ library: Library; synced: Promise<void> }> {
    const loaded = await loadIndex(options.dataDir)
    const state = loaded.index ? LibraryState.from(loaded.index) : new LibraryState()
    const parser =
      options.parser ?? new ParseService({ bundledEntry: options.parseWorkerEntry, budgetMs: options.parseBudgetMs })
    const library = new Library(options, loaded.folders ?? [{ path: BUNDLED, bundled: true }], state, parser)
    // An index checked field by field (from before the seal, or edited) is saved again once, sealed.
    if (loaded.index && loaded.folders && loaded.indexSealed) library.onDisk = library.savedForm()
    for (const notice of loaded.notices) library.status.notice(notice)
    const synced = library.enqueue(async () => {
      await options.checkAfter?.catch(() => undefined)
      for (const folder of library.folders) await library.syncFolder(folder.path)
    })
    if (options.watch !== false)
      void synced.then(() => library.folders.forEach((folder) => library.startWatch(folder.path)))
    return { library, synced }
  }

  /** The user's header corrections (main/corrections), laid over every summary; none until set. */
  private correctHeader: (summary: ArticleSummary) => ArticleSummary = (summary) => summary
  setHeaderCorrections(correct: (summary: ArticleSummary) => ArticleSummary): void {
    this.correctHeader = correct
  }

  setAnnotationCounter(all: () => Map<string, number>, one: (articleId: string) => number): void {
    this.countAnnotations = all
    this.countAnnotation = one
    this.state.keepDeparted = (id) => one(id) > 0
  }

  has(id: string): boolean {
    return this.state.articles.has(id)
  }

  /** Where an article no longer in the library came from: its header and file, if remembered. */
  departedSource(id: string): { title: string; file: string; folder: string } | null {
    const entry = this.state.departedEntry(id)
    return entry ? { title: entry.title, file: entry.path, folder: this.display(entry.folder) } : null
  }

  /** Articles gone from the library, still remembered, with the place they were last seen. */
  departedAt(): { id: string; folder: string; path: string; title: string }[] {
    return this.state.departedList().map(({ id, folder, path, title }) => ({ id, folder, path, title }))
  }

  /**
   * The article `newId` is the departed `departedId` come back (its quotes are in it): it takes
   * that id. Refused (false) once `newId` has annotations of its own or either has gone.
   */
  adopt(newId: string, departedId: string): Promise<IndexedArticle | null> {
    return this.enqueue(async () => {
      if (this.countAnnotation(newId) > 0) return null
      const adopted = this.state.adopt(newId, departedId) ?? null
      if (adopted) {
        this.publishEntries()
        this.scheduleSave()
      }
      return adopted
    })
  }

  list(): ArticleSummary[] {
    const counts = this.countAnnotations()
    return [...this.state.articles.values()].map((article) => this.summary(article, counts.get(article.id) ?? 0))
  }

  /** The summaries of these articles (those still in the library), for a client patching its list. */
  summaries(ids: string[]): ArticleSummary[] {
    return ids.flatMap((id) => {
      const entry = this.state.articles.get(id)
      return entry ? [this.summary(entry, this.countAnnotation(id))] : []
    })
  }

  /** What the search index needs of each article: its id, content hash and file. */
  searchable(): SearchableArticle[] {
    return [...this.state.articles.values()].map((article) => ({
      id: article.id,
      hash: article.hash,
      file: this.absolute(article),
      folder: this.folderPath(article.folder)
    }))
  }

  folderStatus(): FolderStatus[] {
    const counts = this.countAnnotations()
    return this.folders.map((folder) => ({
      path: folder.bundled ? 'Bundled sample articles' : folder.path,
      bundled: folder.bundled,
      articleCount: this.state.inFolder(folder.path).length,
      ...annotatedIn(this.state.inFolder(folder.path), counts),
      unreadable: this.state.unreadable(folder.path).map(({ path, reason }) => ({ path, reason }))
    }))
  }

  async get(id: string): Promise<Article | undefined> {
    const entry = this.state.articles.get(id)
    const article = entry && (await this.parse(entry))
    if (!entry || !article) return undefined
    return { summary: this.summary(entry, this.countAnnotation(id)), blocks: article.blocks }
  }

  async original(id: string): Promise<OriginalView | undefined> {
    const entry = this.state.articles.get(id)
    const article = entry && (await this.parse(entry))
    return article ? originalViewOf(article) : undefined
  }

  /**
   * Opening an article asks for it twice at once (its text, and its annotations anchored in that
   * text), and "show original" a third time: the last few parses (or parses under way) are kept,
   * keyed by the file's size and mtime, so an unchanged file is read and parsed once.
   */
  private async parse(entry: IndexedArticle): Promise<ParsedArticle | undefined> {
    const path = this.absolute(entry)
    const info = await stat(path).catch(() => null)
    if (!info) return undefined
    const key = `${path}\u0000${info.size}\u0000${info.mtimeMs}`
    const cached = this.parsed.get(key)
    if (cached) return cached
    const parsing = this.parser
      .run('parse', { folder: this.folderPath(entry.folder), path: entry.path })
      .then((result) => {
        if (result.ok) return result.article
        this.parsed.delete(key)
        this.options.log?.(`[library] ${entry.path}: ${result.error}`)
        return undefined
      })
    this.parsed.set(key, parsing)
    if (this.parsed.size > PARSED_KEPT) this.parsed.delete(this.parsed.keys().next().value ?? '')
    return parsing
  }

  /** Adds a folder (or re-reads a known one). Progress goes to the status board; cancelling undoes it. */
  importFolder(path: string): Promise<ImportReport> {
    const folder = resolve(path)
    // Created now, not when the queue reaches the import: a cancel before it starts must count.
    const abort = new AbortController()
    this.importAbort = abort
    return this.enqueue(async () => {
      const known = this.folders.some((entry) => entry.path === folder)
      const report = await this.syncFolder(folder, abort.signal)
      if (this.importAbort === abort) this.importAbort = null
      if (report.cancelled || report.error) {
        if (!known) this.state.forgetFolder(folder)
      } else if (!known) {
        this.folders.push({ path: folder, bundled: false })
        this.startWatch(folder)
      }
      this.publishEntries()
      return report
    })
  }

  cancelImport(): boolean {
    this.importAbort?.abort()
    return this.importAbort !== null
  }

  /** False when the folder was not in the library (nothing is changed then). */
  removeFolder(path: string): Promise<boolean> {
    return this.enqueue(async () => {
      const key = path === 'Bundled sample articles' ? BUNDLED : resolve(path)
      if (!this.folders.some((folder) => folder.path === key)) return false
      await this.watches.get(key)?.close()
      this.watches.delete(key)
      this.folders = this.folders.filter((folder) => folder.path !== key)
      this.state.forgetFolder(key)
      this.publishEntries()
      this.scheduleSave()
      return true
    })
  }

  async close(): Promise<void> {
    this.importAbort?.abort()
    await Promise.all([...this.watches.values()].map((watch) => watch.close()))
    this.watches.clear()
    await this.parser.close() // a parse under way ends now, not at its budget
    await this.queue.catch(() => undefined)
    await this.flush()
  }

  /** Writes the index now if a save is pending, and waits for one in flight. */
  async flush(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer)
      this.saveTimer = null
      void this.save()
    }
    await this.saving
  }

  private async syncFolder(key: string, signal?: AbortSignal): Promise<ImportReport> {
    const report: ImportReport = {
      folder: this.display(key),
      added: 0,
      changed: 0,
      unchanged: 0,
      unreadable: 0,
      cancelled: false,
      error: null
    }
    const folderPath = this.folderPath(key)
    try {
      const scan = await scanFolder(folderPath, signal)
      const present = new Set(scan.files.map((file) => file.path))
      const failedBefore = new Map(this.state.unreadable(key).map((file) => [file.path, file]))
      for (const stale of failedBefore.values()) this.state.clearUnreadable(key, stale.path)
      for (const problem of scan.unreadable) this.state.setUnreadable({ ...problem, folder: key })
      // Depart vanished files first, so that a renamed file finds its old entry by content.
      for (const article of this.state.inFolder(key)) if (!present.has(article.path)) this.state.depart(article.id)
      this.status.startImport(report.folder, scan.files.length)
      let entriesAt = Date.now()
      // Files are read a few ahead (on both parse workers) and taken in one by one, in order.
      const reads = new Map<number, Promise<FileReading>>()
      const readAhead = (at: number) => {
        const file = scan.files[at]
        if (!file || reads.has(at)) return
        reads.set(
          at,
          readOneFile(this.parser, this.state, { key, path: folderPath }, file, failedBefore.get(file.path))
        )
      }
      for (const [done, file] of scan.files.entries()) {
        signal?.throwIfAborted()
        for (let ahead = done; ahead <= done + READ_AHEAD; ahead++) readAhead(ahead)
        const read = await reads.get(done)
        reads.delete(done)
        const outcome = takeInFile(this.state, key, file, read ?? { skip: 'unchanged' })
        if (outcome === 'renamed' || outcome === 'returned') this.noteReturn(key, file.path)
        if (read && 'ok' in read && read.ok && read.summary && hasSplitLines(read.summary.warnings))
          (report.longLineFiles ??= []).push(file.path)
        if (outcome === 'added' || outcome === 'renamed' || outcome === 'returned') report.added += 1
        else if (outcome === 'changed') report.changed += 1
        else if (outcome === 'unreadable') report.unreadable += 1
        else report.unchanged += 1
        this.status.progress(done + 1)
        if (Date.now() - entriesAt >= ENTRIES_EVERY_MS) {
          entriesAt = Date.now()
          this.publishEntries({ folders: false })
        }
      }
      report.unreadable += scan.unreadable.length
    } catch (err) {
      if (signal?.aborted) report.cancelled = true
      else report.error = describeFolderError(err, folderPath)
    }
    this.status.finishImport(report)
    this.tellReturns()
    this.publishEntries()
    this.scheduleSave()
    return report
  }

  /** An article come back with annotations: the user is told once the sync or event is over. */
  private noteReturn(key: string, path: string): void {
    const entry = this.state.entryAt(key, path)
    if (entry && this.countAnnotation(entry.id) > 0) this.returned.push(entry.title)
  }

  private tellReturns(): void {
    if (this.returned.length === 0) return
    this.status.notice(describeReturns(this.returned))
    this.returned = []
  }

  /** One watcher event, for one file. */
  private onFileEvent(key: string, path: string, kind: 'present' | 'gone'): void {
    void this.enqueue(async () => {
      const entry = this.state.entryAt(key, path)
      const { file, unreadable } = kind === 'gone' ? {} : await scanOne(this.folderPath(key), path)
      // The watcher also reports files an import has just read: one that failed is not parsed again unchanged.
      if (file) {
        const outcome = await indexOneFile(
          this.parser,
          this.state,
          { key, path: this.folderPath(key) },
          file,
          this.state.unreadableAt(key, path)
        )
        // A rename seen live is not news; a file back at its place with other content is.
        if (outcome === 'returned') this.noteReturn(key, path)
        this.tellReturns()
      } else {
        if (entry) this.state.depart(entry.id)
        if (unreadable) this.state.setUnreadable({ ...unreadable, folder: key })
        else this.state.clearUnreadable(key, path)
      }
      this.publishEntries()
      this.scheduleSave()
    })
  }

  /** Publishes the entries added, changed and removed since the last call, and that folders changed. */
  private publishEntries({ folders = true } = {}): void {
    const { added, changed, removed } = this.state.takeChanges()
    if (added.length + changed.length + removed.length > 0)
      this.status.changes.publish({ kind: 'library', added, changed, removed })
    if (folders) this.status.changes.publish({ kind: 'folders' })
  }

  private startWatch(key: string): void {
    if (this.options.watch === false || this.watches.has(key)) return
    this.watches.set(
      key,
      watchFolder(this.folderPath(key), (path, kind) => this.onFileEvent(key, path, kind), this.options.log)
    )
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch((err: unknown) => this.options.log?.(`[library] ${String(err)}`))
    return run
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null
      void this.save()
    }, this.options.saveDelayMs ?? 500)
  }

  /**
   * Stands for the index as it would be saved: the articles by their edit count, the folders and the
   * unreadable files in full (a launch's re-check clears and finds those again).
   */
  private savedForm(): string {
    const unreadable = this.state.unreadable().map((file) => JSON.stringify(file))
    return JSON.stringify([this.state.articleEdits, this.folders, unreadable.sort()])
  }

  private save(): Promise<void> {
    const form = this.savedForm()
    if (form === this.onDisk) return this.saving // a launch's re-check that found nothing new
    const index = this.state.toIndex(this.folders)
    this.saving = this.saving.then(async () => {
      try {
        await mkdir(this.options.dataDir, { recursive: true })
        await saveIndex(this.options.dataDir, index)
        this.onDisk = form
        this.status.saved()
      } catch (err) {
        // The library stays complete in memory; the index is only a cache, retried on the next change.
        this.status.saveFailed(
          `The library index could not be saved (${(err as { code?: string }).code ?? String(err)}); it will be rebuilt if needed.`
        )
      }
    })
    return this.saving
  }

  private summary(entry: IndexedArticle, annotationCount: number): ArticleSummary {
    return this.correctHeader({
      id: entry.id,
      file: entry.path,
      ...headerOf(entry),
      folder: this.display(entry.folder),
      annotationCount,
      contentHash: entry.hash.slice(0, 16)
    })
  }

  private folderPath(key: string): string {
    return key === BUNDLED ? this.options.bundledFolder : key
  }

  private display(key: string): string {
    return key === BUNDLED ? 'Bundled sample articles' : key
  }

  private absolute(entry: IndexedArticle): string {
    return join(this.folderPath(entry.folder), entry.path)
  }
}

function annotatedIn(articles: IndexedArticle[], counts: Map<string, number>) {
  let annotationCount = 0
  let annotatedArticles = 0
  for (const article of articles) {
    const count = counts.get(article.id) ?? 0
    annotationCount += count
    if (count > 0) annotatedArticles += 1
  }
  return { annotationCount, annotatedArticles }
}

/** Only the header's fields: an index entry also holds where the file is, which stays in main. */
function headerOf(entry: ArticleHeader): ArticleHeader {
  const { title, titleDerived, titleConfidence, titleHow, outlet, outletConfidence } = entry
  const { date, dateConfidence, year, sourceUrl, warnings } = entry
  return {
    title,
    titleDerived,
    titleConfidence,
    titleHow,
    outlet,
    outletConfidence,
    date,
    dateConfidence,
    year,
    sourceUrl,
    warnings
  }
}
