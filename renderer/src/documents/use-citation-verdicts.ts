// The user's verdicts on citations, sent as one undoable step (one row, or a review list's
// checked rows), and the undo of the last one, with its refusal worded for the user. Main's
// `citation-decisions` event makes the views on screen ask again.
import { useState } from 'react'
import type { CitationVerdict } from '../../../common/model/documents'
import { api } from '../api/client'
import { useApiAction } from '../data/use-api-action'

export interface CitationDecisionRequest {
  articleId: string
  citation: string
  verdict: CitationVerdict | null
  document?: string
}

export function useCitationVerdicts() {
  const action = useApiAction()
  const [last, setLast] = useState<string | null>(null)
  const decide = async (requests: CitationDecisionRequest[]) => {
    if (requests.length === 0) return
    const done = await action.run(() => api.decideCitations({ decisions: requests }))
    if (done) setLast(describe(requests))
  }
  const undo = async () => {
    const answer = await action.run(() => api.undo({}))
    if (answer) setLast(null)
  }
  return { decide, undo, last, busy: action.busy, error: action.error }
}

function describe(requests: CitationDecisionRequest[]): string {
  const [only] = requests
  const what = requests.length === 1 && only ? `${only.citation}` : `${requests.length} citations`
  const verdict = only?.verdict
  if (requests.length === 1 && verdict === null) return `Verdict on ${what} cleared`
  if (verdict === 'corrected') return `Corrected ${what}`
  return verdict === 'rejected' ? `Marked ${what} as not this document` : `Confirmed ${what}`
}
