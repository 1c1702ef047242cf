// Joins search hits to the library's summaries: the article list shows titles, outlets and dates
// that main's search answer leaves out to stay small (10,000 hits are mostly ids).
import type { ArticleSummary } from '../../../common/model/article-types'
import {
  matchedIds,
  type AnnotationHit,
  type ArticleHit,
  type SearchResults,
  type Snippet
} from '../../../common/model/search-types'

/** The library by id: built once per list, not at every answer (10,000 entries). */
export type ArticlesById = ReadonlyMap<string, ArticleSummary>

export const articlesById = (articles: readonly ArticleSummary[]): ArticlesById =>
  new Map(articles.map((article) => [article.id, article]))

/** The hits' articles in rank order; a hit for an article the library no longer lists is dropped. */
export function rankedArticles(
  results: Pick<SearchResults, 'articles' | 'laterIds'>,
  byId: ArticlesById
): ArticleSummary[] {
  const ranked: ArticleSummary[] = []
  for (const id of matchedIds(results)) {
    const article = byId.get(id)
    if (article) ranked.push(article)
  }
  return ranked
}

export function snippetsById(hits: readonly ArticleHit[]): Map<string, Snippet> {
  return new Map(hits.flatMap((hit) => (hit.snippet ? [[hit.id, hit.snippet] as const] : [])))
}

export interface NoteResult {
  hit: AnnotationHit
  article: ArticleSummary
}

/**
 * Note and quote hits whose article the filters keep, so the two result lists agree. The article
 * itself need not match the query: a note can say what its article does not.
 */
export function noteResults(
  hits: readonly AnnotationHit[],
  byId: ArticlesById,
  keep: (article: ArticleSummary) => boolean
): NoteResult[] {
  return hits.flatMap((hit) => {
    const article = byId.get(hit.articleId)
    return article && keep(article) ? [{ hit, article }] : []
  })
}
