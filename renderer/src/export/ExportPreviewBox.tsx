// What the chosen export would write: its file name, what it covers, and its first lines in a
// scrollable monospace box (Thai marked as Thai, so the Thai font and line height apply). The last
// answer stays, dimmed, while the next is on its way, so the box does not jump as choices change.
import { useTranslation } from 'react-i18next'
import { EXPORT_FORMAT_INFO, type ExportFormat } from '../../../common/model/export'
import { countsSentence, scopeHasNothing } from './preview-words'
import type { PreviewState } from './use-export-preview'

interface Props {
  state: PreviewState
  format: ExportFormat
  /** False while a tag or theme scope waits for the tag or theme. */
  scopeChosen: boolean
}

export function ExportPreviewBox({ state, format, scopeChosen }: Props) {
  const { t } = useTranslation('export')
  const { preview, loading, error } = state
  if (!scopeChosen) return <p className="export-preview empty">{t('chooseTagOrTheme')}</p>
  return (
    <section
      className="export-preview"
      aria-label={t('preview')}
      aria-busy={loading}
      data-loading={loading || undefined}
    >
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!preview && !error && <p className="empty">{t('preparing')}</p>}
      {preview && (
        <>
          <p className="export-file-name">
            <span className="muted">{t('file')}</span>
            <span lang="th" dir="auto">
              {preview.fileName}
            </span>
          </p>
          <p className="export-counts muted">{countsSentence(preview.counts, t)}</p>
          {scopeHasNothing(preview.counts, format) ? (
            <p className="export-empty">{t('emptyScope')}</p>
          ) : (
            <pre
              className="export-lines"
              lang="th"
              tabIndex={0}
              aria-label={EXPORT_FORMAT_INFO[format].binary ? t('fileHolds') : t('firstLines')}
            >
              {preview.lines.join('\n')}
            </pre>
          )}
        </>
      )}
    </section>
  )
}
