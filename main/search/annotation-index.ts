// Notes and highlighted quotes, searchable beside the articles. Saved with the search shards
// (notes-file.ts) and stamped with the store's generation, so a launch need not read every
// annotation shard of the store to rebuild it; brought up to date by changes as they happen.
import MiniSearch, { type Options, type Query } from 'minisearch'
import { findInText, wordsOf, type Clause } from './query'
import type { AnnotationHit } from './search-types'
import { makeSnippet } from './snippet'
import { tokenize } from './tokenize'

export interface SearchableAnnotation {
  id: string
  articleId: string
  note: string
  quote: string
}

const formsOf = (text: string) => wordsOf(tokenize(text)).flatMap((word) => word.forms)

export const ANNOTATION_SEARCH_OPTIONS: Options<SearchableAnnotation> = {
  fields: ['note', 'quote'],
  tokenize: formsOf,
  processTerm: (term) => term,
  // Queries arrive as words already.
  searchOptions: { boost: { note: 1.5 }, tokenize: (text) => [text], processTerm: (term) => term }
}

export class AnnotationIndex {
  constructor(
    readonly search = new MiniSearch<SearchableAnnotation>(ANNOTATION_SEARCH_OPTIONS),
    readonly annotations = new Map<string, SearchableAnnotation>()
  ) {}

  put(annotation: SearchableAnnotation): void {
    this.remove(annotation.id)
    this.search.add(annotation)
    this.annotations.set(annotation.id, annotation)
  }

  remove(id: string): void {
    if (!this.annotations.delete(id)) return
    this.search.discard(id)
  }

  get size(): number {
    return this.annotations.size
  }

  find(alternatives: Clause[][], limit: number): AnnotationHit[] {
    const clauses = [...new Set(alternatives.flat())]
    if (clauses.length === 0 || this.annotations.size === 0) return []
    const all = (list: Clause[]): Query => ({ combineWith: 'AND', queries: list.map((clause) => ({ combineWith: 'AND', queries: clause.terms.map((term) => ({ queries: [term.term], prefix: term.prefix })) })) })
    const hits: AnnotationHit[] = []
    for (const result of this.search.search({ combineWith: 'OR', queries: alternatives.map(all) })) {
      const annotation = this.annotations.get(String(result.id))
      if (!annotation) continue
      // Words may be spread over note and quote; show the field that has a hit, the note first.
      const field = findInText(annotation.note, clauses).length > 0 || !annotation.quote ? 'note' : 'quote'
      const snippet = makeSnippet([annotation[field]], alternatives) ?? { text: annotation[field], marks: [] }
      const text = annotation.note + '\n' + annotation.quote
      if (!alternatives.some((list) => list.every((clause) => !clause.phrase || findInText(text, [clause]).length > 0))) continue
      hits.push({ annotationId: annotation.id, articleId: annotation.articleId, field, snippet, score: result.score })
      if (hits.length >= limit) break
    }
    return hits
  }
}
