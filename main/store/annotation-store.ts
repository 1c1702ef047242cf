// The annotation store in memory, persisted with lowdb through a durable adapter, one lowdb file
// per shard plus a manifest. Shards load when an article is opened. A committed change is durable
// at once in the journal (store-journal.ts); the shards follow on a coalesced write (a burst becomes
// one write within about a second, only changed shards written), which then retires the journal.
// A failed write keeps everything in memory, is reported until a write succeeds, and is retried.
import { createHash, randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { Annotation, Tag } from '../../common/model/annotation-types'
import type { ThemeDecision } from '../../common/model/theme-decision'
import type { NearDuplicateDismissal } from '../../common/model/near-duplicates'
import type { Link } from '../../common/model/link-types'
import type { CitationDecision } from '../../common/model/documents'
import type { Memo } from '../../common/model/memo'
import type { ArticleCorrection } from '../../common/model/article-correction'
import { LinkMap, type LinkReader } from './link-map'
import { STORE_VERSION, manifestSchema, shardSchema, type Manifest, type Shard } from './store-schemas'
import type { writeFileDurably } from '../storage/write-file-durably'
import { describeWriteError } from './describe-write-error'
import { readStoreFile, type FileReading } from './read-store-file'
import { ShardCounts, type Facet } from './shard-counts'
import { StoreFileWriter } from './store-file-writer'
import { StoreJournal } from './store-journal'
import { takePoint } from './restore-points'
import { ThemeDecisionMap, type ThemeDecisionReader } from './theme-decision-map'
import { MANIFEST, STORE_DIR, shardFile, shardOf, shardOfId, storePath } from './store-layout'

export interface StoreOptions {
  dataDir: string
  coalesceMs?: number
  backupEveryMs?: number
  /** How many backups of each file, and restore points, are kept (a setting); BACKUPS_KEPT by default. */
  backupsKept?: () => number
  /** Never write (a store from a newer version was refused): changes are refused instead. */
  readOnly?: boolean
  now?: () => Date
  /** Injected in tests to simulate a full disk. */
  writeFile?: typeof writeFileDurably
  /** The first journal segment this session appends to (after those replayed at launch). */
  journalSegment?: number
}

export interface StoreStatus {
  unsaved: boolean
  writeError: string | null
}

const RETRY_MS = [1000, 2000, 5000, 10_000, 30_000]

export class AnnotationStore {
  readonly tags = new Map<string, Tag>()
  /** The user's verdicts on reform themes, kept in the manifest like the codebook. Read-only here:
   * a change goes through putThemeDecision or removeThemeDecision, which journal it. */
  themeDecisions!: ThemeDecisionReader
  private decisions!: ThemeDecisionMap
  /** Pairs of articles the user said are not the same story, by pair id; kept in the manifest too. */
  private dismissals!: Map<string, NearDuplicateDismissal>
  /** Typed links between passages, kept in the manifest: few, and each touches two articles' shards. */
  links!: LinkReader
  private linkMap!: LinkMap
  /** The user's verdicts on resolved citations, by `${articleId} ${citation}`; kept in the manifest. */
  private citationVerdicts!: Map<string, CitationDecision>
  /** Memos on whole articles, by article id; kept in the manifest (main/memos/README.md). */
  private memoMap!: Map<string, Memo>
  /** The user's corrections of header fields, by article id; kept in the manifest as memos are. */
  private correctionMap!: Map<string, ArticleCorrection>
  /** Called when the saved/unsaved state or the write error changes. */
  onStatus: ((status: StoreStatus) => void) | null = null
  /** Called when a shard had to be recovered from a backup while loading. */
  onNotice: ((message: string) => void) | null = null
  private readonly shards = new Map<string, Map<string, Annotation>>()
  private readonly loading = new Map<string, Promise<void>>()
  /** Shard files being read by `visitShards` without keeping them: a load meanwhile shares the read. */
  private readonly peeking = new Map<string, Promise<FileReading<Shard>>>()
  private counts!: ShardCounts
  private readonly dirtyShards = new Set<string>()
  private manifestDirty = false
  private timer: NodeJS.Timeout | null = null
  private writing: Promise<void> | null = null
  private failures = 0
  private writeError: string | null = null
  private readonly files: StoreFileWriter
  private journal!: StoreJournal
  /** The journal cut of the manifest on disk (read at launch, then written): see `savedGeneration`. */
  private cut: number | null = null
  private lastPoint = -Infinity

  constructor(
    manifest: Manifest | null,
    private readonly options: StoreOptions
  ) {
    this.adopt(manifest, options.journalSegment ?? 1)
    this.files = new StoreFileWriter({ ...options, now: () => this.now() })
  }

  /**
   * After a restore put other files in place (restore-backup.ts): everything held is forgotten and
   * the manifest read again is adopted; shards load from the new files as they are asked for. The
   * caller has flushed, holds the write (`exclusive`) and has closed the journal.
   */
  reopen(manifest: Manifest | null, journalSegment: number): void {
    this.tags.clear()
    this.shards.clear()
    this.loading.clear()
    this.dirtyShards.clear()
    this.manifestDirty = false
    this.adopt(manifest, journalSegment)
  }

  private adopt(manifest: Manifest | null, journalSegment: number): void {
    for (const tag of manifest?.tags ?? []) this.tags.set(tag.id, tag)
    this.decisions = new ThemeDecisionMap(manifest?.themeDecisions)
    this.themeDecisions = this.decisions
    this.dismissals = new Map((manifest?.nearDuplicateDismissals ?? []).map((dismissal) => [dismissal.id, dismissal]))
    this.linkMap = new LinkMap(manifest?.links)
    this.links = this.linkMap
    this.citationVerdicts = new Map((manifest?.citationDecisions ?? []).map((decision) => [decision.id, decision]))
    this.memoMap = new Map((manifest?.memos ?? []).map((memo) => [memo.articleId, memo]))
    this.correctionMap = new Map((manifest?.corrections ?? []).map((correction) => [correction.articleId, correction]))
    this.counts = new ShardCounts(manifest)
    this.cut = manifest?.journalCut ?? null
    this.journal = new StoreJournal(join(this.options.dataDir, STORE_DIR), journalSegment)
  }

  get readOnly(): boolean {
    return this.options.readOnly === true
  }

  status(): StoreStatus {
    const unsaved =
      this.dirtyShards.size > 0 || this.manifestDirty || this.writing !== null || this.journal.error !== null
    return { unsaved, writeError: this.journal.error ?? this.writeError }
  }

  async ensureArticle(articleId: string): Promise<void> {
    await this.ensureShard(shardOf(articleId))
  }

  async ensureId(id: string): Promise<void> {
    const shard = shardOfId(id)
    if (shard) await this.ensureShard(shard)
  }

  /** Every shard: for codebook actions that touch annotations in all articles. */
  async ensureAll(): Promise<void> {
    await Promise.all(Array.from({ length: 256 }, (_, i) => this.ensureShard(i.toString(16).padStart(2, '0'))))
  }

  /** Every annotation, loading every shard (kept: a user's action may touch any of them next). */
  async all(): Promise<Annotation[]> {
    await this.ensureAll()
    return [...this.shards.values()].flatMap((shard) => [...shard.values()])
  }

  /**
   * Every annotation, one shard at a time, without keeping the shards no one has opened (the notes
   * index's rebuild: all 256 kept would be ~110 MB of the main process). A loaded shard is visited
   * as it is in memory, unsaved changes included; another is read from its file, and is kept only
   * if it had to be recovered from a backup (its file was moved aside: it must be written again).
   */
  async visitShards(visit: (annotations: Annotation[]) => Promise<void> | void): Promise<void> {
    for (let i = 0; i < 256; i++) await visit(await this.peekShard(i.toString(16).padStart(2, '0')))
  }

  annotationsOf(articleId: string): Annotation[] {
    return [...(this.shards.get(shardOf(articleId))?.values() ?? [])].filter(
      (annotation) => annotation.articleId === articleId
    )
  }

  /** Loaded annotations only: call an `ensure…` first. */
  get(id: string): Annotation | undefined {
    const shard = shardOfId(id)
    return shard ? this.shards.get(shard)?.get(id) : undefined
  }

  *loaded(): Iterable<Annotation> {
    for (const shard of this.shards.values()) yield* shard.values()
  }

  newId(articleId: string): string {
    return `n${shardOf(articleId)}${randomBytes(7).toString('hex')}`
  }

  put(annotation: Annotation): void {
    const shard = shardOf(annotation.articleId)
    const annotations = this.shards.get(shard)
    if (!annotations) throw new Error(`shard ${shard} is not loaded`)
    annotations.set(annotation.id, annotation)
    this.recount(shard)
    this.journal.pending.note('annotation', annotation.id)
  }

  remove(id: string): void {
    const shard = shardOfId(id)
    if (shard && this.shards.get(shard)?.delete(id)) {
      this.recount(shard)
      this.journal.pending.note('annotation', id)
    }
  }

  putTag(tag: Tag): void {
    this.tags.set(tag.id, tag)
    this.manifestDirty = true
    this.journal.pending.note('tag', tag.id)
  }

  removeTag(id: string): void {
    this.tags.delete(id)
    this.manifestDirty = true
    this.journal.pending.note('tag', id)
  }

  putThemeDecision(decision: ThemeDecision): void {
    this.decisions.put(decision)
    this.manifestDirty = true
    this.journal.pending.note('themeDecision', decision.id)
  }

  removeThemeDecision(id: string): void {
    if (!this.decisions.remove(id)) return
    this.manifestDirty = true
    this.journal.pending.note('themeDecision', id)
  }

  get nearDuplicateDismissals(): ReadonlyMap<string, NearDuplicateDismissal> {
    return this.dismissals
  }

  putNearDuplicateDismissal(dismissal: NearDuplicateDismissal): void {
    this.dismissals.set(dismissal.id, dismissal)
    this.manifestDirty = true
    this.journal.pending.note('nearDuplicateDismissal', dismissal.id)
  }

  removeNearDuplicateDismissal(id: string): void {
    if (!this.dismissals.delete(id)) return
    this.manifestDirty = true
    this.journal.pending.note('nearDuplicateDismissal', id)
  }

  get citationDecisions(): ReadonlyMap<string, CitationDecision> {
    return this.citationVerdicts
  }

  putCitationDecision(decision: CitationDecision): void {
    this.citationVerdicts.set(decision.id, decision)
    this.manifestDirty = true
    this.journal.pending.note('citationDecision', decision.id)
  }

  removeCitationDecision(id: string): void {
    if (!this.citationVerdicts.delete(id)) return
    this.manifestDirty = true
    this.journal.pending.note('citationDecision', id)
  }

  get memos(): ReadonlyMap<string, Memo> {
    return this.memoMap
  }

  putMemo(memo: Memo): void {
    this.memoMap.set(memo.articleId, memo)
    this.manifestDirty = true
    this.journal.pending.note('memo', memo.articleId)
  }

  removeMemo(articleId: string): void {
    if (!this.memoMap.delete(articleId)) return
    this.manifestDirty = true
    this.journal.pending.note('memo', articleId)
  }

  get corrections(): ReadonlyMap<string, ArticleCorrection> {
    return this.correctionMap
  }

  putCorrection(correction: ArticleCorrection): void {
    this.correctionMap.set(correction.articleId, correction)
    this.manifestDirty = true
    this.journal.pending.note('correction', correction.articleId)
  }

  removeCorrection(articleId: string): void {
    if (!this.correctionMap.delete(articleId)) return
    this.manifestDirty = true
    this.journal.pending.note('correction', articleId)
  }

  putLink(link: Link): void {
    this.linkMap.put(link)
    this.manifestDirty = true
    this.journal.pending.note('link', link.id)
  }

  removeLink(id: string): void {
    if (!this.linkMap.remove(id)) return
    this.manifestDirty = true
    this.journal.pending.note('link', id)
  }

  /**
   * A stamp of what the files on disk hold, for caches built from every annotation (the notes
   * index): the journal cut of the last write (it moves on whenever a write folds journaled
   * actions in) and a digest of the per-article counts (which catch unjournaled rewrites such as a
   * migration). Null while anything is unsaved: the files are not yet what memory holds.
   */
  savedGeneration(): string | null {
    if (this.cut === null || this.status().unsaved) return null
    const counts = [...this.counts.byArticle()].sort(([a], [b]) => (a < b ? -1 : 1))
    return `${this.cut}:${createHash('sha1').update(JSON.stringify(counts)).digest('hex').slice(0, 16)}`
  }

  countFor(articleId: string): number {
    return this.counts.forArticle(shardOf(articleId), articleId)
  }

  countsByArticle(): Map<string, number> {
    return this.counts.byArticle()
  }

  tagUsage(): Record<string, number> {
    return this.counts.byTag()
  }

  /** Each annotated article's colours and tags without reading a shard; null if the manifest lacks them. */
  facetsByArticle(): Map<string, Facet> | null {
    return this.counts.facetsByArticle()
  }

  /** Marks the store changed; the write follows within the coalescing window. Nothing is journaled:
   * for changes that can be lost to a crash (re-anchored selectors, found again on the next open). */
  changed(): void {
    if (this.readOnly) return
    if (this.timer === null && this.writing === null) this.schedule(this.options.coalesceMs ?? 800)
    this.onStatus?.(this.status())
  }

  /** Makes every change so far durable (journal, then fdatasync) before resolving; the shards follow
   * on the coalesced write. Rejects with a StoreWriteError (kept in memory, retried, status set). */
  async commit(): Promise<void> {
    if (this.readOnly) return
    this.changed()
    try {
      await this.journal.commit((pending) =>
        pending.take({
          annotation: (id) => this.get(id),
          tag: (id) => this.tags.get(id),
          themeDecision: (id) => this.themeDecisions.get(id),
          nearDuplicateDismissal: (id) => this.dismissals.get(id),
          link: (id) => this.linkMap.get(id),
          citationDecision: (id) => this.citationVerdicts.get(id),
          memo: (id) => this.memoMap.get(id),
          correction: (id) => this.correctionMap.get(id)
        })
      )
    } finally {
      this.onStatus?.(this.status())
    }
  }

  /** Journal appends and syncs so far (the benchmark reports how well commits are grouped). */
  journalStats(): { appends: number; syncs: number } {
    return this.journal.stats
  }

  /** Writes now if anything is unsaved; resolves once it is on disk (or the write failed). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing
    this.close()
    if (this.dirtyShards.size > 0 || this.manifestDirty) await this.write()
  }

  /** A write even with nothing changed: the journal read at launch is retired once it succeeds. */
  async checkpoint(): Promise<void> {
    if (this.readOnly) return
    this.manifestDirty = true
    await this.flush()
  }

  /** Stops the coalescing timer (call flush first to write what is pending). */
  close(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  /** Runs `body` with no write under way and none starting until it ends (a restore swaps the files). */
  async exclusive<T>(body: () => Promise<T>): Promise<T> {
    await this.flush()
    const running = body()
    this.writing = running.then(
      () => undefined,
      () => undefined
    )
    try {
      return await running
    } finally {
      this.writing = null
    }
  }

  /** Closes the journal file; the store is not used after this (but for `reopen`). */
  async shutDown(): Promise<void> {
    this.close()
    await this.journal.close()
  }

  private async ensureShard(shard: string): Promise<void> {
    if (this.shards.has(shard)) return
    let pending = this.loading.get(shard)
    if (!pending) {
      pending = this.readShard(shard)
      this.loading.set(shard, pending)
    }
    await pending
  }

  private async readShard(shard: string): Promise<void> {
    this.keep(shard, await (this.peeking.get(shard) ?? this.readShardFile(shard)))
  }

  private readShardFile(shard: string): Promise<FileReading<Shard>> {
    const path = storePath(this.options.dataDir, shardFile(shard))
    return readStoreFile<Shard>(path, shardSchema, this.options.dataDir, STORE_VERSION, this.now())
  }

  /** A shard read from its file becomes the one in memory (once: a visit and a load may share a read). */
  private keep(shard: string, reading: FileReading<Shard>): void {
    if (this.shards.has(shard)) return
    for (const notice of reading.notices) this.onNotice?.(notice)
    this.shards.set(shard, new Map((reading.data?.annotations ?? []).map((annotation) => [annotation.id, annotation])))
    if (this.counts.recount(shard, this.shards.get(shard)?.values() ?? [])) this.manifestDirty = true // the cached counts were stale
  }

  private async peekShard(shard: string): Promise<Annotation[]> {
    await this.loading.get(shard)
    const loaded = this.shards.get(shard)
    if (loaded) return [...loaded.values()]
    const read = this.readShardFile(shard)
    this.peeking.set(shard, read)
    const reading = await read.finally(() => this.peeking.delete(shard))
    if (reading.notices.length > 0 || this.shards.has(shard)) {
      this.keep(shard, reading)
      return [...(this.shards.get(shard)?.values() ?? [])]
    }
    const annotations = reading.data?.annotations ?? []
    if (this.counts.recount(shard, annotations)) this.manifestDirty = true
    return annotations
  }

  /** After an edit: the shard must be written, and the manifest's counts with it. */
  private recount(shard: string): void {
    this.counts.recount(shard, this.shards.get(shard)?.values() ?? [])
    this.dirtyShards.add(shard)
    this.manifestDirty = true
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => {
      this.timer = null
      if (this.writing)
        this.schedule(delay) // a flush is writing: never two writes at once
      else void this.write()
    }, delay)
  }

  private write(): Promise<void> {
    const shards = [...this.dirtyShards]
    this.dirtyShards.clear()
    this.manifestDirty = false
    // Every change made so far is in memory now, so in the files written below (each serialised later).
    const fold = this.journal.startFold()
    this.writing = (async () => {
      try {
        await this.restorePointIfDue()
        // Shards first, the manifest last: a crash in between leaves counts stale, never data lost.
        for (const shard of shards) {
          const annotations = [...(this.shards.get(shard)?.values() ?? [])]
          await this.files.write(shardFile(shard), { version: STORE_VERSION, annotations }, shardSchema)
        }
        await this.files.write(MANIFEST, this.manifest(fold.cut), manifestSchema)
        this.cut = fold.cut
        this.failures = 0
        this.writeError = null
        await this.journal.folded(fold)
      } catch (err) {
        // Keep the work: it is still in memory and marked unsaved; say so and try again.
        for (const shard of shards) this.dirtyShards.add(shard)
        this.manifestDirty = true
        const why = describeWriteError(err)
        this.writeError = `Your annotations could not be saved (${why}). They are kept in memory and Crossread keeps retrying.`
        const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)] ?? 30_000
        this.failures += 1
        if (this.timer === null) this.schedule(delay)
      } finally {
        this.writing = null
        if ((this.dirtyShards.size > 0 || this.manifestDirty) && this.timer === null)
          this.schedule(this.options.coalesceMs ?? 800)
        this.onStatus?.(this.status())
      }
    })()
    return this.writing
  }

  /** Before a write replaces any file, on the same schedule as the per-file backups (restore-points.ts). */
  private async restorePointIfDue(): Promise<void> {
    const now = this.now()
    if (now.getTime() - this.lastPoint < (this.options.backupEveryMs ?? 10 * 60_000)) return
    this.lastPoint = now.getTime()
    const kept = this.options.backupsKept?.()
    await takePoint(this.options.dataDir, now, 'scheduled', kept).catch(() => null) // never blocks a save
  }

  private manifest(journalCut: number): Manifest {
    return {
      version: STORE_VERSION,
      tags: [...this.tags.values()],
      themeDecisions: this.themeDecisions.all(),
      nearDuplicateDismissals: [...this.dismissals.values()],
      links: this.linkMap.all(),
      citationDecisions: [...this.citationVerdicts.values()],
      memos: [...this.memoMap.values()],
      corrections: [...this.correctionMap.values()],
      ...this.counts.toManifest(),
      journalCut
    }
  }

  private now(): Date {
    return this.options.now?.() ?? new Date()
  }
}
