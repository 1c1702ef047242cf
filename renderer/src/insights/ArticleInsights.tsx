// The About tab: which party and state documents the open article cites and which reform themes
// it carries, each with its evidence marked in the text on a click, and the user's verdict on
// each theme (stored with the annotations, undone with Ctrl+Z like them).
import { useTranslation } from 'react-i18next'
import type { ThemeVerdict } from '../../../common/model/theme-decision'
import type { EvidenceMeta } from '../reader/evidence-plugin'
import { api } from '../api/client'
import type { AnnotationsView } from '../annotations/use-annotations'
import { SafeText } from '../bidi/SafeText'
import { DocumentItem } from './DocumentItem'
import { ThemeItem } from './ThemeItem'
import { themeSuggestion } from './theme-suggestion'
import { useInsights, type ThemeRow } from './use-insights'
import { useThemeEditorOpener } from './editor/editor-opener'
import { AlsoPublishedAs } from '../duplicates/AlsoPublishedAs'
import './insights.css'

interface Props {
  articleId: string
  contentHash: string
  /** Which item's evidence is marked in the text (`doc:…`, `theme:…`), if any. */
  shown: string | null
  onShow: (key: string | null, ranges: EvidenceMeta) => void
  run: AnnotationsView['run']
}

export function ArticleInsights({ articleId, contentHash, shown, onShow, run }: Props) {
  const { t } = useTranslation('insights')
  const insights = useInsights(articleId, contentHash)
  const editThemes = useThemeEditorOpener()
  const toggle = (key: string, ranges: { start: number; end: number }[]) =>
    shown === key ? onShow(null, null) : onShow(key, ranges)

  const decide = (row: ThemeRow, verdict: ThemeVerdict | null) => {
    const suggestion = themeSuggestion(row.theme)
    void run(api.setThemeDecisions({ decisions: [{ articleId, themeId: row.id, verdict, suggestion }] }))
  }

  if (insights.error)
    return (
      <p className="error" role="alert">
        <SafeText text={insights.error} />
      </p>
    )
  if (!insights.analysis) return <p className="empty">{insights.loading ? t('readingArticle') : t('pending')}</p>

  const themeRow = (row: ThemeRow) => (
    <ThemeItem
      key={row.id}
      row={row}
      active={shown === `theme:${row.id}`}
      onShow={() =>
        toggle(
          `theme:${row.id}`,
          (row.theme?.evidence ?? []).filter((e) => e.paragraph >= 0).flatMap((e) => e.cues)
        )
      }
      onDecide={(verdict) => decide(row, verdict)}
    />
  )
  const main = insights.themes.filter((row) => row.state !== 'faint')
  const faint = insights.themes.filter((row) => row.state === 'faint')
  return (
    <div className="insights">
      <section aria-label={t('documentsCited')}>
        <h3 className="pane-title">{t('documentsCitedCount', { count: insights.citations.length })}</h3>
        {insights.citations.length === 0 ? (
          <p className="empty">{t('noDocuments')}</p>
        ) : (
          <ol className="insight-list">
            {insights.citations.map((citation) => {
              const key = `doc:${citation.id ?? citation.kind + citation.number}`
              return (
                <DocumentItem
                  key={key}
                  citation={citation}
                  active={shown === key}
                  onShow={() =>
                    toggle(
                      key,
                      citation.mentions.filter((m) => m.paragraph >= 0)
                    )
                  }
                />
              )
            })}
          </ol>
        )}
      </section>
      <section aria-label={t('themes')}>
        <div className="themes-head">
          <h3 className="pane-title">{t('themesCount', { count: main.length })}</h3>
          {editThemes && (
            <button type="button" className="edit-themes-link" onClick={() => editThemes(null)}>
              {t('editThemes')}
            </button>
          )}
        </div>
        {main.length === 0 && <p className="empty">{t('noThemes')}</p>}
        <ol className="insight-list">{main.map(themeRow)}</ol>
        {faint.length > 0 && (
          <details className="faint-themes">
            <summary>{t('faintMore', { count: faint.length })}</summary>
            <ol className="insight-list">{faint.map(themeRow)}</ol>
          </details>
        )}
      </section>
      <AlsoPublishedAs articleId={articleId} run={run} />
    </div>
  )
}
