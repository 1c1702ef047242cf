// The documents list's three orders. Codes sort by kind, issuer, then number as a number (`5-CT`
// before `18-NQ` within its kind), since the list is read as a register, not as strings.
import type { DocumentEntry, DocumentSort } from '../../common/model/documents'

const byCode = (a: DocumentEntry, b: DocumentEntry): number =>
  a.kind.localeCompare(b.kind) ||
  (a.issuer ?? '').localeCompare(b.issuer ?? '') ||
  (parseInt(a.number, 10) || 0) - (parseInt(b.number, 10) || 0) ||
  (a.date ?? '').localeCompare(b.date ?? '') ||
  a.id.localeCompare(b.id)

const newest = (a: DocumentEntry, b: DocumentEntry): number =>
  a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1

const ORDERS: Record<DocumentSort, (a: DocumentEntry, b: DocumentEntry) => number> = {
  'most-cited': (a, b) => b.articles - a.articles || newest(a, b) || byCode(a, b),
  newest: (a, b) => newest(a, b) || b.articles - a.articles || byCode(a, b),
  code: byCode
}

export function sortDocuments(entries: Iterable<DocumentEntry>, sort: DocumentSort): DocumentEntry[] {
  return [...entries].sort(ORDERS[sort])
}
