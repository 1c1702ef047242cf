// One shard of the article index: MiniSearch (BM25+, prefix search) over pre-tokenised words, plus
// each document's word sequence as term ids, because MiniSearch has no phrase search: a quoted
// phrase is an AND query whose candidates are then checked for the words in a row.
import MiniSearch, { type Query } from 'minisearch'
import type { Clause, QueryTerm } from './query'
import type { DocumentWords } from './document-words'
import { TermDictionary } from './term-dictionary'

const THAI = /^[\u0E00-\u0E7F]+$/
const MIN_PREFIX = 2

/** Words never contain this, so it can join a document's words for MiniSearch to split again. */
const SEPARATOR = '\u0001'

export const MINISEARCH_OPTIONS = {
  fields: ['title', 'body'],
  tokenize: (text: string) => text.split(SEPARATOR),
  processTerm: (term: string) => term || null,
  searchOptions: { boost: { title: 2 }, tokenize: (text: string) => [text], processTerm: (term: string) => term }
}

export interface IndexedDocument {
  id: string
  /** Content hash: a document whose hash changed is indexed again. */
  hash: string
  /** Absolute path, for snippets. */
  file: string
}

export interface RankedHit {
  id: string
  score: number
}

export class ShardIndex {
  constructor(
    readonly search: MiniSearch = new MiniSearch(MINISEARCH_OPTIONS),
    readonly documents = new Map<string, IndexedDocument>(),
    readonly sequences = new Map<string, Uint32Array>(),
    readonly dictionary = new TermDictionary()
  ) {}

  add(document: IndexedDocument, words: DocumentWords): void {
    this.remove(document.id)
    this.search.add({ id: document.id, title: words.title.join(SEPARATOR), body: words.body.join(SEPARATOR) })
    this.documents.set(document.id, document)
    this.sequences.set(document.id, this.dictionary.encode(words.sequence))
  }

  remove(id: string): void {
    if (!this.documents.has(id)) return
    this.search.discard(id)
    this.documents.delete(id)
    this.sequences.delete(id)
  }

  /** Every document matching all clauses of any alternative, best first. */
  rank(alternatives: Clause[][]): RankedHit[] {
    const best = new Map<string, number>()
    for (const clauses of this.expand(alternatives)) {
      for (const hit of this.rankOne(clauses)) best.set(hit.id, Math.max(hit.score, best.get(hit.id) ?? 0))
    }
    return [...best].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score)
  }

  /**
   * Adds readings for segmentation that differs between query and text: ICU segments a word
   * typed alone and the same word in a sentence differently (`จังหวัด` vs `จัง` + `หวัด` in some
   * contexts). A Thai query word that splits into two words this shard knows is also tried as
   * that two-word phrase (the second part a prefix if the word was).
   */
  expand(alternatives: Clause[][]): Clause[][] {
    const expanded = [...alternatives]
    for (const clauses of alternatives) {
      clauses.forEach((clause, i) => {
        const split = clause.phrase || clause.terms.length !== 1 ? null : this.split(clause.terms[0] as QueryTerm)
        if (split) expanded.push([...clauses.slice(0, i), split, ...clauses.slice(i + 1)])
      })
    }
    return expanded
  }

  private split(query: QueryTerm): Clause | null {
    if (!THAI.test(query.term)) return null
    for (let at = query.term.length - 1; at > 0; at--) {
      const head = query.term.slice(0, at)
      const tail = query.term.slice(at)
      if (!this.dictionary.has(head)) continue
      if (query.prefix ? this.dictionary.hasPrefix(tail) : this.dictionary.has(tail)) {
        return { terms: [{ term: head, prefix: false }, { term: tail, prefix: query.prefix }], phrase: true }
      }
    }
    return null
  }

  private rankOne(clauses: Clause[]): RankedHit[] {
    if (clauses.length === 0) return []
    const queries: Query[] = clauses.map((clause) => ({
      combineWith: 'AND',
      queries: clause.terms.map((term) => ({ queries: [term.term], prefix: clause.phrase ? term.prefix : this.asPrefix(term) }))
    }))
    const phrases = clauses.filter((clause) => clause.phrase)
    const hits = this.search.search({ combineWith: 'AND', queries })
    const wanted = phrases.map((phrase) => phrase.terms.map((term) => this.dictionary.matching(term)))
    const inOrder = phrases.length === 0 ? hits : hits.filter((hit) => wanted.every((ids) => this.hasRun(String(hit.id), ids)))
    return inOrder.map((hit) => ({ id: String(hit.id), score: hit.score }))
  }

  /**
   * A word being typed alone is matched as a prefix only while it is not yet a word of the index
   * and has at least two letters: a finished word (`การ`) would otherwise pull in every longer
   * word starting with it, and one letter every word. (In a phrase, the words before anchor it.)
   */
  private asPrefix(term: QueryTerm): boolean {
    return term.prefix && term.term.length >= MIN_PREFIX && !this.dictionary.isWord(term.term)
  }

  /** Does the document have, somewhere, consecutive words from each of these sets of term ids? */
  private hasRun(id: string, wanted: Set<number>[]): boolean {
    const sequence = this.sequences.get(id)
    if (!sequence) return false
    const first = wanted[0]
    if (!first || wanted.some((ids) => ids.size === 0)) return false
    for (let i = 0; i + wanted.length <= sequence.length; i++) {
      if (!first.has(sequence[i] as number)) continue
      let k = 1
      while (k < wanted.length && (wanted[k] as Set<number>).has(sequence[i + k] as number)) k++
      if (k === wanted.length) return true
    }
    return false
  }
}
