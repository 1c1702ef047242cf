// Ranking as MiniSearch 7.2 ranked (its defaults, which this index used before it had postings of
// its own, and the search quality set was labelled against): BM25+ per field, a field's length
// being its count of distinct words, a prefix's longer words weighted down by how much longer,
// and a document's total multiplied by how many distinct query words it matched.
import type { Clause } from '../../common/text/query'
import type { TermDictionary } from './term-dictionary'
import { fold } from '../../common/text/fold'

const K = 1.2
const B = 0.7
const D = 0.5
const PREFIX_WEIGHT = 0.375
/** A word typed with diacritics also finds it written without them, ranked below the spelling typed. */
const FOLDED_WEIGHT = 0.8

/** A term's score in one field of one document. */
export function bm25(
  frequency: number,
  documentsWithTerm: number,
  documents: number,
  fieldLength: number,
  averageLength: number
): number {
  const idf = Math.log(1 + (documents - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5))
  return idf * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * fieldLength) / averageLength)))
}

/** A query word as the index's words it matches, each with its weight: [term id, weight]. */
export type DerivedTerms = Array<[number, number]>

/**
 * The word itself (weight 1) and, for a prefix, every longer word starting with it; a word typed
 * with diacritics also as typed without them (`trần` as `tran` too), weighted down.
 */
export function derivedTerms(dictionary: TermDictionary, term: string, prefix: boolean): DerivedTerms {
  const derived: DerivedTerms = []
  const add = (word: string, weight: number) => {
    const exact = dictionary.id(word)
    if (exact !== undefined && exact !== 0) derived.push([exact, weight])
    if (!prefix) return
    for (const id of dictionary.withPrefix(word)) {
      const length = (dictionary.terms[id] as string).length
      const distance = length - word.length
      if (distance > 0) derived.push([id, (weight * PREFIX_WEIGHT * length) / (length + 0.3 * distance)])
    }
  }
  add(term, 1)
  const folded = fold(term)
  if (folded !== term) add(folded, FOLDED_WEIGHT)
  return derived
}

/** The distinct words of a query (as typed, prefix or not): a match's score is multiplied by how many it matched. */
export function queryWords(clauses: readonly Clause[]): Set<string> {
  return new Set(clauses.flatMap((clause) => clause.terms.map((term) => term.term)))
}
