// Checks on a document's word sequence (term ids in reading order): phrases, which the postings
// cannot answer, and readings of a query that segment a word differently from the text.
import type { Clause } from '../../common/text/query'
import { fold } from '../../common/text/fold'

/**
 * Must a match of this clause be checked on the words in a row? A phrase, and a word typed with
 * diacritics, whose postings (`tran` for `trần`) also hold every other spelling folding the same
 * way (`trấn`); articles and notes use the same rule.
 */
export function checkedInRow(clause: Clause): boolean {
  return clause.phrase || clause.terms.some((term) => fold(term.term) !== term.term)
}

/** Does the sequence have, somewhere, consecutive words from each of these sets of term ids? */
export function hasRun(sequence: Uint32Array, wanted: Set<number>[]): boolean {
  if (wanted.length === 0 || wanted.some((ids) => ids.size === 0)) return false
  // Most words match one id: comparing numbers is many times faster than Set lookups.
  const single = wanted.map((ids) => (ids.size === 1 ? (ids.values().next().value as number) : -1))
  const matches = (k: number, id: number) => (single[k] === -1 ? (wanted[k] as Set<number>).has(id) : single[k] === id)
  const last = sequence.length - wanted.length
  const first = single[0] as number
  for (let i = 0; i <= last; i++) {
    if (first === -1 ? !(wanted[0] as Set<number>).has(sequence[i] as number) : sequence[i] !== first) continue
    let k = 1
    while (k < wanted.length && matches(k, sequence[i + k] as number)) k++
    if (k === wanted.length) return true
  }
  return false
}

/** Every clause (each a run of term-id sets) occurs in the sequence. */
export function hasEveryRun(sequence: Uint32Array, clauses: Set<number>[][]): boolean {
  return clauses.every((run) => hasRun(sequence, run))
}
