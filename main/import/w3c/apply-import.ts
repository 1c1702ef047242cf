// The second half of an import, inside the one undoable transaction: ids merge with what the store
// has. An annotation or link already here is updated only when the file's `modified` is newer
// (else it counts as unchanged and ours is kept); a tag is found by name or created with its parents.
import type { Annotation } from '../../../common/model/annotation-types'
import type { ImportSummary } from '../../../common/model/export'
import { themeDecisionId } from '../../../common/model/theme-decision'
import { MEMO_MAX } from '../../../common/model/memo'
import type { Transaction } from '../../annotations/transaction'
import type { PlannedItem } from './plan-import'
import { ensureTagPath } from './ensure-tag-path'

export interface ApplyContext {
  now: string
  /** Who a verdict without a creator is attributed to. */
  userName: string
}

type Summary = Omit<ImportSummary, 'format'>
type Planned<K extends PlannedItem['kind']> = Extract<PlannedItem, { kind: K }>

export function applyImport(tx: Transaction, plan: PlannedItem[], context: ApplyContext): Summary {
  const summary: Summary = { added: 0, updated: 0, unchanged: 0, tagsAdded: 0, themeDecisions: 0, orphaned: [] }
  for (const planned of plan) {
    if (planned.kind === 'orphan') summary.orphaned.push(planned.orphan)
    else if (planned.kind === 'highlight') applyHighlight(tx, planned, context, summary)
    else if (planned.kind === 'link') applyLink(tx, planned, context, summary)
    else if (planned.kind === 'memo') applyMemo(tx, planned, context, summary)
    else applyTheme(tx, planned, context, summary)
  }
  return summary
}

/** Counts the item and says whether to write it: new, or newer in the file than here. */
function merge(summary: Summary, existing: { modified: string } | undefined, modified: string | null): boolean {
  const write = !existing || isNewer(modified, existing.modified)
  summary[!existing ? 'added' : write ? 'updated' : 'unchanged']++
  return write
}

/** A file time newer than ours; a file without one never is. */
const isNewer = (file: string | null, ours: string): boolean => file !== null && Date.parse(file) > Date.parse(ours)

function applyHighlight(tx: Transaction, planned: Planned<'highlight'>, context: ApplyContext, summary: Summary): void {
  const { id, articleId, placement, item } = planned
  if (!placement.placed) {
    const reason = 'its quote is not in the article’s text (kept as an orphan to re-attach)'
    summary.orphaned.push({ id: item.fileId, quote: item.passage.quote.exact, reason })
  }
  const existing = tx.store.get(id)
  if (!merge(summary, existing, item.modified)) return
  const tags = item.tags.map((tag) => ensureTagPath(tx, tag.path, context.now, () => summary.tagsAdded++).id)
  const annotation: Annotation = {
    id,
    articleId,
    // A passage placed before stays where it was rather than become an orphan.
    target: placement.placed || !existing ? placement.target : existing.target,
    color: item.color,
    tags: [...new Set(tags)],
    note: item.note,
    created: existing?.created ?? item.created ?? context.now,
    modified: item.modified ?? context.now
  }
  tx.putAnnotation(annotation)
}

function applyLink(tx: Transaction, planned: Planned<'link'>, context: ApplyContext, summary: Summary): void {
  const { id, ends, orphan, item } = planned
  const existing = tx.store.links.get(id)
  if (!ends) {
    // Not placed here, but a link already in the store with that id is the same link.
    if (existing) summary.unchanged++
    else if (orphan) summary.orphaned.push(orphan)
    return
  }
  if (!merge(summary, existing, item.modified)) return
  const created = existing?.created ?? item.created ?? context.now
  tx.putLink({ id, kind: item.linkKind, note: item.note, ends, created, modified: item.modified ?? context.now })
}

/**
 * Our memo replaces the one here when the file's is newer; another tool's page note is added to
 * the memo (an article may have several, Crossread one memo), unless the memo already holds it.
 */
function applyMemo(tx: Transaction, planned: Planned<'memo'>, context: ApplyContext, summary: Summary): void {
  const { articleId, item } = planned
  const existing = tx.store.memos.get(articleId)
  const text = item.own || !existing ? item.text : joinNotes(existing.text, item.text)
  if (existing && (existing.text === text || (!item.own && existing.text.includes(item.text)))) {
    summary.unchanged++
    return
  }
  if (text.length > MEMO_MAX) {
    summary.orphaned.push({
      id: item.fileId,
      quote: '',
      reason: 'the article’s memo would pass the longest a memo may be'
    })
    return
  }
  if (item.own) {
    if (!merge(summary, existing, item.modified)) return
  } else summary[existing ? 'updated' : 'added']++
  const created = existing?.created ?? item.created ?? context.now
  tx.putMemo({ articleId, text, created, modified: item.own ? (item.modified ?? context.now) : context.now })
}

const joinNotes = (memo: string, note: string): string => `${memo.trimEnd()}\n\n${note}`

/** A verdict the article has already is left as it was decided; a different one wins if newer. */
function applyTheme(tx: Transaction, planned: Planned<'theme'>, context: ApplyContext, summary: Summary): void {
  const { articleId, item } = planned
  const id = themeDecisionId(articleId, item.themeId)
  const existing = tx.store.themeDecisions.get(id)
  if (existing && (existing.verdict === item.verdict || !isNewer(item.modified, existing.at))) return
  tx.putThemeDecision({
    id,
    articleId,
    themeId: item.themeId,
    verdict: item.verdict,
    by: item.by || context.userName,
    at: item.modified ?? context.now,
    suggestion: existing?.suggestion ?? null
  })
  summary.themeDecisions++
}
