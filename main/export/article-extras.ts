// What an exported article carries beside its highlights: the memo, its themes (detected or
// decided, with their evidence paragraphs) and the documents it cites, all in code points.
import { codePointOffsets } from '../anchoring'
import { articleText, blockStarts } from '../../common/text/article-text'
import type { Article } from '../../common/model/article-types'
import type { ThemeDecision } from '../../common/model/theme-decision'
import type { Memo } from '../../common/model/memo'
import type { ExportSources } from './export-sources'
import type { ExportArticle, ExportArticleTheme, ExportCitation } from './export-model'

export async function articleExtras(
  sources: Pick<ExportSources, 'analysis'>,
  article: Article,
  known: { decisions: ThemeDecision[]; memo: Memo | null }
): Promise<Pick<ExportArticle, 'memo' | 'themes' | 'citations'>> {
  const id = article.summary.id
  const text = articleText(article.blocks)
  const points = codePointOffsets(text)
  const analysis = await sources.analysis(id)
  // Offsets of an analysis of another version of the text would cut the wrong passages.
  const current = analysis && analysis.contentHash === article.summary.contentHash ? analysis : null
  const starts = blockStarts(article.blocks)
  const verdicts = new Map(known.decisions.filter((d) => d.articleId === id).map((d) => [d.themeId, d]))
  const themes: ExportArticleTheme[] = []
  for (const theme of current?.themes ?? []) {
    const decision = verdicts.get(theme.id)
    verdicts.delete(theme.id)
    if (!theme.detected && !decision) continue
    themes.push({
      id: theme.id,
      strength: theme.strength,
      detected: theme.detected,
      verdict: decision?.verdict ?? null,
      decidedBy: decision?.by ?? null,
      decidedAt: decision?.at ?? null,
      evidence: theme.evidence
        .filter((evidence) => evidence.paragraph >= 0 && evidence.paragraph < article.blocks.length)
        .map((evidence) => {
          const start = starts[evidence.paragraph] ?? 0
          const length = article.blocks[evidence.paragraph]?.text.length ?? 0
          return {
            paragraph: evidence.paragraph,
            start: points.toCodePoint(start),
            end: points.toCodePoint(start + length),
            cues: [...new Set(evidence.cues.map((hit) => hit.cue))]
          }
        })
    })
  }
  // A verdict on a theme the index no longer sees in the text is still the user's word.
  for (const decision of verdicts.values())
    themes.push({
      id: decision.themeId,
      strength: decision.suggestion?.strength ?? 0,
      detected: false,
      verdict: decision.verdict,
      decidedBy: decision.by,
      decidedAt: decision.at,
      evidence: []
    })
  themes.sort((a, b) => b.strength - a.strength || a.id.localeCompare(b.id))
  const citations: ExportCitation[] = (current?.citations ?? [])
    .filter((citation) => citation.decided !== 'rejected')
    .map((citation) => ({
      documentId: citation.id,
      resolvedKey: citation.resolved?.key ?? null,
      resolvedTitle: citation.resolved?.title ?? null,
      resolvedDate: citation.resolved?.date ?? null,
      confidence: citation.confidence,
      mentions: citation.mentions
        .filter((mention) => mention.paragraph >= 0) // the title is not in the text
        .map((mention) => ({
          text: mention.text,
          sentence: mention.sentence.text,
          start: points.toCodePoint(mention.start),
          end: points.toCodePoint(mention.end)
        }))
    }))
  return { memo: known.memo, themes, citations }
}
