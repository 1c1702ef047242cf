// An article's analysis as the About tab shows it, with the user's verdicts on its citations put
// in: a verdict beats detection, as a theme decision does (the stored analysis is not touched).
import type { KnownDocument } from '../../common/model/intelligence-data'
import type { IndexedAnalysis } from '../../common/model/intelligence-types'
import { citationDecisionId, citationName, type CitationDecision } from '../../common/model/documents'

export function honourVerdicts(
  articleId: string,
  analysis: IndexedAnalysis | null,
  decisions: ReadonlyMap<string, CitationDecision>,
  known: ReadonlyMap<string, KnownDocument>
): IndexedAnalysis | null {
  if (!analysis || decisions.size === 0) return analysis
  const citations = analysis.citations.map((citation) => {
    const decision = decisions.get(citationDecisionId(articleId, citationName(citation)))
    if (!decision) return citation
    const doc = decision.document === null ? undefined : known.get(decision.document)
    const resolved = doc
      ? { key: doc.key, title: doc.title.th ?? doc.title.en, date: doc.date, term: doc.term, by: 'user' as const }
      : null
    return { ...citation, resolved, confidence: 1, decided: decision.verdict }
  })
  return { ...analysis, citations }
}
