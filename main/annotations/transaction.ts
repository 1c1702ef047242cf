// The changes one user action makes, recorded as it makes them (the first `before` of an entity
// wins, so an entity touched twice still undoes to its state before the action). The shards an
// action touches must be loaded before it runs.
import type { AnnotationStore } from '../store/annotation-store'
import type { Annotation, Tag } from '../../common/model/annotation-types'
import type { ThemeDecision } from '../../common/model/theme-decision'
import type { NearDuplicateDismissal } from '../../common/model/near-duplicates'
import type { Link } from '../../common/model/link-types'
import type { CitationDecision } from '../../common/model/documents'
import type { Memo } from '../../common/model/memo'
import type { ArticleCorrection } from '../../common/model/article-correction'
import type { EntityChange } from './history'

export class Transaction {
  readonly changes: EntityChange[] = []

  constructor(readonly store: AnnotationStore) {}

  putAnnotation(annotation: Annotation): void {
    this.note('annotation', annotation.id, this.store.get(annotation.id) ?? null, annotation)
    this.store.put(annotation)
  }

  deleteAnnotation(id: string): void {
    this.note('annotation', id, this.store.get(id) ?? null, null)
    this.store.remove(id)
  }

  putTag(tag: Tag): void {
    this.note('tag', tag.id, this.store.tags.get(tag.id) ?? null, tag)
    this.store.putTag(tag)
  }

  deleteTag(id: string): void {
    this.note('tag', id, this.store.tags.get(id) ?? null, null)
    this.store.removeTag(id)
  }

  putThemeDecision(decision: ThemeDecision): void {
    this.note('themeDecision', decision.id, this.store.themeDecisions.get(decision.id) ?? null, decision)
    this.store.putThemeDecision(decision)
  }

  deleteThemeDecision(id: string): void {
    this.note('themeDecision', id, this.store.themeDecisions.get(id) ?? null, null)
    this.store.removeThemeDecision(id)
  }

  putNearDuplicateDismissal(dismissal: NearDuplicateDismissal): void {
    const before = this.store.nearDuplicateDismissals.get(dismissal.id) ?? null
    this.note('nearDuplicateDismissal', dismissal.id, before, dismissal)
    this.store.putNearDuplicateDismissal(dismissal)
  }

  deleteNearDuplicateDismissal(id: string): void {
    this.note('nearDuplicateDismissal', id, this.store.nearDuplicateDismissals.get(id) ?? null, null)
    this.store.removeNearDuplicateDismissal(id)
  }

  putLink(link: Link): void {
    this.note('link', link.id, this.store.links.get(link.id) ?? null, link)
    this.store.putLink(link)
  }

  deleteLink(id: string): void {
    this.note('link', id, this.store.links.get(id) ?? null, null)
    this.store.removeLink(id)
  }

  putCitationDecision(decision: CitationDecision): void {
    this.note('citationDecision', decision.id, this.store.citationDecisions.get(decision.id) ?? null, decision)
    this.store.putCitationDecision(decision)
  }

  deleteCitationDecision(id: string): void {
    this.note('citationDecision', id, this.store.citationDecisions.get(id) ?? null, null)
    this.store.removeCitationDecision(id)
  }

  putMemo(memo: Memo): void {
    this.note('memo', memo.articleId, this.store.memos.get(memo.articleId) ?? null, memo)
    this.store.putMemo(memo)
  }

  deleteMemo(articleId: string): void {
    this.note('memo', articleId, this.store.memos.get(articleId) ?? null, null)
    this.store.removeMemo(articleId)
  }

  putCorrection(correction: ArticleCorrection): void {
    const before = this.store.corrections.get(correction.articleId) ?? null
    this.note('correction', correction.articleId, before, correction)
    this.store.putCorrection(correction)
  }

  deleteCorrection(articleId: string): void {
    this.note('correction', articleId, this.store.corrections.get(articleId) ?? null, null)
    this.store.removeCorrection(articleId)
  }

  private note<Kind extends EntityChange['kind']>(
    kind: Kind,
    id: string,
    before: (EntityChange & { kind: Kind })['before'],
    after: (EntityChange & { kind: Kind })['after']
  ): void {
    const earlier = this.changes.find((change) => change.kind === kind && change.id === id)
    if (earlier) earlier.after = after as never
    else this.changes.push({ kind, id, before, after } as EntityChange)
  }
}
