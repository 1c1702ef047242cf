// Every annotation and codebook action runs here as a transaction: it records an undoable step,
// publishes the entity diff it applied (an undo's reversed) and commits it to the store's journal;
// the answer waits until it is on disk. Links are one more kind of entity, as theme decisions are.
import { ApiError } from '../../common/errors/api-error'
import type { ArticleAnnotationFacts } from '../../common/api/change-events'
import type { Annotation, Tag } from '../../common/model/annotation-types'
import type { ThemeDecision } from '../../common/model/theme-decision'
import type { NearDuplicateDismissal } from '../../common/model/near-duplicates'
import type { Link } from '../../common/model/link-types'
import type { CitationDecision } from '../../common/model/documents'
import type { Memo } from '../../common/model/memo'
import type { ArticleCorrection } from '../../common/model/article-correction'
import type { AnnotationStore } from '../store/annotation-store'
import { StoreWriteError } from '../store/store-journal'
import type { ArticleFacetIndex } from './article-facets'
import { History, type EntityChange } from './history'
import { Transaction } from './transaction'

/** One action's diff as it was applied (for an undo: the step's diffs reversed, before and after swapped). */
export interface AppliedChanges {
  label: string
  changes: EntityChange[]
  /** The new facts of each article whose annotations changed (its badge and filters). */
  articles: Record<string, ArticleAnnotationFacts>
}

export class UndoableActions {
  private readonly history = new History()
  private readonly listeners = new Set<(applied: AppliedChanges) => void>()

  /** `touched` hears of every annotation an action, undo or redo changes, puts back or removes. */
  constructor(
    private readonly store: AnnotationStore,
    private readonly facetIndex: ArticleFacetIndex,
    private readonly touched: (annotationId: string) => void
  ) {}

  /** Calls `listener` after every action, undo and redo (also one that could not be saved). */
  onChanges(listener: (applied: AppliedChanges) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Runs an action; answers once it is durable. If it cannot be saved it stays done in memory
   * (and undoable), and the caller is told so with the store's message. */
  async run<T>(label: string, body: (tx: Transaction) => T): Promise<T> {
    if (this.store.readOnly)
      throw new ApiError(
        'refused',
        'Annotations are read-only: the store comes from a newer Crossread (see the notice in the library).'
      )
    const tx = new Transaction(this.store)
    let result: T
    try {
      result = body(tx)
    } catch (err) {
      this.put(tx.changes, 'before') // an action that fails half-way leaves nothing behind
      throw err
    }
    for (const change of tx.changes) if (change.kind === 'annotation') this.touched(change.id)
    this.history.record({ label, changes: tx.changes })
    await this.commit(label, tx.changes)
    return result
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

  clearHistory(): void {
    this.history.clear()
  }

  labels(): { undo: string | null; redo: string | null } {
    return this.history.labels()
  }

  private async commit(label: string, changes: EntityChange[]): Promise<void> {
    // Told before the write: what is in memory is what the app shows and searches from now on.
    const articles = this.facetIndex.update(
      new Set(changes.flatMap((change) => (change.kind === 'annotation' ? articleIdsOf(change) : [])))
    )
    for (const listener of this.listeners) listener({ label, changes, articles })
    try {
      await this.store.commit()
    } catch (err) {
      if (err instanceof StoreWriteError) throw new ApiError('failed', err.message)
      throw err
    }
  }

  private async apply(step: { label: string; changes: EntityChange[] }, side: 'before' | 'after'): Promise<void> {
    for (const change of step.changes) if (change.kind === 'annotation') await this.store.ensureId(change.id)
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
        if (value) this.store.put(value as Annotation)
        else this.store.remove(change.id)
        this.touched(change.id)
      } else if (change.kind === 'tag') {
        if (value) this.store.putTag(value as Tag)
        else this.store.removeTag(change.id)
      } else if (change.kind === 'themeDecision') {
        if (value) this.store.putThemeDecision(value as ThemeDecision)
        else this.store.removeThemeDecision(change.id)
      } else if (change.kind === 'citationDecision') {
        if (value) this.store.putCitationDecision(value as CitationDecision)
        else this.store.removeCitationDecision(change.id)
      } else if (change.kind === 'memo') {
        if (value) this.store.putMemo(value as Memo)
        else this.store.removeMemo(change.id)
      } else if (change.kind === 'correction') {
        if (value) this.store.putCorrection(value as ArticleCorrection)
        else this.store.removeCorrection(change.id)
      } else if (change.kind === 'link') {
        if (value) this.store.putLink(value as Link)
        else this.store.removeLink(change.id)
      } else if (value) this.store.putNearDuplicateDismissal(value as NearDuplicateDismissal)
      else this.store.removeNearDuplicateDismissal(change.id)
    }
  }
}

function articleIdsOf(change: EntityChange & { kind: 'annotation' }): string[] {
  return [change.before?.articleId, change.after?.articleId].filter((id): id is string => id !== undefined)
}
