// What a researcher does with annotations and the codebook, as transactions: each records an
// undoable step, commits it to the store's journal (the answer waits until it is on disk) and
// publishes the entity diff it applied (an undo's reversed), for the UI and the search index.
import { createHash } from 'node:crypto'
import { codePointOffsets, describeRange, reanchor, type CodePointOffsets } from '../anchoring'
import { ApiError } from '../../common/errors/api-error'
import { articleText } from '../../common/text/article-text'
import type { Article } from '../../common/model/article-types'
import type { AnnotationStore } from '../store/annotation-store'
import { StoreWriteError } from '../store/store-journal'
import type { ArticleAnnotationFacts } from '../../common/api/change-events'
import type { Annotation, AnnotationView, HighlightColor, Tag } from '../../common/model/annotation-types'
import { ArticleFacetIndex } from './article-facets'
import { History, type EntityChange } from './history'
import { Transaction } from './transaction'
import * as codebook from './codebook'
import type { SearchableAnnotation } from '../search/annotation-index'
import type { ArticleFacets } from '../../common/model/search-types'

export interface AnnotationDeps {
  store: AnnotationStore
  loadArticle: (id: string) => Promise<Article | undefined>
  now?: () => Date
}

/** One action's diff as it was applied (for an undo: the step's diffs reversed, before and after swapped). */
export interface AppliedChanges {
  label: string
  changes: EntityChange[]
  /** The new facts of each article whose annotations changed (its badge and filters). */
  articles: Record<string, ArticleAnnotationFacts>
}

/** About five shards at 100,000 annotations: few messages to the search workers, each small. */
const SEARCHABLE_BATCH = 2000

export const textHashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16)

export class AnnotationService {
  private readonly history = new History()
  /** Fuzzy anchors found this session, by annotation id and text hash: not written back. */
  private readonly anchors = new Map<string, { textHash: string; anchor: AnnotationView['anchor'] }>()
  private readonly facetIndex: ArticleFacetIndex
  private readonly listeners = new Set<(applied: AppliedChanges) => void>()

  constructor(private readonly deps: AnnotationDeps) {
    this.facetIndex = new ArticleFacetIndex(deps.store)
  }

  /** Calls `listener` after every action, undo and redo (also one that could not be saved). */
  onChanges(listener: (applied: AppliedChanges) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  countsByArticle(): Map<string, number> {
    return this.deps.store.countsByArticle()
  }

  /**
   * Every note and highlighted quote, for the search index, in batches of a few shards: the store
   * keeps none it did not hold already, and no one list of all of them is ever built.
   */
  async visitSearchable(visit: (batch: SearchableAnnotation[]) => Promise<void>): Promise<void> {
    let batch: SearchableAnnotation[] = []
    await this.deps.store.visitShards(async (annotations) => {
      for (const annotation of annotations)
        batch.push({
          id: annotation.id,
          articleId: annotation.articleId,
          note: annotation.note,
          quote: annotation.target.quote.exact
        })
      if (batch.length < SEARCHABLE_BATCH) return
      const full = batch
      batch = []
      await visit(full)
    })
    if (batch.length > 0) await visit(batch)
  }

  /** Per article, the colours and tag ids its annotations use (for the library's filters). */
  facets(): Promise<ArticleFacets> {
    return this.facetIndex.all()
  }

  /** The article's annotations, each anchored in its current text (or an orphan), in text order. */
  async list(articleId: string): Promise<AnnotationView[]> {
    const text = await this.textOf(articleId)
    await this.deps.store.ensureArticle(articleId)
    const hash = textHashOf(text)
    const offsets = codePointOffsets(text) // once per text: an article may carry a thousand annotations
    const views: AnnotationView[] = []
    const moved: Annotation[] = []
    for (const annotation of this.deps.store.annotationsOf(articleId)) {
      const view = this.anchor(annotation, text, hash, offsets)
      views.push(view)
      // An exact quote found again is lossless: store its new selectors so it need not be searched again.
      if (view.anchor.status === 'moved')
        moved.push({
          ...annotation,
          target: { ...describeRange(text, view.anchor.start, view.anchor.end), textHash: hash }
        })
    }
    if (moved.length > 0) {
      if (!this.deps.store.readOnly) {
        for (const annotation of moved) this.deps.store.put(annotation)
        this.deps.store.changed()
      }
    }
    const position = (view: AnnotationView) =>
      view.anchor.status === 'orphan' ? Number.MAX_SAFE_INTEGER : view.anchor.start
    return views.sort((a, b) => position(a) - position(b) || a.created.localeCompare(b.created))
  }

  async create(input: {
    articleId: string
    start: number
    end: number
    color: HighlightColor
    tags: string[]
    newTags: string[]
    note: string
  }): Promise<AnnotationView> {
    const text = await this.textOf(input.articleId)
    checkRange(text, input.start, input.end)
    await this.deps.store.ensureArticle(input.articleId)
    const now = this.now()
    return this.transact('highlight', (tx) => {
      const tags = [
        ...input.tags.filter((id) => this.deps.store.tags.has(id)),
        ...input.newTags.map((name) => codebook.ensureTag(tx, name, now).id)
      ]
      const annotation: Annotation = {
        id: this.deps.store.newId(input.articleId),
        articleId: input.articleId,
        target: { ...describeRange(text, input.start, input.end), textHash: textHashOf(text) },
        color: input.color,
        tags: [...new Set(tags)],
        note: input.note,
        created: now,
        modified: now
      }
      tx.putAnnotation(annotation)
      return { ...annotation, anchor: { status: 'exact', start: input.start, end: input.end } }
    })
  }

  async update(input: {
    id: string
    color?: HighlightColor
    tags?: string[]
    newTags?: string[]
    note?: string
  }): Promise<Annotation> {
    await this.deps.store.ensureId(input.id)
    const now = this.now()
    return this.transact('edit annotation', (tx) => {
      const annotation = this.existing(input.id)
      const tags =
        input.tags === undefined && input.newTags === undefined
          ? annotation.tags
          : [
              ...(input.tags ?? annotation.tags).filter((id) => this.deps.store.tags.has(id)),
              ...(input.newTags ?? []).map((name) => codebook.ensureTag(tx, name, now).id)
            ]
      const updated = {
        ...annotation,
        color: input.color ?? annotation.color,
        note: input.note ?? annotation.note,
        tags: [...new Set(tags)],
        modified: now
      }
      tx.putAnnotation(updated)
      return updated
    })
  }

  async remove(id: string): Promise<void> {
    await this.deps.store.ensureId(id)
    await this.transact('delete annotation', (tx) => tx.deleteAnnotation(this.existing(id).id))
  }

  /** An orphan (or any annotation) pinned to a new passage the user selected. */
  async reattach(input: { id: string; start: number; end: number }): Promise<Annotation> {
    await this.deps.store.ensureId(input.id)
    const annotation = this.existing(input.id)
    const text = await this.textOf(annotation.articleId)
    checkRange(text, input.start, input.end)
    const now = this.now()
    return this.transact('re-attach annotation', (tx) => {
      const updated = {
        ...annotation,
        target: { ...describeRange(text, input.start, input.end), textHash: textHashOf(text) },
        modified: now
      }
      tx.putAnnotation(updated)
      this.anchors.delete(annotation.id)
      return updated
    })
  }

  tags(): Tag[] {
    return [...this.deps.store.tags.values()].sort((a, b) => a.name.localeCompare(b.name, 'th'))
  }

  tagUsage(): Record<string, number> {
    return this.deps.store.tagUsage()
  }

  createTag(input: { name: string; color?: string; description?: string; parentId?: string | null }): Promise<Tag> {
    return this.transact('create tag', (tx) => codebook.createTag(tx, input, this.now()))
  }

  updateTag(input: {
    id: string
    name?: string
    color?: string
    description?: string
    parentId?: string | null
  }): Promise<Tag> {
    return this.transact('edit tag', (tx) => codebook.updateTag(tx, input))
  }

  async mergeTags(input: { from: string; into: string }): Promise<Tag> {
    await this.deps.store.ensureAll()
    return this.transact('merge tags', (tx) => codebook.mergeTags(tx, input.from, input.into, this.now()))
  }

  async deleteTag(id: string): Promise<void> {
    await this.deps.store.ensureAll()
    await this.transact('delete tag', (tx) => codebook.deleteTag(tx, id, this.now()))
  }

  async undo(): Promise<{ undone: string | null }> {
    const step = this.history.takeUndo()
    if (step) await this.apply(step, 'before')
    return { undone: step?.label ?? null }
  }

  async redo(): Promise<{ redone: string | null }> {
    const step = this.history.takeRedo()
    if (step) await this.apply(step, 'after')
    return { redone: step?.label ?? null }
  }

  historyLabels(): { undo: string | null; redo: string | null } {
    return this.history.labels()
  }

  /** Runs an action; answers once it is durable. If it cannot be saved it stays done in memory
   * (and undoable), and the caller is told so with the store's message. */
  private async transact<T>(label: string, body: (tx: Transaction) => T): Promise<T> {
    if (this.deps.store.readOnly)
      throw new ApiError(
        'refused',
        'Annotations are read-only: the store comes from a newer Crossread (see the notice in the library).'
      )
    const tx = new Transaction(this.deps.store)
    let result: T
    try {
      result = body(tx)
    } catch (err) {
      this.revert(tx.changes) // an action that fails half-way leaves nothing behind
      throw err
    }
    this.history.record({ label, changes: tx.changes })
    await this.commit(label, tx.changes)
    return result
  }

  private async commit(label: string, changes: EntityChange[]): Promise<void> {
    // Told before the write: what is in memory is what the app shows and searches from now on.
    const articles = this.facetIndex.update(
      new Set(changes.flatMap((change) => (change.kind === 'annotation' ? articleIdsOf(change) : [])))
    )
    for (const listener of this.listeners) listener({ label, changes, articles })
    try {
      await this.deps.store.commit()
    } catch (err) {
      if (err instanceof StoreWriteError) throw new ApiError('failed', err.message)
      throw err
    }
  }

  private revert(changes: EntityChange[]): void {
    this.put(changes, 'before')
  }

  private async apply(step: { label: string; changes: EntityChange[] }, side: 'before' | 'after'): Promise<void> {
    for (const change of step.changes) if (change.kind === 'annotation') await this.deps.store.ensureId(change.id)
    this.put(step.changes, side)
    const applied =
      side === 'after'
        ? step.changes
        : [...step.changes]
            .reverse()
            .map((change) => ({ ...change, before: change.after, after: change.before }) as EntityChange)
    await this.commit(step.label, applied)
  }

  private put(changes: EntityChange[], side: 'before' | 'after'): void {
    for (const change of side === 'before' ? [...changes].reverse() : changes) {
      const value = change[side]
      if (change.kind === 'annotation') {
        if (value) this.deps.store.put(value as Annotation)
        else this.deps.store.remove(change.id)
        this.anchors.delete(change.id)
      } else if (value) this.deps.store.putTag(value as Tag)
      else this.deps.store.removeTag(change.id)
    }
  }

  private anchor(annotation: Annotation, text: string, hash: string, offsets: CodePointOffsets): AnnotationView {
    const { quote, position } = annotation.target
    // Stored positions count code points (W3C); the reader works in UTF-16 offsets.
    if (annotation.target.textHash === hash)
      return {
        ...annotation,
        anchor: { status: 'exact', start: offsets.toUtf16(position.start), end: offsets.toUtf16(position.end) }
      }
    const cached = this.anchors.get(annotation.id)
    if (cached?.textHash === hash) return { ...annotation, anchor: cached.anchor }
    const found = reanchor(text, { quote, position })
    const anchor: AnnotationView['anchor'] =
      found.status === 'orphan' ? { status: 'orphan' } : { status: found.status, start: found.start, end: found.end }
    this.anchors.set(annotation.id, { textHash: hash, anchor })
    return { ...annotation, anchor }
  }

  private existing(id: string): Annotation {
    const annotation = this.deps.store.get(id)
    if (!annotation)
      throw new ApiError('not-found', 'That annotation no longer exists (it may have been deleted or undone).')
    return annotation
  }

  private async textOf(articleId: string): Promise<string> {
    const article = await this.deps.loadArticle(articleId)
    if (!article) throw new ApiError('not-found', 'That article is no longer in the library.')
    return articleText(article.blocks)
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString()
  }
}

function checkRange(text: string, start: number, end: number): void {
  if (!(start >= 0 && end > start && end <= text.length))
    throw new ApiError('invalid-input', 'The selection is outside the article’s text.')
}

function articleIdsOf(change: EntityChange & { kind: 'annotation' }): string[] {
  return [change.before?.articleId, change.after?.articleId].filter((id): id is string => id !== undefined)
}
