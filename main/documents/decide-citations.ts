// The user's verdicts on resolved citations, applied in one transaction (one undo step for a whole
// review list): confirm what detection chose, correct it to another known document, or say "not
// this document". What detection said is kept with each verdict, so it can be audited later.
import { ApiError } from '../../common/errors/api-error'
import {
  citationDecisionId,
  type CitationDecision,
  type CitationSuggestion,
  type CitationVerdict
} from '../../common/model/documents'
import type { Transaction } from '../annotations/transaction'

export interface CitationDecisionInput {
  articleId: string
  citation: string
  /** Null clears the verdict (detection counts again). */
  verdict: CitationVerdict | null
  /** The known document's key, for `corrected`. */
  document?: string
}

export interface CitationFacts {
  /** What detection says of the article's citation; undefined if the article does not cite it. */
  suggestion: (articleId: string, citation: string) => CitationSuggestion | undefined
  isKnown: (key: string) => boolean
}

export function citationReviewLabel(inputs: readonly CitationDecisionInput[]): string {
  const [only] = inputs
  if (inputs.length !== 1 || !only) return `review ${inputs.length} citations`
  if (only.verdict === null) return 'clear citation verdict'
  return { confirmed: 'confirm citation', corrected: 'correct citation', rejected: 'reject citation' }[only.verdict]
}

/** Applies each input in order; returns the verdicts now stored for them, cleared ones left out. */
export function decideCitations(
  tx: Transaction,
  inputs: readonly CitationDecisionInput[],
  made: { by: string; at: string },
  facts: CitationFacts
): CitationDecision[] {
  const ids = new Set<string>()
  for (const { articleId, citation, verdict, document } of inputs) {
    const id = citationDecisionId(articleId, citation)
    ids.add(id)
    const current = tx.store.citationDecisions.get(id)
    if (verdict === null) {
      if (current) tx.deleteCitationDecision(id)
      continue
    }
    const suggestion = facts.suggestion(articleId, citation)
    if (suggestion === undefined)
      throw new ApiError('not-found', `That article does not cite ${citation} (any more): nothing was decided.`)
    const meant = verdict === 'confirmed' ? suggestion.key : verdict === 'corrected' ? (document ?? null) : null
    if (verdict === 'confirmed' && meant === null)
      throw new ApiError('invalid-input', `${citation} was not resolved to a document: correct it instead.`)
    if (verdict === 'corrected' && (meant === null || !facts.isKnown(meant)))
      throw new ApiError('invalid-input', 'Correct a citation to a document in the known-documents list.')
    if (current?.verdict === verdict && current.document === meant) continue
    tx.putCitationDecision({ id, articleId, citation, verdict, document: meant, suggestion, ...made })
  }
  return [...ids].flatMap((id) => tx.store.citationDecisions.get(id) ?? [])
}
