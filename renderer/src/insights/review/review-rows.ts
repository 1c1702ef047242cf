// The rows of a theme's review list: the index's carriers of the theme, strongest first, joined
// with the library's headers and the user's verdicts; then the articles the user decided on that
// the index does not list (confirmed with no cue, or past the listing's limit), so no verdict hides.
import type { ArticleSummary } from '../../../../common/model/article-types'
import type { ThemeCarrier } from '../../../../common/model/intelligence-types'
import type { ThemeDecision, ThemeVerdict } from '../../../../common/model/theme-decision'

export interface ReviewRow {
  id: string
  /** Null for an article the index lists that the library has not (yet, or any more). */
  summary: ArticleSummary | null
  /** 0..1; null for an article decided on that is not among the listed carriers. */
  strength: number | null
  detected: boolean
  decision: ThemeDecision | null
}

export const REVIEW_FILTERS = ['all', 'undecided', 'confirmed', 'rejected'] as const
export type ReviewFilter = (typeof REVIEW_FILTERS)[number]

export const verdictOf = (row: ReviewRow): ThemeVerdict | null => row.decision?.verdict ?? null

export function buildReviewRows(
  themeId: string,
  carriers: readonly ThemeCarrier[],
  decisions: readonly ThemeDecision[],
  summaries: ReadonlyMap<string, ArticleSummary>
): ReviewRow[] {
  const decided = new Map(decisions.filter((d) => d.themeId === themeId).map((d) => [d.articleId, d]))
  const rows: ReviewRow[] = carriers.map((carrier) => ({
    id: carrier.id,
    summary: summaries.get(carrier.id) ?? null,
    strength: carrier.strength,
    detected: carrier.detected,
    decision: decided.get(carrier.id) ?? null
  }))
  const listed = new Set(carriers.map((carrier) => carrier.id))
  for (const [id, decision] of decided) {
    const summary = summaries.get(id)
    // A decision on an article no longer in the library stays in the store, but is not reviewable.
    if (!listed.has(id) && summary) rows.push({ id, summary, strength: null, detected: false, decision })
  }
  return rows
}

export function matchesFilter(row: ReviewRow, filter: ReviewFilter): boolean {
  if (filter === 'all') return true
  return filter === 'undecided' ? row.decision === null : verdictOf(row) === filter
}

export function countByFilter(rows: readonly ReviewRow[]): Record<ReviewFilter, number> {
  const counts = { all: rows.length, undecided: 0, confirmed: 0, rejected: 0 }
  for (const row of rows) counts[verdictOf(row) ?? 'undecided']++
  return counts
}
