// An article's header as the passages view groups by it, from the library's summary; an article
// that left the library (its folder removed) keeps its annotations and is listed as gone.
import type { ArticleSummary } from '../../common/model/article-types'
import type { PassageArticle } from '../../common/model/passages'

export function headerOf(summary: ArticleSummary): PassageArticle {
  return {
    id: summary.id,
    title: summary.title,
    titleDerived: summary.titleDerived,
    outlet: summary.outlet,
    date: summary.date ?? (summary.year === null ? null : String(summary.year)),
    inLibrary: true
  }
}

export const goneHeader = (id: string): PassageArticle => ({
  id,
  title: '',
  titleDerived: false,
  outlet: null,
  date: null,
  inLibrary: false
})

/** A header for every id: the library's, or a gone one. */
export function headersFor(
  ids: Iterable<string>,
  summaries: (ids: string[]) => ArticleSummary[]
): Map<string, PassageArticle> {
  const wanted = [...new Set(ids)]
  const found = new Map(summaries(wanted).map((summary) => [summary.id, headerOf(summary)]))
  return new Map(wanted.map((id) => [id, found.get(id) ?? goneHeader(id)]))
}
