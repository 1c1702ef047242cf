// Undo and redo for every annotation, codebook and theme review action, as entity diffs: each step
// records the annotations, tags, theme decisions and near-duplicate dismissals it touched, before and after. Undo puts the
// befores back, redo the afters.
import type { Annotation, Tag } from '../../common/model/annotation-types'
import type { ThemeDecision } from '../../common/model/theme-decision'
import type { NearDuplicateDismissal } from '../../common/model/near-duplicates'
import type { Link } from '../../common/model/link-types'
import type { CitationDecision } from '../../common/model/documents'
import type { Memo } from '../../common/model/memo'
import type { ArticleCorrection } from '../../common/model/article-correction'

export type EntityChange =
  | { kind: 'annotation'; id: string; before: Annotation | null; after: Annotation | null }
  | { kind: 'tag'; id: string; before: Tag | null; after: Tag | null }
  | { kind: 'themeDecision'; id: string; before: ThemeDecision | null; after: ThemeDecision | null }
  | {
      kind: 'nearDuplicateDismissal'
      id: string
      before: NearDuplicateDismissal | null
      after: NearDuplicateDismissal | null
    }
  | { kind: 'link'; id: string; before: Link | null; after: Link | null }
  | { kind: 'citationDecision'; id: string; before: CitationDecision | null; after: CitationDecision | null }
  /** A memo's id is its article's. */
  | { kind: 'memo'; id: string; before: Memo | null; after: Memo | null }
  /** A header correction's id is its article's. */
  | { kind: 'correction'; id: string; before: ArticleCorrection | null; after: ArticleCorrection | null }

export interface HistoryStep {
  label: string
  changes: EntityChange[]
}

const LIMIT = 500

export class History {
  private done: HistoryStep[] = []
  private undone: HistoryStep[] = []

  record(step: HistoryStep): void {
    if (step.changes.length === 0) return
    this.done.push(step)
    if (this.done.length > LIMIT) this.done.shift()
    this.undone = []
  }

  /** The step to undo, moved to the redo list; the caller applies its `before`s. */
  takeUndo(): HistoryStep | null {
    const step = this.done.pop() ?? null
    if (step) this.undone.push(step)
    return step
  }

  takeRedo(): HistoryStep | null {
    const step = this.undone.pop() ?? null
    if (step) this.done.push(step)
    return step
  }

  clear(): void {
    this.done = []
    this.undone = []
  }

  labels(): { undo: string | null; redo: string | null } {
    return { undo: this.done.at(-1)?.label ?? null, redo: this.undone.at(-1)?.label ?? null }
  }
}
