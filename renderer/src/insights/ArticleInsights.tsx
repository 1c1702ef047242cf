// The About tab: which party and state documents the open article cites and which reform themes
// it carries, each with its evidence marked in the text on a click, and the user's verdict on
// each theme (stored with the annotations, undone with Ctrl+Z like them).
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
  if (!insights.analysis)
    return (
      <p className="empty">
        {insights.loading
          ? 'Reading the article…'
          : 'The search index is still reading this article; its documents and themes follow.'}
      </p>
    )

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
      <section aria-label="Documents cited">
        <h3 className="pane-title">Documents cited ({insights.citations.length})</h3>
        {insights.citations.length === 0 ? (
          <p className="empty">No party or state document is cited by number.</p>
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
      <section aria-label="Themes">
        <div className="themes-head">
          <h3 className="pane-title">Themes ({main.length})</h3>
          {editThemes && (
            <button type="button" className="edit-themes-link" onClick={() => editThemes(null)}>
              Edit themes…
            </button>
          )}
        </div>
        {main.length === 0 && <p className="empty">No reform theme stands out in this article.</p>}
        <ol className="insight-list">{main.map(themeRow)}</ol>
        {faint.length > 0 && (
          <details className="faint-themes">
            <summary>Faint cues of {faint.length} more</summary>
            <ol className="insight-list">{faint.map(themeRow)}</ol>
          </details>
        )}
      </section>
      <AlsoPublishedAs articleId={articleId} run={run} />
    </div>
  )
}
