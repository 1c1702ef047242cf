// Notes and highlighted quotes, searchable beside the articles. They are short and live in the
// annotation store, so this index is rebuilt from the store at launch rather than saved.
import MiniSearch, { type Query } from 'minisearch'
import { findInText, wordsOf, type Clause } from '../../common/text/query'
import type { AnnotationHit } from '../../common/model/search-types'
import { makeSnippet } from './snippet'
import { tokenize } from '../../common/text/tokenize'

export interface SearchableAnnotation {
  id: string
  articleId: string
  note: string
  quote: string
}

const formsOf = (text: string) => wordsOf(tokenize(text)).flatMap((word) => word.forms)

export class AnnotationIndex {
  private readonly search = new MiniSearch<SearchableAnnotation>({
    fields: ['note', 'quote'],
    tokenize: formsOf,
    processTerm: (term) => term,
    // Queries arrive as words already.
    searchOptions: { boost: { note: 1.5 }, tokenize: (text) => [text], processTerm: (term) => term }
  })
  private readonly annotations = new Map<string, SearchableAnnotation>()

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
