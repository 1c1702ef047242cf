import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CitationDecision, KnownDocumentChoice } from '../../../common/model/documents'
import type { CitationDecisionRequest } from './use-citation-verdicts'

interface Props {
  articleId: string
  citation: string
  doubtful: boolean
  decision: CitationDecision | null
  known: KnownDocumentChoice[]
  busy: boolean
  onDecide: (request: CitationDecisionRequest) => void
}

/** Confirm what the app chose, correct it to another known document, or say "not this document";
 * a verdict given can be cleared (detection counts again) or undone with Ctrl+Z. */
export function CitationVerdict({ articleId, citation, doubtful, decision, known, busy, onDecide }: Props) {
  const { t } = useTranslation('documents')
  const [correcting, setCorrecting] = useState(false)
  const decide = (verdict: CitationDecisionRequest['verdict'], document?: string) =>
    onDecide({ articleId, citation, verdict, document })
  const sameCode = known.filter((doc) => doc.code === citation)
  const others = known.filter((doc) => doc.code !== citation)
  return (
    <div className="citation-verdict" role="group" aria-label={t('verdictGroup', { citation })}>
      {doubtful && (
        <button type="button" className="small" disabled={busy} onClick={() => decide('confirmed')}>
          {t('confirm')}
        </button>
      )}
      {correcting ? (
        <select
          aria-label={t('correctLabel')}
          autoFocus
          defaultValue=""
          disabled={busy}
          onChange={(event) => {
            setCorrecting(false)
            if (event.target.value) decide('corrected', event.target.value)
          }}
          onBlur={() => setCorrecting(false)}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return
            event.stopPropagation()
            setCorrecting(false)
          }}
        >
          <option value="">{t('correctChoose')}</option>
          {[...sameCode, ...others].map((doc) => (
            <option key={doc.key} value={doc.key}>
              {doc.code} ({doc.date}) {doc.title}
            </option>
          ))}
        </select>
      ) : (
        <button type="button" className="small quiet" disabled={busy} onClick={() => setCorrecting(true)}>
          {t('correct')}
        </button>
      )}
      {decision?.verdict !== 'rejected' && (
        <button type="button" className="small quiet" disabled={busy} onClick={() => decide('rejected')}>
          {t('reject')}
        </button>
      )}
      {decision && (
        <button type="button" className="small quiet" disabled={busy} onClick={() => decide(null)}>
          {t('clearVerdict')}
        </button>
      )}
    </div>
  )
}
