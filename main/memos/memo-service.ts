// What a researcher does with a memo on a whole article: read it, write it, empty it (which deletes
// it). Each write is one undoable, journaled transaction of the annotation store, answered once
// durable; a write that cannot be saved stays in memory and the answer says so (UndoableActions).
import { ApiError } from '../../common/errors/api-error'
import { isEmptyMemo, memoFirstLine, type Memo, type MemoMarks } from '../../common/model/memo'
import type { Article } from '../../common/model/article-types'
import type { AnnotationStore } from '../store/annotation-store'
import type { Transaction } from '../annotations/transaction'

export interface MemoDeps {
  store: Pick<AnnotationStore, 'memos'>
  /** Runs a body as one undoable, journaled action (UndoableActions.run). */
  run: <T>(label: string, body: (tx: Transaction) => T) => Promise<T>
  loadArticle: (id: string) => Promise<Article | undefined>
  now: () => string
}

/** The undo stack's names for memo actions ("Undo edit memo"). */
export const MEMO_LABELS = { edit: 'edit memo', delete: 'delete memo' } as const

export class MemoService {
  constructor(private readonly deps: MemoDeps) {}

  get(articleId: string): Memo | null {
    return this.deps.store.memos.get(articleId) ?? null
  }

  /** Writes the article's memo; empty text deletes it. Null once there is no memo. */
  async set(input: { articleId: string; text: string }): Promise<Memo | null> {
    const existing = this.get(input.articleId)
    if (isEmptyMemo(input.text)) {
      if (!existing) return null // nothing to delete: no undo step for nothing
      await this.deps.run(MEMO_LABELS.delete, (tx) => tx.deleteMemo(input.articleId))
      return null
    }
    if (existing?.text === input.text) return existing
    // A new memo goes on an article of the library; an existing one is kept even once its article left.
    if (!existing && !(await this.deps.loadArticle(input.articleId)))
      throw new ApiError('not-found', 'That article is no longer in the library.')
    return this.deps.run(MEMO_LABELS.edit, (tx) => {
      const now = this.deps.now()
      const before = this.deps.store.memos.get(input.articleId) // read again: another write may have landed
      const memo: Memo = {
        articleId: input.articleId,
        text: input.text,
        created: before?.created ?? now,
        modified: now
      }
      tx.putMemo(memo)
      return memo
    })
  }

  /** Each memo's first line by article: small, for the library's marks and its filter. */
  marks(): MemoMarks {
    const marks: MemoMarks = {}
    for (const memo of this.deps.store.memos.values()) marks[memo.articleId] = memoFirstLine(memo.text)
    return marks
  }

  /** Every memo, for the notes index's rebuild. */
  all(): Memo[] {
    return [...this.deps.store.memos.values()]
  }
}
