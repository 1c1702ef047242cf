// Which entities changed in memory since they were last made durable (journaled or folded into the
// shards). Only keys are kept: a record is built from the values in memory when it is taken, so a
// burst of edits to one annotation journals its latest value once. Each key remembers the number
// of its latest change, so that a fold can forget exactly the changes it covered.
import type { Annotation, Tag } from '../../common/model/annotation-types'
import type { ThemeDecision } from '../../common/model/theme-decision'
import type { NearDuplicateDismissal } from '../../common/model/near-duplicates'
import type { Link } from '../../common/model/link-types'
import type { CitationDecision } from '../../common/model/documents'
import type { Memo } from '../../common/model/memo'
import type { ArticleCorrection } from '../../common/model/article-correction'
import type { JournalRecord } from './journal-record'
import { JOURNAL_VERSION } from './journal-record'

export type EntityKind =
  | 'annotation'
  | 'tag'
  | 'themeDecision'
  | 'nearDuplicateDismissal'
  | 'link'
  | 'citationDecision'
  | 'memo'
  | 'correction'
/** Each kind's current value by id (undefined once deleted). */
export interface CurrentValues {
  annotation: (id: string) => Annotation | undefined
  tag: (id: string) => Tag | undefined
  themeDecision: (id: string) => ThemeDecision | undefined
  nearDuplicateDismissal: (id: string) => NearDuplicateDismissal | undefined
  link: (id: string) => Link | undefined
  citationDecision: (id: string) => CitationDecision | undefined
  memo: (articleId: string) => Memo | undefined
  correction: (articleId: string) => ArticleCorrection | undefined
}
export type Taken = { record: JournalRecord; keys: [string, number][] }

export class UnjournaledChanges {
  private readonly keys = new Map<string, number>()
  private count = 0

  /** The number of the latest change: a fold that starts now covers every change up to it. */
  get latest(): number {
    return this.count
  }

  note(kind: EntityKind, id: string): void {
    this.keys.delete(`${kind}:${id}`) // re-inserted last: the map stays in change order
    this.keys.set(`${kind}:${id}`, ++this.count)
  }

  /** Every pending change as one record of current values (absent = deleted); null when none. */
  take(current: CurrentValues): Taken | null {
    if (this.keys.size === 0) return null
    const record: JournalRecord = {
      v: JOURNAL_VERSION,
      annotations: [],
      deletedAnnotations: [],
      tags: [],
      deletedTags: [],
      themeDecisions: [],
      deletedThemeDecisions: [],
      nearDuplicateDismissals: [],
      deletedNearDuplicateDismissals: [],
      links: [],
      deletedLinks: [],
      citationDecisions: [],
      deletedCitationDecisions: [],
      memos: [],
      deletedMemos: [],
      corrections: [],
      deletedCorrections: []
    }
    for (const key of this.keys.keys()) {
      const colon = key.indexOf(':') // kinds hold no colon; ids may
      const kind = key.slice(0, colon) as EntityKind
      const id = key.slice(colon + 1)
      if (kind === 'annotation') putOrDelete(current.annotation(id), id, record.annotations, record.deletedAnnotations)
      else if (kind === 'tag') putOrDelete(current.tag(id), id, record.tags, record.deletedTags)
      else if (kind === 'themeDecision')
        putOrDelete(current.themeDecision(id), id, record.themeDecisions, record.deletedThemeDecisions)
      else if (kind === 'link') putOrDelete(current.link(id), id, record.links, record.deletedLinks)
      else if (kind === 'memo') putOrDelete(current.memo(id), id, record.memos, record.deletedMemos)
      else if (kind === 'correction')
        putOrDelete(current.correction(id), id, record.corrections, record.deletedCorrections)
      else if (kind === 'citationDecision')
        putOrDelete(current.citationDecision(id), id, record.citationDecisions, record.deletedCitationDecisions)
      else
        putOrDelete(
          current.nearDuplicateDismissal(id),
          id,
          record.nearDuplicateDismissals,
          record.deletedNearDuplicateDismissals
        )
    }
    const keys = [...this.keys]
    this.keys.clear()
    return { record, keys }
  }

  /** After a failed append: the changes are pending again, unless changed since (then already are). */
  giveBack(keys: [string, number][]): void {
    for (const [key, n] of keys) if (!this.keys.has(key)) this.keys.set(key, n)
  }

  /** After a fold that started at change `upTo` is durable: its changes need no journal. */
  forgetUpTo(upTo: number): void {
    for (const [key, n] of this.keys) if (n <= upTo) this.keys.delete(key)
  }

  /** True while some change numbered `upTo` or earlier is durable nowhere. */
  hasUpTo(upTo: number): boolean {
    for (const n of this.keys.values()) if (n <= upTo) return true
    return false
  }
}

function putOrDelete<T>(value: T | undefined, id: string, values: T[], deleted: string[]): void {
  if (value) values.push(value)
  else deleted.push(id)
}
