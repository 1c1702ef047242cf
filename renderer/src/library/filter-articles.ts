// Filtering and sorting the library list: pure, so it is tested without a browser.
import type { ArticleSummary } from '../../../main/articles/article-types'

export type SortKey = 'date-desc' | 'date-asc' | 'title' | 'outlet' | 'annotations'

export interface LibraryFilter {
  outlet: string | null
  /** Inclusive `YYYY-MM-DD` bounds; an article without a date is outside any range. */
  from: string | null
  to: string | null
}

export const noFilter: LibraryFilter = { outlet: null, from: null, to: null }

export const UNKNOWN_OUTLET = '\u0000unknown'

const collator = new Intl.Collator(['th', 'vi', 'en'], { sensitivity: 'base', numeric: true })

export function matches(article: ArticleSummary, filter: LibraryFilter, ignore?: keyof LibraryFilter): boolean {
  if (ignore !== 'outlet' && filter.outlet !== null && (article.outlet ?? UNKNOWN_OUTLET) !== filter.outlet) return false
  if (ignore !== 'from' && ignore !== 'to' && (filter.from || filter.to)) {
    const date = article.date ?? (article.year ? `${article.year}` : null)
    if (!date) return false
    if (filter.from && date.slice(0, filter.from.length) < filter.from.slice(0, date.length)) return false
    if (filter.to && date.slice(0, filter.to.length) > filter.to.slice(0, date.length)) return false
  }
  return true
}

export function filterAndSort(articles: ArticleSummary[], filter: LibraryFilter, sort: SortKey): ArticleSummary[] {
  return articles.filter((article) => matches(article, filter)).sort(comparator(sort))
}

/** Each outlet with how many articles choosing it would leave, given the other filters. */
export function outletCounts(articles: ArticleSummary[], filter: LibraryFilter): { outlet: string; label: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const article of articles) {
    if (!matches(article, filter, 'outlet')) continue
    const key = article.outlet ?? UNKNOWN_OUTLET
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts.entries()]
    .map(([outlet, count]) => ({ outlet, label: outlet === UNKNOWN_OUTLET ? 'Unknown outlet' : outlet, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label))
}

function comparator(sort: SortKey): (a: ArticleSummary, b: ArticleSummary) => number {
  const dateOf = (article: ArticleSummary) => article.date ?? (article.year ? `${article.year}` : '')
  const byTitle = (a: ArticleSummary, b: ArticleSummary) => collator.compare(a.title, b.title)
  switch (sort) {
    case 'date-asc':
      // Undated articles last in both directions: they are the ones to look at separately.
      return (a, b) => (dateOf(a) === '' ? 1 : 0) - (dateOf(b) === '' ? 1 : 0) || dateOf(a).localeCompare(dateOf(b)) || byTitle(a, b)
    case 'date-desc':
      return (a, b) => (dateOf(a) === '' ? 1 : 0) - (dateOf(b) === '' ? 1 : 0) || dateOf(b).localeCompare(dateOf(a)) || byTitle(a, b)
    case 'outlet':
      return (a, b) => collator.compare(a.outlet ?? '\uffff', b.outlet ?? '\uffff') || byTitle(a, b)
    case 'annotations':
      return (a, b) => b.annotationCount - a.annotationCount || byTitle(a, b)
    case 'title':
      return byTitle
  }
}
