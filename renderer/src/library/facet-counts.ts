// How many articles each filter option would leave, given the query's matches and the other
// filters: the counts in the option labels, so a choice never empties the list by surprise.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../common/model/highlight-colors'
import type { Tag } from '../../../common/model/annotation-types'
import type { ArticleSummary } from '../../../common/model/article-types'
import {
  collator,
  CONTROL_BIT,
  failedControls,
  noFacets,
  UNKNOWN_OUTLET,
  type FilterKey,
  type LibraryFacets,
  type LibraryFilter
} from './filter-articles'

export interface FilterOption<V extends string = string> {
  value: V
  label: string
  count: number
}

/** Per control, how many articles each of its options would leave. */
export interface FilterCounts {
  outlet: Map<string, number>
  tag: Map<string, number>
  color: Map<string, number>
  annotated: Map<string, number>
  /** Articles with a memo ('yes') the other controls leave. */
  memo: Map<string, number>
  /** Articles that need a look ('yes': the parser was unsure of their header) the other controls leave. */
  needsLook: Map<string, number>
}

/**
 * Every control's counts in one pass over the articles (the matches of a common word are most of
 * the library, at every key press): an article counts for a control's options when it fails no
 * other control's choice, whatever it does with that control's own.
 */
export function countFilters(
  articles: readonly ArticleSummary[],
  filter: LibraryFilter,
  facets: LibraryFacets
): FilterCounts {
  const counts: FilterCounts = {
    outlet: new Map(),
    tag: new Map(),
    color: new Map(),
    annotated: new Map(),
    memo: new Map(),
    needsLook: new Map()
  }
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)
  const passes = (failed: number, control: FilterKey) => (failed & ~CONTROL_BIT[control]) === 0
  for (const article of articles) {
    const failed = failedControls(article, filter, facets)
    if (failed & (failed - 1)) continue // two or more controls: no single choice brings it back
    if (passes(failed, 'outlet')) add(counts.outlet, article.outlet ?? UNKNOWN_OUTLET)
    if (passes(failed, 'annotated')) add(counts.annotated, article.annotationCount > 0 ? 'yes' : 'no')
    const used = facets[article.id] ?? noFacets
    if (passes(failed, 'memo') && facets[article.id]?.memo === true) add(counts.memo, 'yes')
    if (passes(failed, 'needsLook') && article.needsLook === true) add(counts.needsLook, 'yes')
    if (passes(failed, 'tag')) for (const tag of new Set(used.tags)) add(counts.tag, tag)
    if (passes(failed, 'color')) for (const color of new Set(used.colors)) add(counts.color, color)
  }
  return counts
}

const byCount = (a: FilterOption, b: FilterOption) => b.count - a.count || collator.compare(a.label, b.label)

/** `unknown` names the articles without an outlet, in the interface's language. */
export function outletOptions(counts: FilterCounts, unknown: string): FilterOption[] {
  return [...counts.outlet]
    .map(([value, count]) => ({ value, label: value === UNKNOWN_OUTLET ? unknown : value, count }))
    .sort(byCount)
}

/** Tags that would leave at least one article, and the chosen one whatever its count (so it stays visible). */
export function tagOptions(counts: FilterCounts, tags: readonly Tag[], chosen: string | null): FilterOption[] {
  return tags
    .map((tag) => ({ value: tag.id, label: tag.name, count: counts.tag.get(tag.id) ?? 0 }))
    .filter((option) => option.count > 0 || option.value === chosen)
    .sort(byCount)
}

/** All six colours in toolbar order: a fixed, familiar list reads faster than one sorted by count. */
export function colorOptions(
  counts: FilterCounts,
  labels: Record<HighlightColor, string>
): FilterOption<HighlightColor>[] {
  return HIGHLIGHT_COLORS.map((color) => ({ value: color, label: labels[color], count: counts.color.get(color) ?? 0 }))
}

export function annotatedOptions(counts: FilterCounts): { yes: number; no: number } {
  return { yes: counts.annotated.get('yes') ?? 0, no: counts.annotated.get('no') ?? 0 }
}
