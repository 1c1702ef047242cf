// The user's verdicts on reform themes, set one at a time or a whole review list at once: one
// transaction (one undo step) however many. A verdict the article already has is kept as it was
// decided (who, when, on what suggestion), so re-confirming in a review list changes nothing.
import { ApiError } from '../../common/errors/api-error'
import {
  themeDecisionId,
  type ThemeDecision,
  type ThemeSuggestion,
  type ThemeVerdict
} from '../../common/model/theme-decision'
import type { Transaction } from './transaction'

export interface ThemeDecisionInput {
  articleId: string
  themeId: string
  /** Null clears the decision: the theme is shown as detection has it again. */
  verdict: ThemeVerdict | null
  /** What detection showed the user as they decided; omitted or null records none. */
  suggestion?: ThemeSuggestion | null
}

/** The undo label: what a single decision did, or how many a review list set. */
export function reviewLabel(inputs: readonly ThemeDecisionInput[]): string {
  const [only] = inputs
  if (inputs.length !== 1 || !only) return `review ${inputs.length} themes`
  if (only.verdict === null) return 'clear theme decision'
  return only.verdict === 'confirmed' ? 'confirm theme' : 'reject theme'
}

/** Applies each input in order (a later one for the same article and theme wins); returns the
 * decisions now stored for the inputs' articles and themes, cleared ones left out. */
export function decideThemes(
  tx: Transaction,
  inputs: readonly ThemeDecisionInput[],
  made: { by: string; at: string }
): ThemeDecision[] {
  const ids = new Set<string>()
  for (const input of inputs) {
    if (input.articleId.includes(' ') || input.articleId === '' || input.themeId === '')
      throw new ApiError('invalid-input', 'A theme decision needs an article id (without spaces) and a theme id.')
    const id = themeDecisionId(input.articleId, input.themeId)
    ids.add(id)
    const current = tx.store.themeDecisions.get(id)
    if (input.verdict === null) {
      if (current) tx.deleteThemeDecision(id)
    } else if (current?.verdict !== input.verdict) {
      const { articleId, themeId, verdict } = input
      tx.putThemeDecision({ id, articleId, themeId, verdict, ...made, suggestion: input.suggestion ?? null })
    }
  }
  return [...ids].flatMap((id) => tx.store.themeDecisions.get(id) ?? [])
}

/** Sorted by article, then theme: a stable order for lists and tests. */
export function byArticleAndTheme(a: ThemeDecision, b: ThemeDecision): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1
  return a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : 0
}
