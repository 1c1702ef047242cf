// The user's verdicts on citations, sent as one undoable step (one row, or a review list's
// checked rows), and the undo of the last one, with its refusal worded for the user. Main's
// `citation-decisions` event makes the views on screen ask again.
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
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
  const { t } = useTranslation('documents')
  const action = useApiAction()
  const [last, setLast] = useState<string | null>(null)
  const decide = async (requests: CitationDecisionRequest[]) => {
    if (requests.length === 0) return
    const done = await action.run(() => api.decideCitations({ decisions: requests }))
    if (done) setLast(describe(requests, t))
  }
  const undo = async () => {
    const answer = await action.run(() => api.undo({}))
    if (answer) setLast(null)
  }
  return { decide, undo, last, busy: action.busy, error: action.error }
}

function describe(requests: CitationDecisionRequest[], t: TFunction<'documents'>): string {
  const [only] = requests
  const what = requests.length === 1 && only ? `${only.citation}` : t('citationCount', { count: requests.length })
  const verdict = only?.verdict
  if (requests.length === 1 && verdict === null) return t('doneCleared', { what })
  if (verdict === 'corrected') return t('doneCorrected', { what })
  return verdict === 'rejected' ? t('doneRejected', { what }) : t('doneConfirmed', { what })
}
