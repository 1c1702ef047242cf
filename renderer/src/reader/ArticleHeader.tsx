// The header above an article's text: title, outlet, date and source (each marked where it was
// guessed, each correctable in place: main/corrections), the parser's warnings, and the switch
// between the cleaned and the original text.
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleSummary } from '../../../common/model/article-types'
import { api } from '../api/client'
import { plainLabel } from '../bidi/bidi-controls'
import { SafeText } from '../bidi/SafeText'
import { DOUBTFUL, hostOf } from '../library/header-format'
import { useLibrary } from '../library/use-library'
import { EditableField } from '../corrections/EditableField'
import { useCorrectArticle } from '../corrections/use-correct-article'
import { useDates } from '../dates/use-dates'

interface Props {
  summary: ArticleSummary
  showOriginal: boolean
  onToggleOriginal: () => void
  /** An orphan is being re-attached: the header says how. */
  reattaching: boolean
}

export function ArticleHeader({ summary: opened, showOriginal, onToggleOriginal, reattaching }: Props) {
  const { t } = useTranslation('reader')
  const [openError, setOpenError] = useState<string | null>(null)
  // The library's entry is kept current by change events (a correction, undone or not); the
  // article's own summary is as it was when opened.
  const { articles } = useLibrary()
  // Looked up once per library answer, not at every render of the reader (10,000 entries).
  const listed = useMemo(() => articles?.find((entry) => entry.id === opened.id), [articles, opened.id])
  const summary = listed ?? opened
  const correct = useCorrectArticle()
  const dates = useDates()
  const openSource = async () => {
    const result = await api.openSource({ id: summary.id })
    setOpenError(result.ok ? null : result.error.message)
  }
  const dateText = summary.date
    ? dates.article(summary)
    : summary.year
      ? t('header.yearOnly', { date: dates.article(summary) })
      : null
  return (
    <header className="article-header">
      <EditableField summary={summary} field="title" value={summary.title} correct={correct}>
        <h1 lang="th">
          <SafeText text={summary.title} />
        </h1>
      </EditableField>
      {summary.titleConfidence < DOUBTFUL && (
        <p className="field-note">
          {t('header.titleGuessed')}
          <SafeText text={summary.titleHow} />.
        </p>
      )}
      <p className="byline">
        <EditableField summary={summary} field="outlet" value={summary.outlet} correct={correct}>
          <span
            className={summary.outlet && summary.outletConfidence < DOUBTFUL ? 'outlet doubtful' : 'outlet'}
            title={summary.outlet ? undefined : t('header.noOutletTitle')}
          >
            {summary.outlet ? <SafeText text={summary.outlet} /> : t('header.unknownOutlet')}
            {summary.outlet && summary.outletConfidence < DOUBTFUL ? '?' : ''}
          </span>
        </EditableField>
        <EditableField summary={summary} field="date" value={summary.date} correct={correct}>
          <span className="date">{dateText ?? t('header.noDate')}</span>
        </EditableField>
        <EditableField summary={summary} field="sourceUrl" value={summary.sourceUrl} correct={correct}>
          {summary.sourceUrl ? (
            <button
              type="button"
              className="link"
              onClick={() => void openSource()}
              title={plainLabel(summary.sourceUrl)}
            >
              <SafeText text={hostOf(summary.sourceUrl) ?? ''} /> ↗
            </button>
          ) : (
            <span className="muted">{t('header.noSource')}</span>
          )}
        </EditableField>
        <button
          type="button"
          className="small toggle"
          aria-pressed={showOriginal}
          onClick={onToggleOriginal}
          title="Alt+O"
        >
          {showOriginal ? t('header.showCleaned') : t('header.showOriginal')}
        </button>
      </p>
      {summary.warnings.map((warning) => (
        <p key={warning} className="notice">
          <SafeText text={warning} />
        </p>
      ))}
      {openError && (
        <p className="error" role="alert">
          <SafeText text={openError} />
        </p>
      )}
      {reattaching && <p className="notice">{t('header.reattaching')}</p>}
    </header>
  )
}
