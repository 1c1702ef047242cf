// Term ids for the word sequences kept for phrase checks: a Uint32Array per document is a fraction
// of the memory of an array of strings, and saves as one binary file.
import { BREAK } from './document-words'
import { fold } from '../../common/text/fold'
import type { QueryTerm } from '../../common/text/query'

export class TermDictionary {
  private readonly ids = new Map<string, number>()
  /** Id 0 is the block break. */
  readonly terms: string[] = [BREAK]
  private readonly folded: string[] = [BREAK]
  private foldedSet: Set<string> | undefined

  constructor(terms: string[] = []) {
    for (const term of terms.slice(1)) this.idOf(term)
  }

  encode(sequence: readonly string[]): Uint32Array {
    const encoded = new Uint32Array(sequence.length)
    for (let i = 0; i < sequence.length; i++) encoded[i] = this.idOf(sequence[i] as string)
    return encoded
  }

  has(term: string): boolean {
    return this.ids.has(term)
  }

  /** Is `term` a whole word of the index, as typed or (typed without diacritics) folded? */
  isWord(term: string): boolean {
    if (this.ids.has(term)) return true
    if (fold(term) !== term) return false
    this.foldedSet ??= new Set(this.folded)
    return this.foldedSet.has(term)
  }

  /** A word's forms as the tokeniser gives them: exact, then folded when that differs. */
  formsOf(id: number): string[] {
    const term = this.terms[id] ?? ''
    const folded = this.folded[id] ?? term
    return folded === term ? [term] : [term, folded]
  }

  /** Is any word of the index a continuation of `prefix`? */
  hasPrefix(prefix: string): boolean {
    return this.terms.some((term) => term.startsWith(prefix))
  }

  /** Ids of the words a query term matches: the same spelling, or any spelling folding to a folded term. */
  matching(query: QueryTerm): Set<number> {
    const byFold = fold(query.term) === query.term
    const matches = new Set<number>()
    const forms = byFold ? this.folded : this.terms
    for (let id = 1; id < forms.length; id++) {
      const form = forms[id] as string
      if (query.prefix ? form.startsWith(query.term) : form === query.term) matches.add(id)
    }
    return matches
  }

  private idOf(term: string): number {
    if (term === BREAK) return 0
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.terms.length
      this.ids.set(term, id)
      this.terms.push(term)
      this.folded.push(fold(term))
      this.foldedSet?.add(fold(term))
    }
    return id
  }
}
