// How many articles each filter option would leave, given the query's matches and the other
// filters: the counts in the option labels, so a choice never empties the list by surprise.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../common/model/highlight-colors'
import type { Tag } from '../../../common/model/annotation-types'
import type { ArticleSummary } from '../../../common/model/article-types'
import type { ArticleFacets } from '../../../common/model/search-types'
import { collator, matches, UNKNOWN_OUTLET, type FilterKey, type LibraryFilter } from './filter-articles'

export interface FilterOption<V extends string = string> {
  value: V
  label: string
  count: number
}

/** Counts articles per key, with the control `ignore` left out of the filter. */
function countBy(
  articles: ArticleSummary[],
  filter: LibraryFilter,
  facets: ArticleFacets,
  ignore: FilterKey,
  keys: (article: ArticleSummary) => readonly string[]
) {
  const counts = new Map<string, number>()
  for (const article of articles) {
    if (!matches(article, filter, facets, ignore)) continue
    for (const key of new Set(keys(article))) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

const byCount = (a: FilterOption, b: FilterOption) => b.count - a.count || collator.compare(a.label, b.label)

export function outletCounts(articles: ArticleSummary[], filter: LibraryFilter, facets: ArticleFacets): FilterOption[] {
  const counts = countBy(articles, filter, facets, 'outlet', (article) => [article.outlet ?? UNKNOWN_OUTLET])
  return [...counts]
    .map(([value, count]) => ({ value, label: value === UNKNOWN_OUTLET ? 'Unknown outlet' : value, count }))
    .sort(byCount)
}

/** Tags that would leave at least one article, and the chosen one whatever its count (so it stays visible). */
export function tagCounts(
  articles: ArticleSummary[],
  filter: LibraryFilter,
  facets: ArticleFacets,
  tags: Tag[]
): FilterOption[] {
  const counts = countBy(articles, filter, facets, 'tag', (article) => facets[article.id]?.tags ?? [])
  return tags
    .map((tag) => ({ value: tag.id, label: tag.name, count: counts.get(tag.id) ?? 0 }))
    .filter((option) => option.count > 0 || option.value === filter.tag)
    .sort(byCount)
}

/** All six colours in toolbar order: a fixed, familiar list reads faster than one sorted by count. */
export function colorCounts(
  articles: ArticleSummary[],
  filter: LibraryFilter,
  facets: ArticleFacets,
  labels: Record<HighlightColor, string>
): FilterOption<HighlightColor>[] {
  const counts = countBy(articles, filter, facets, 'color', (article) => facets[article.id]?.colors ?? [])
  return HIGHLIGHT_COLORS.map((color) => ({ value: color, label: labels[color], count: counts.get(color) ?? 0 }))
}

export function annotatedCounts(
  articles: ArticleSummary[],
  filter: LibraryFilter,
  facets: ArticleFacets
): { yes: number; no: number } {
  const counts = countBy(articles, filter, facets, 'annotated', (article) => [
    article.annotationCount > 0 ? 'yes' : 'no'
  ])
  return { yes: counts.get('yes') ?? 0, no: counts.get('no') ?? 0 }
}
