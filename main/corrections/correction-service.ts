// What a researcher does with a header the parser got wrong: set a field (title, outlet, date,
// source address) or clear it back to the parser's reading. Each change is one undoable, journaled
// transaction of the annotation store, as memos are (main/memos), so Ctrl+Z takes it back and the
// backups carry it; the user's file is never touched, so a re-parse cannot lose it.
import { ApiError } from '../../common/errors/api-error'
import {
  checkCorrection,
  FIELD_LABELS,
  type ArticleCorrection,
  type CorrectableField
} from '../../common/model/article-correction'
import type { ArticleSummary } from '../../common/model/article-types'
import type { AnnotationStore } from '../store/annotation-store'
import type { Transaction } from '../annotations/transaction'

export interface CorrectionDeps {
  store: Pick<AnnotationStore, 'corrections'>
  /** Runs a body as one undoable, journaled action (UndoableActions.run). */
  run: <T>(label: string, body: (tx: Transaction) => T) => Promise<T>
  /** The article's summary as the library lists it (with its corrections); undefined once it is gone. */
  summaryOf: (id: string) => ArticleSummary | undefined
  user: () => string
  now: () => string
}

export interface CorrectionInput {
  id: string
  field: CorrectableField
  /** Null or blank: back to the parser's reading. */
  value: string | null
}

export class CorrectionService {
  constructor(private readonly deps: CorrectionDeps) {}

  /** Looks an article's corrections up (for apply-corrections.ts). */
  readonly lookup = (articleId: string): ArticleCorrection | undefined => this.deps.store.corrections.get(articleId)

  /** Sets or clears one field; answers the article's summary as the user now sees it. */
  async correct({ id, field, value }: CorrectionInput): Promise<ArticleSummary> {
    const gone = () => new ApiError('not-found', 'That article is no longer in the library.')
    if (!this.deps.summaryOf(id)) throw gone()
    const existing = this.lookup(id)
    const clearing = value === null || value.trim() === ''
    const checked = clearing ? null : checkCorrection(field, value)
    if (checked && !checked.ok) throw new ApiError('invalid-input', checked.problem)
    const wanted = checked?.value ?? null
    const label = `${clearing ? 'restore' : 'correct'} ${FIELD_LABELS[field]}`
    // Nothing to change (the same value, or clearing what was never set): no undo step for nothing.
    if ((existing?.fields[field]?.value ?? null) !== wanted) {
      await this.deps.run(label, (tx) => {
        const before = this.lookup(id) // read again: another write may have landed
        const fields = { ...before?.fields }
        if (wanted === null) delete fields[field]
        else fields[field] = { value: wanted, by: this.deps.user(), at: this.deps.now() }
        if (Object.keys(fields).length === 0) tx.deleteCorrection(id)
        else tx.putCorrection({ articleId: id, fields })
      })
    }
    const now = this.deps.summaryOf(id)
    if (!now) throw gone() // left the library meanwhile
    return now
  }

  /** Every correction, for tests and the command line. */
  all(): ArticleCorrection[] {
    return [...this.deps.store.corrections.values()]
  }
}
