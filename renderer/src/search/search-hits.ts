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

/** The hits' articles in rank order; a hit for an article the library no longer lists is dropped. */
export function rankedArticles(
  results: Pick<SearchResults, 'articles' | 'laterIds'>,
  articles: readonly ArticleSummary[]
): ArticleSummary[] {
  const byId = new Map(articles.map((article) => [article.id, article]))
  return matchedIds(results).flatMap((id) => byId.get(id) ?? [])
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
  articles: readonly ArticleSummary[],
  keep: (article: ArticleSummary) => boolean
): NoteResult[] {
  const byId = new Map(articles.map((article) => [article.id, article]))
  return hits.flatMap((hit) => {
    const article = byId.get(hit.articleId)
    return article && keep(article) ? [{ hit, article }] : []
  })
}
