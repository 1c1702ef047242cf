// Readings of a query for segmentation that differs between query and text: ICU segments a word
// typed alone and the same word in a sentence differently (`จังหวัด`, but `จัง` + `หวัด` before
// some names). A Thai query word that splits into two words the index knows, each of at least two
// letters (but an unfinished last part), is also tried as that two-word phrase (the second part a prefix if the word was).
import type { Clause, QueryTerm } from '../../common/text/query'
import type { TermDictionary } from './term-dictionary'

const THAI = /^[\u0E00-\u0E7F]+$/
const MIN_PART = 2

/**
 * The added readings, for queries of one word (a reading of several words already narrows the
 * text, and checking a split of each would scan most documents for little). A split that only
 * repeats another reading's words (typed `ปฏิรูปกลไก` is read as `ปฏิรูป` + `กลไก` already) is
 * left out: that reading finds every document the split would.
 */
export function splitReadings(alternatives: Clause[][], dictionary: TermDictionary): Clause[][] {
  const known = new Set(alternatives.map(wordsKey))
  const readings: Clause[][] = []
  for (const clauses of alternatives) {
    const [clause] = clauses
    if (clauses.length !== 1 || !clause || clause.phrase || clause.terms.length !== 1) continue
    const split = splitWord(clause.terms[0] as QueryTerm, dictionary)
    if (split && !known.has(wordsKey([split]))) readings.push([split])
  }
  return readings
}

const wordsKey = (clauses: Clause[]) =>
  clauses
    .flatMap((clause) => clause.terms.map((term) => `${term.term}${term.prefix ? '*' : ''}`))
    .sort()
    .join(' ')

function splitWord(query: QueryTerm, dictionary: TermDictionary): Clause | null {
  if (!THAI.test(query.term)) return null
  // An unfinished word may end in a single letter (`ควบร` → `ควบ` + `ร…`).
  for (let at = query.term.length - (query.prefix ? 1 : MIN_PART); at >= MIN_PART; at--) {
    const head = query.term.slice(0, at)
    const tail = query.term.slice(at)
    if (!dictionary.has(head)) continue
    if (query.prefix ? dictionary.hasPrefix(tail) : dictionary.has(tail)) {
      return {
        terms: [
          { term: head, prefix: false },
          { term: tail, prefix: query.prefix }
        ],
        phrase: true
      }
    }
  }
  return null
}
