// Small builders for the review list's tests: a row is its article id, a verdict and a strength.
import type { ArticleSummary } from '../../../../common/model/article-types'
import type { ThemeDecision, ThemeVerdict } from '../../../../common/model/theme-decision'
import type { ReviewRow } from './review-rows'

export const summary = (id: string): ArticleSummary =>
  ({ id, title: `Title ${id}`, contentHash: `h-${id}` }) as ArticleSummary

export const decision = (articleId: string, verdict: ThemeVerdict, themeId = 't'): ThemeDecision => ({
  id: `${articleId} ${themeId}`,
  articleId,
  themeId,
  verdict,
  by: 'researcher',
  at: '2025-03-01T10:00:00.000Z',
  suggestion: null
})

/** `row('a', 'confirmed')`: article `a`, confirmed, strength 0.5. */
export const row = (id: string, verdict: ThemeVerdict | null = null, strength: number | null = 0.5): ReviewRow => ({
  id,
  summary: summary(id),
  strength,
  detected: true,
  decision: verdict && decision(id, verdict)
})

export const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).join(' ')
