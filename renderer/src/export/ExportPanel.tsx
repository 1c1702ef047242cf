// The Export tab: what to export (format, scope, grouping), a preview of what it would write, and
// the button that writes it. The choice is the app's (remembered while the app runs).
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { EXPORT_FORMATS } from '../../../common/model/export'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'
import { ExportPreviewBox } from './ExportPreviewBox'
import { FormatFields } from './FormatFields'
import { scopeHasNothing } from './preview-words'
import { ScopeFieldset } from './ScopeFieldset'
import { toExportScope, usableChoice, type ScopeContext } from './scope-choice'
import type { ExportDialogControl } from './use-export-dialog'
import { useExportPreview } from './use-export-preview'
import { useExportRun } from './use-export-run'

interface Props {
  control: ExportDialogControl
  context: ScopeContext
  activeTitle: string | null
}

/** Until the first preview says which formats this app writes: all but PDF (the desktop app's). */
const WEB_FORMATS = EXPORT_FORMATS.filter((format) => format !== 'pdf')

export function ExportPanel({ control, context, activeTitle }: Props) {
  const { t } = useTranslation('export')
  const status = useAppStatus()
  const connected = status !== null
  // A preview or an export collecting many articles says how far it is (main publishes it).
  const exporting = status?.exporting ?? null
  const tags = useQuery({ queryKey: keys.tags, queryFn: () => unwrap(api.listTags({})), enabled: connected })
  const themes = useQuery({ queryKey: keys.themes, queryFn: () => unwrap(api.listThemes({})), enabled: connected })
  const choice = usableChoice(control.choice, context)
  const change = (fields: Partial<typeof choice>) => control.setChoice({ ...choice, ...fields })
  const scope = toExportScope(choice, context)
  const request = scope ? { format: choice.format, scope, grouping: choice.grouping } : null
  const preview = useExportPreview(request)
  const exporter = useExportRun()
  const formats = preview.formats ?? WEB_FORMATS
  // The preview says the scope holds nothing to export: the button waits for a highlight.
  const nothing = preview.preview !== null && scopeHasNothing(preview.preview.counts, choice.format)

  return (
    <form
      className="export-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (request) void exporter.run(request)
      }}
    >
      <div className="export-choices">
        <FormatFields choice={choice} formats={formats} onChange={change} />
        <ScopeFieldset
          choice={choice}
          context={context}
          activeTitle={activeTitle}
          tags={tags.data ?? []}
          themes={themes.data?.themes ?? []}
          onChange={change}
        />
      </div>
      <ExportPreviewBox state={preview} format={choice.format} scopeChosen={scope !== null} />
      <div className="export-actions">
        {exporting && exporting.total > 0 && (
          <p className="export-progress" role="status">
            <progress max={exporting.total} value={exporting.done} aria-label={t('collected')} />{' '}
            {t('progress', { done: exporting.done.toLocaleString('en'), total: exporting.total.toLocaleString('en') })}
          </p>
        )}
        <p className={exporter.outcome?.kind === 'error' ? 'error' : 'export-outcome'} role="status">
          {exporter.outcome?.text}
        </p>
        <button type="submit" className="small primary" disabled={!request || exporter.busy || nothing}>
          {exporter.busy ? t('exporting') : t('export')}
        </button>
      </div>
    </form>
  )
}
