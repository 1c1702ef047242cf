// The decisions one bulk action sends. Each records what detection said of the theme in that
// article (theme-suggestion.ts), which the listing's carriers do not hold (no ontology version,
// no cues): it is read from the article's analysis, a few at a time. An analysis that cannot be
// read leaves that decision's suggestion empty rather than stopping the action: the verdict is
// the user's, the suggestion only an audit aid.
import type { ApiInput } from '../../../../common/api/contract'
import type { IndexedAnalysis } from '../../../../common/model/intelligence-types'
import type { ThemeVerdict } from '../../../../common/model/theme-decision'
import { themeSuggestion } from '../theme-suggestion'
import { verdictOf, type ReviewRow } from './review-rows'

export type DecisionInput = ApiInput<'setThemeDecisions'>['decisions'][number]

/** Analyses asked for at once: enough to hide the round trips, few enough to leave main free. */
const IN_FLIGHT = 6

/** The rows a verdict would change: one that has it already is left out (and out of the undo step). */
export const rowsToChange = (rows: readonly ReviewRow[], verdict: ThemeVerdict | null): ReviewRow[] =>
  rows.filter((row) => verdictOf(row) !== verdict)

export async function decisionInputs(
  rows: readonly ReviewRow[],
  themeId: string,
  verdict: ThemeVerdict | null,
  analysisOf: (row: ReviewRow) => Promise<IndexedAnalysis | null>,
  onProgress: (done: number) => void = () => undefined
): Promise<DecisionInput[]> {
  const input = (row: ReviewRow, suggestion: DecisionInput['suggestion']) => ({
    articleId: row.id,
    themeId,
    verdict,
    suggestion
  })
  // A cleared verdict keeps no suggestion: there is no decision left to audit.
  if (verdict === null) return rows.map((row) => input(row, null))
  const decisions: DecisionInput[] = new Array(rows.length)
  let next = 0
  let done = 0
  const work = async () => {
    for (let at = next++; at < rows.length; at = next++) {
      const row = rows[at] as ReviewRow
      const analysis = await analysisOf(row).catch(() => null)
      decisions[at] = input(row, themeSuggestion(analysis?.themes.find((theme) => theme.id === themeId)))
      onProgress(++done)
    }
  }
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, rows.length) }, work))
  return decisions
}
