// Filtering and sorting the library list: pure, so it is tested without a browser.
import type { HighlightColor } from '../../../common/model/highlight-colors'
import type { ArticleSummary } from '../../../common/model/article-types'
import type { ArticleFacets } from '../../../common/model/search-types'

export type SortKey = 'date-desc' | 'date-asc' | 'title' | 'outlet' | 'annotations'

export interface LibraryFilter {
  outlet: string | null
  /** Inclusive `YYYY-MM-DD` bounds; an article without a date is outside any range. */
  from: string | null
  to: string | null
  /** A tag id carried by at least one of the article's annotations. */
  tag: string | null
  /** A colour of at least one of the article's highlights. */
  color: HighlightColor | null
  annotated: 'yes' | 'no' | null
  /** Only articles with a memo (renderer/src/memos). */
  memo?: 'yes' | null
  /** Only articles whose header the parser was unsure of and the user has not corrected. */
  needsLook?: 'yes' | null
}

/** One filter control; the date range is one control with two ends. */
export type FilterKey = 'outlet' | 'date' | 'tag' | 'color' | 'annotated' | 'memo' | 'needsLook'

export const noFilter: LibraryFilter = {
  outlet: null,
  from: null,
  to: null,
  tag: null,
  color: null,
  annotated: null,
  memo: null,
  needsLook: null
}

export const UNKNOWN_OUTLET = '\u0000unknown'

export const collator = new Intl.Collator(['th', 'vi', 'en'], { sensitivity: 'base', numeric: true })

export const noFacets: ArticleFacets[string] = { colors: [], tags: [] }

/** Main's facets, with `memo` set by the renderer for each article with a memo (memos/memo-facets.ts). */
export type LibraryFacets = Record<string, ArticleFacets[string] & { memo?: boolean }>

export function isFiltered(filter: LibraryFilter): boolean {
  return Object.values(filter).some((value) => value !== null)
}

/** One bit per control, for `failedControls`. */
export const CONTROL_BIT: Record<FilterKey, number> = {
  outlet: 1,
  date: 2,
  tag: 4,
  color: 8,
  annotated: 16,
  memo: 32,
  needsLook: 64
}

/** The controls whose choice the article fails, as CONTROL_BIT bits (0: it passes every one). */
export function failedControls(article: ArticleSummary, filter: LibraryFilter, facets: LibraryFacets): number {
  let failed = 0
  if (filter.outlet !== null && (article.outlet ?? UNKNOWN_OUTLET) !== filter.outlet) failed |= CONTROL_BIT.outlet
  if (filter.from || filter.to) {
    const date = article.date ?? (article.year ? `${article.year}` : null)
    if (
      !date ||
      (filter.from && date.slice(0, filter.from.length) < filter.from.slice(0, date.length)) ||
      (filter.to && date.slice(0, filter.to.length) > filter.to.slice(0, date.length))
    )
      failed |= CONTROL_BIT.date
  }
  if (filter.annotated !== null && article.annotationCount > 0 !== (filter.annotated === 'yes'))
    failed |= CONTROL_BIT.annotated
  if (filter.memo === 'yes' && facets[article.id]?.memo !== true) failed |= CONTROL_BIT.memo
  if (filter.needsLook === 'yes' && article.needsLook !== true) failed |= CONTROL_BIT.needsLook
  if (filter.tag === null && filter.color === null) return failed
  // Facets come from main with the annotations; an article missing from them has none.
  const used = facets[article.id] ?? noFacets
  if (filter.tag !== null && !used.tags.includes(filter.tag)) failed |= CONTROL_BIT.tag
  if (filter.color !== null && !used.colors.includes(filter.color)) failed |= CONTROL_BIT.color
  return failed
}

/** `ignore` leaves one control out, to count what each of its options would leave. */
export function matches(
  article: ArticleSummary,
  filter: LibraryFilter,
  facets: LibraryFacets,
  ignore?: FilterKey
): boolean {
  return (failedControls(article, filter, facets) & ~(ignore ? CONTROL_BIT[ignore] : 0)) === 0
}

export function filterAndSort(
  articles: ArticleSummary[],
  filter: LibraryFilter,
  sort: SortKey,
  facets: LibraryFacets
): ArticleSummary[] {
  return articles.filter((article) => matches(article, filter, facets)).sort(comparator(sort))
}

function comparator(sort: SortKey): (a: ArticleSummary, b: ArticleSummary) => number {
  const dateOf = (article: ArticleSummary) => article.date ?? (article.year ? `${article.year}` : '')
  const byTitle = (a: ArticleSummary, b: ArticleSummary) => collator.compare(a.title, b.title)
  switch (sort) {
    case 'date-asc':
      // Undated articles last in both directions: they are the ones to look at separately.
      return (a, b) =>
        (dateOf(a) === '' ? 1 : 0) - (dateOf(b) === '' ? 1 : 0) || dateOf(a).localeCompare(dateOf(b)) || byTitle(a, b)
    case 'date-desc':
      return (a, b) =>
        (dateOf(a) === '' ? 1 : 0) - (dateOf(b) === '' ? 1 : 0) || dateOf(b).localeCompare(dateOf(a)) || byTitle(a, b)
    case 'outlet':
      return (a, b) => collator.compare(a.outlet ?? '\uffff', b.outlet ?? '\uffff') || byTitle(a, b)
    case 'annotations':
      return (a, b) => b.annotationCount - a.annotationCount || byTitle(a, b)
    case 'title':
      return byTitle
  }
}
