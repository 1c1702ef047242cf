// A query against the inverted index: the documents with every query word, and their BM25+ scores,
// by document number in typed arrays (no Map or object per matching document).
import { bm25, type DerivedTerms } from './bm25'
import type { PostingLists } from './posting-lists'

/** What a query reads of an index (inverted-index.ts). */
export interface Searched {
  /** One per field; a key is term id × fields + field. */
  boosts: readonly number[]
  lists: PostingLists
  /** 0 for a tombstone, by document number. */
  live: Uint8Array
  /** Each document's field lengths, and their totals over live documents. */
  lengths: Uint32Array
  totals: readonly number[]
  /** Tombstones; live documents. */
  dead: number
  documents: number
  /** Zeroed arrays of `live.length` for the scores and the words matched, reused across queries (see `matchAll`). */
  scratch: { scores: Float64Array; matched: Uint16Array }
}

export interface Matches {
  /** Numbers of the documents with every query word, ascending. */
  docs: number[]
  /** Scores by document number (meaningful for `docs` only). */
  scores: Float64Array
}

/**
 * Each query word is given as the terms it matches, with their weights. The scores are the index's
 * scratch array, valid until its next query: a fresh one per query was 0.5 MB of garbage at 50,000
 * notes, which V8 collects only after tens of megabytes of it have piled up in each worker.
 */
export function matchAll(index: Searched, words: readonly DerivedTerms[]): Matches {
  const { boosts, lists, live, lengths, documents } = index
  const { scores, matched } = index.scratch
  const docs: number[] = []
  if (words.length === 0 || documents === 0 || words.some((terms) => terms.length === 0)) return { docs, scores }
  // `matched`: how many query words each document has matched so far; one that missed a word is skipped after.
  const fields = boosts.length
  words.forEach((terms, word) => {
    for (const [term, weight] of terms) {
      for (let field = 0; field < fields; field++) {
        const key = term * fields + field
        const withTerm = liveCount(index, key)
        if (withTerm === 0) continue
        const boost = weight * (boosts[field] as number)
        const average = (index.totals[field] as number) / documents
        lists.each(key, (pairs, from, to) => {
          for (let p = from; p < to; p += 2) {
            const doc = pairs[p] as number
            if (live[doc] === 0 || (matched[doc] as number) < word) continue
            matched[doc] = word + 1
            const length = lengths[doc * fields + field] as number
            scores[doc] =
              (scores[doc] as number) + boost * bm25(pairs[p + 1] as number, withTerm, documents, length, average)
          }
        })
      }
    }
  })
  for (let doc = 0; doc < matched.length; doc++) if (matched[doc] === words.length) docs.push(doc)
  return { docs, scores }
}

/** Documents with the term in the field, tombstones left out. */
function liveCount({ lists, live, dead }: Searched, key: number): number {
  if (dead === 0) return lists.count(key)
  let count = 0
  lists.each(key, (pairs, from, to) => {
    for (let p = from; p < to; p += 2) count += live[pairs[p] as number] as number
  })
  return count
}
