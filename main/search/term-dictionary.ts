// Term ids for the word sequences kept for phrase checks and for the postings (inverted-index.ts):
// a Uint32Array per document is a fraction of the memory of an array of strings, and saves as one
// binary file. The postings also index each word's folded form, so those have ids too.
import { BREAK } from './document-words'
import { fold } from '../../common/text/fold'
import type { QueryTerm } from '../../common/text/query'

export class TermDictionary {
  private readonly ids = new Map<string, number>()
  /** Id 0 is the block break. */
  readonly terms: string[] = [BREAK]
  private readonly folded: string[] = [BREAK]
  private foldedSet: Set<string> | undefined
  /** Ids sorted by their word, for prefixes; ids past its length are newer and looked at one by one. */
  private sorted = new Uint32Array(0)

  constructor(terms: string[] = []) {
    for (const term of terms.slice(1)) this.idOf(term)
  }

  encode(sequence: readonly string[]): Uint32Array {
    const encoded = new Uint32Array(sequence.length)
    for (let i = 0; i < sequence.length; i++) encoded[i] = this.idOf(sequence[i] as string)
    return encoded
  }

  /** The id of a word of the index, or undefined. */
  id(term: string): number | undefined {
    return this.ids.get(term)
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

  /**
   * Ids of the words a query term matches: the same spelling, any spelling folding to a term typed
   * without diacritics, or, for one typed with them, the word written without any.
   */
  matching(query: QueryTerm): Set<number> {
    const folded = fold(query.term)
    const byFold = folded === query.term
    const matches = new Set<number>()
    const forms = byFold ? this.folded : this.terms
    const fits = (form: string, wanted: string) => (query.prefix ? form.startsWith(wanted) : form === wanted)
    for (let id = 1; id < forms.length; id++) {
      if (fits(forms[id] as string, query.term)) matches.add(id)
      // Typed with diacritics: also the word written without any (query.ts, termMatcher).
      else if (!byFold && this.terms[id] === this.folded[id] && fits(this.terms[id] as string, folded)) matches.add(id)
    }
    return matches
  }

  /** Ids of the words starting with `prefix` (itself included), by binary search on the sorted words. */
  withPrefix(prefix: string): number[] {
    const unsorted = this.terms.length - 1 - this.sorted.length
    if (unsorted > Math.max(64, this.sorted.length / 8)) this.sortTerms()
    const found: number[] = []
    let low = 0
    let high = this.sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.terms[this.sorted[middle] as number] as string) < prefix) low = middle + 1
      else high = middle
    }
    for (let i = low; i < this.sorted.length; i++) {
      const id = this.sorted[i] as number
      if (!(this.terms[id] as string).startsWith(prefix)) break
      found.push(id)
    }
    for (let id = this.sorted.length + 1; id < this.terms.length; id++)
      if ((this.terms[id] as string).startsWith(prefix)) found.push(id)
    return found
  }

  private sortTerms(): void {
    const terms = this.terms
    this.sorted = Uint32Array.from({ length: terms.length - 1 }, (_, i) => i + 1).sort((a, b) => {
      const x = terms[a] as string
      const y = terms[b] as string
      return x < y ? -1 : x > y ? 1 : 0
    })
  }

  /** The id of a word, a new one if the index has not seen it. */
  idOf(term: string): number {
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
