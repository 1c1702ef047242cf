// Notes and highlighted quotes, searchable beside the articles. Saved with the search shards
// (notes-file.ts) and stamped with the store's generation, so a launch need not read every
// annotation shard of the store to rebuild it; brought up to date by changes as they happen.
import MiniSearch, { type Options, type Query } from 'minisearch'
import { BREAK } from './document-words'
import { wordsOf, type Clause, type QueryTerm } from '../../common/text/query'
import type { AnnotationHit } from '../../common/model/search-types'
import { makeSnippet } from './snippet'
import { TermDictionary } from './term-dictionary'
import { tokenize } from '../../common/text/tokenize'
import { hasRun } from './word-runs'

export interface SearchableAnnotation {
  id: string
  articleId: string
  note: string
  quote: string
}

/** Words never contain this, so it can join a field's words for MiniSearch to split again. */
const SEPARATOR = '\u0001'

export const ANNOTATION_SEARCH_OPTIONS: Options<SearchableAnnotation> = {
  fields: ['note', 'quote'],
  // Each field arrives segmented already (`put`): the same words feed the word sequence.
  tokenize: (text) => text.split(SEPARATOR),
  processTerm: (term) => term,
  // Queries arrive as words already.
  searchOptions: { boost: { note: 1.5 }, tokenize: (text) => [text], processTerm: (term) => term }
}

export class AnnotationIndex {
  constructor(
    readonly search = new MiniSearch<SearchableAnnotation>(ANNOTATION_SEARCH_OPTIONS),
    readonly annotations = new Map<string, SearchableAnnotation>(),
    /** Each annotation's words as term ids, note then BREAK then quote: phrases are checked on them, not by segmenting again. */
    readonly sequences = new Map<string, Uint32Array>(),
    readonly dictionary = new TermDictionary()
  ) {}

  put(annotation: SearchableAnnotation): void {
    this.remove(annotation.id)
    const note = wordsOf(tokenize(annotation.note))
    const quote = wordsOf(tokenize(annotation.quote))
    const joined = (words: typeof note) => words.flatMap((word) => word.forms).join(SEPARATOR)
    this.search.add({ ...annotation, note: joined(note), quote: joined(quote) })
    this.annotations.set(annotation.id, annotation)
    const exact = (words: typeof note) => words.map((word) => word.forms[0] ?? '')
    this.sequences.set(annotation.id, this.dictionary.encode([...exact(note), BREAK, ...exact(quote)]))
  }

  remove(id: string): void {
    if (!this.annotations.delete(id)) return
    this.search.discard(id)
    this.sequences.delete(id)
  }

  get size(): number {
    return this.annotations.size
  }

  find(alternatives: Clause[][], limit: number): AnnotationHit[] {
    const clauses = [...new Set(alternatives.flat())]
    if (clauses.length === 0 || this.annotations.size === 0) return []
    // As for articles (ShardIndex.asPrefix): a word typed alone is a prefix only while it is not yet a word of the
    // index, or `การ` would pull in every note with a longer word starting with it.
    const prefix = (clause: Clause, term: QueryTerm) =>
      term.prefix && (clause.phrase || (term.term.length >= 2 && !this.dictionary.isWord(term.term)))
    const all = (list: Clause[]): Query => ({
      combineWith: 'AND',
      queries: list.map((clause) => ({
        combineWith: 'AND',
        queries: clause.terms.map((term) => ({ queries: [term.term], prefix: prefix(clause, term) }))
      }))
    })
    // Term ids once per query: every word a clause may match, and each phrase as a run of them.
    const runs = new Map(clauses.map((clause) => [clause, clause.terms.map((term) => this.dictionary.matching(term))]))
    const anyWord = new Set([...runs.values()].flatMap((run) => run.flatMap((ids) => [...ids])))
    const hits: AnnotationHit[] = []
    for (const result of this.search.search({ combineWith: 'OR', queries: alternatives.map(all) })) {
      const annotation = this.annotations.get(String(result.id))
      const sequence = this.sequences.get(String(result.id))
      if (!annotation || !sequence) continue
      if (
        !alternatives.some((list) => list.every((clause) => !clause.phrase || hasRun(sequence, runs.get(clause) ?? [])))
      )
        continue
      // Words may be spread over note and quote; show the field that has a hit, the note first.
      const noteEnd = sequence.indexOf(0)
      const inNote = sequence.subarray(0, noteEnd < 0 ? sequence.length : noteEnd).some((id) => anyWord.has(id))
      const field = inNote || !annotation.quote ? 'note' : 'quote'
      const snippet = makeSnippet([annotation[field]], alternatives) ?? { text: annotation[field], marks: [] }
      hits.push({ annotationId: annotation.id, articleId: annotation.articleId, field, snippet, score: result.score })
      if (hits.length >= limit) break
    }
    return hits
  }
}
