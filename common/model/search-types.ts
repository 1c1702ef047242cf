// What search answers, shared by main and the renderer. Snippets are plain text with ranges to
// mark: the renderer wraps them in <mark> elements itself, so article text is never read as HTML.

export interface TextRange {
  start: number
  end: number
}

export interface Snippet {
  text: string
  /** UTF-16 ranges of `text` that matched the query. */
  marks: TextRange[]
}

export interface ArticleHit {
  id: string
  /** BM25+ (with MiniSearch's parameters), higher is better; comparable within one answer. */
  score: number
  snippet?: Snippet
}

export interface AnnotationHit {
  annotationId: string
  articleId: string
  /** Which text matched: the note, or the highlighted quote. */
  field: 'note' | 'quote'
  snippet: Snippet
  score: number
}

export interface SearchIndexStatus {
  /** `loading`: reading the saved index; `indexing`: bringing it up to date; `ready`: current. */
  state: 'loading' | 'indexing' | 'ready' | 'failed'
  indexed: number
  total: number
  /** Why the index could not be used, when `failed`. */
  error: string | null
  /** Grows whenever what a search would answer may have changed (articles or notes indexed). */
  version: number
}

export interface SearchResults {
  query: string
  /** The first `limit` matching articles, best first, each with its snippet. */
  articles: ArticleHit[]
  /**
   * Every later match's id, in rank order. Ids alone keep a common word's answer small: 10,000
   * hits as objects were 550 kB of JSON per key press, as ids 190 kB.
   */
  laterIds: string[]
  annotations: AnnotationHit[]
  /** Time spent ranking, in the threads that answered, in milliseconds. */
  tookMs: number
  status: SearchIndexStatus
}

/** Per article: the colours and tag ids of its annotations, for the library's filters. */
export type ArticleFacets = Record<string, { colors: string[]; tags: string[] }>

/** Every matching article's id, best first. */
export function matchedIds(results: Pick<SearchResults, 'articles' | 'laterIds'>): string[] {
  return [...results.articles.map((hit) => hit.id), ...results.laterIds]
}
