// After the domain word list changed (at launch against the list a saved index was cut with, or
// live when the user keeps a word): the documents and notes cut with a word that was added or
// removed. Only those are indexed again; every other keeps its postings, since its text holds no
// changed word and is cut exactly as before (main/lexicon/word-list-change.ts).
import { touchedBy, type WordListChange } from '../lexicon/word-list-change'
import type { AnnotationIndex } from './annotation-index'
import type { ShardIndex } from './shard-index'

/**
 * The hash a stale document is given: no article has it, so the next sync (plan-sync.ts) reads and
 * indexes it again, and a shard saved before then records it as stale too.
 */
export const STALE_HASH = 'stale'

/** Marks the documents whose kept text holds a changed word (or cannot be read); their ids. */
export function markStaleDocuments(index: ShardIndex, change: WordListChange): string[] {
  const touches = touchedBy(change)
  const stale: string[] = []
  for (const [id, document] of index.documents) {
    if (document.hash === STALE_HASH) continue
    const span = index.spans.get(id)
    // A document without its kept text (none, or unreadable) is read again: its words cannot be checked.
    const text = span && index.texts ? index.texts.rawText(span) : null
    if (text && !touches(text)) continue
    index.documents.set(id, { ...document, hash: STALE_HASH })
    stale.push(id)
  }
  return stale
}

/**
 * Indexes again, at once, the notes and quotes holding a changed word: their texts are kept with
 * the notes index, so nothing is read from the store. Answers how many.
 */
export function refreshNotes(index: AnnotationIndex, change: WordListChange): number {
  const touches = touchedBy(change)
  const stale = index
    .all()
    .map(({ annotation }) => annotation)
    .filter((annotation) => touches(annotation.note) || touches(annotation.quote))
    // Plain copies: a loaded note reads its texts from a file the index lets go of when replaced.
    .map(({ id, articleId, note, quote }) => ({ id, articleId, note, quote }))
  for (const annotation of stale) index.put(annotation)
  return stale.length
}
