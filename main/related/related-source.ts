// What the open article counts with when its related passages are looked for: the documents it
// cites and the themes it carries (detected, or confirmed by the user; never one they rejected).
// With a selected range, only the documents cited and the themes with a cue inside it count, so
// the panel answers "what else is said about this passage".
import type { IndexedAnalysis } from '../../common/model/intelligence-types'
import type { RelatedBasis, TextRange } from '../../common/model/related'
import type { ThemeDecision } from '../../common/model/theme-decision'
import type { RelatedCriteria } from './related-score'

const overlaps = (start: number, end: number, range: TextRange) => start < range.end && end > range.start

export function relatedSource(
  analysis: IndexedAnalysis,
  decisions: readonly ThemeDecision[],
  range?: TextRange
): { basis: RelatedBasis; documents: RelatedCriteria['documents']; themes: RelatedCriteria['themes'] } {
  const verdict = new Map(decisions.map((decision) => [decision.themeId, decision.verdict]))
  // The title's offsets are into the title, not the text: a range never holds them.
  const inRange = (paragraph: number, start: number, end: number) =>
    !range || (paragraph >= 0 && overlaps(start, end, range))
  const documents = new Map<string, RelatedCriteria['documents'][number]>()
  for (const citation of analysis.citations) {
    const code = citation.id
    if (!code || !citation.mentions.some((m) => inRange(m.paragraph, m.start, m.end))) continue
    const key = citation.resolved?.key ?? null
    documents.set(key ?? code, { name: key ?? code, code, key })
  }
  const themes: RelatedCriteria['themes'] = []
  for (const theme of analysis.themes) {
    const decided = verdict.get(theme.id)
    if (decided === 'rejected' || (!theme.detected && decided !== 'confirmed')) continue
    const cued = theme.evidence.some((e) => e.cues.some((cue) => inRange(e.paragraph, cue.start, cue.end)))
    if (cued) themes.push({ theme: theme.id, confirmed: decided === 'confirmed' })
  }
  // A theme the user confirmed without any cue in the text: the whole article carries it, no passage does.
  if (!range)
    for (const [theme, decided] of verdict)
      if (decided === 'confirmed' && !themes.some((t) => t.theme === theme)) themes.push({ theme, confirmed: true })
  const list = [...documents.values()]
  return {
    basis: { documents: list.map(({ code, key }) => ({ code, key })), themes },
    documents: list,
    themes
  }
}

/** The user's verdicts on the other articles, by theme, for the themes that count. */
export function decisionsByTheme(
  all: readonly ThemeDecision[],
  themes: readonly string[]
): Pick<RelatedCriteria, 'confirmed' | 'rejected'> {
  const wanted = new Set(themes)
  const confirmed: Record<string, string[]> = {}
  const rejected: Record<string, string[]> = {}
  for (const decision of all) {
    if (!wanted.has(decision.themeId)) continue
    const into = decision.verdict === 'confirmed' ? confirmed : rejected
    ;(into[decision.themeId] ??= []).push(decision.articleId)
  }
  return { confirmed, rejected }
}
