import { useTranslation } from 'react-i18next'
import type { CitationReviewRow, KnownDocumentChoice } from '../../../common/model/documents'
import { SafeText } from '../bidi/SafeText'
import { resolutionWords, verdictWords } from './resolution-words'
import { useDates } from '../dates/use-dates'

interface Props {
  row: CitationReviewRow
  known: KnownDocumentChoice[]
  canOpen: boolean
  onOpen: (range: { start: number; end: number } | undefined) => void
}

/** A citation to review: its article, the document the app chose and how sure it was, any verdict,
 * and the first citing sentence (which opens the article there). */
export function ReviewRowBody({ row, known, canOpen, onOpen }: Props) {
  const { t } = useTranslation('documents')
  const dates = useDates()
  const doc = (key: string) => known.find((choice) => choice.key === key)
  const suggested = row.suggested ? doc(row.suggested) : undefined
  const first = row.sentences[0]
  return (
    <div className="review-body">
      <span className="citing-title" lang="th">
        <SafeText text={row.article.title} />
      </span>
      <span className="meta">
        {row.article.outlet ? <SafeText text={row.article.outlet} /> : t('unknownOutlet')}
        <span>{dates.article(row.article) ?? t('noDate')}</span>
      </span>
      <span className={row.decision ? 'verdict-mark' : 'doubtful-mark'}>
        {row.code ?? row.citation} →{' '}
        {suggested ? t('suggestedOf', { code: suggested.code, date: suggested.date }) : t('noDocument')} ·{' '}
        {resolutionWords(row.by, row.confidence, t)}
        {row.decision ? ` · ${verdictWords(row.decision, (key) => doc(key)?.code ?? null, t)}` : ''}
      </span>
      {suggested && (
        <span className="doc-facts" lang="th">
          <SafeText text={suggested.title} />
        </span>
      )}
      {first && (
        <button
          type="button"
          className="sentence-open"
          lang="th"
          disabled={!canOpen}
          onClick={() => onOpen({ start: first.start, end: first.end })}
        >
          <SafeText text={first.text} />
        </button>
      )}
    </div>
  )
}
