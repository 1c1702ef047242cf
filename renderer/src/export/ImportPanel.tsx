// The Import tab: a file picked (W3C annotations, a REFI-QDA codebook or project), read and
// handed to main; what the import did in sentences, with every passage that found no place.
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { importSummaryText } from './import-summary-text'
import { IMPORT_ACCEPT, useImportFile } from './use-import-file'

export function ImportPanel() {
  const { t } = useTranslation('export')
  const { status, importFile } = useImportFile()
  const inputId = useId()
  const reading = status.state === 'reading'
  const text = status.state === 'done' ? importSummaryText(status.summary, t) : null
  return (
    <div className="export-import">
      <p className="muted">{t('importIntro')}</p>
      <label className="export-field-label" htmlFor={inputId}>
        {t('fileToImport')}
      </label>
      <input
        id={inputId}
        data-autofocus
        type="file"
        accept={IMPORT_ACCEPT}
        disabled={reading}
        onChange={(event) => {
          const file = event.target.files?.[0]
          // Cleared, so choosing the same file again imports it again.
          event.target.value = ''
          if (file) void importFile(file)
        }}
      />
      <div className="export-import-result" role="status">
        {reading && <p>{t('importing', { fileName: status.fileName })}</p>}
        {status.state === 'error' && <p className="error">{status.message}</p>}
        {status.state === 'done' && text && (
          <>
            <p className="export-import-done">
              {t('imported', { fileName: status.fileName })} {text.headline}
            </p>
            {text.orphanedHeading && (
              <>
                <p>{text.orphanedHeading}</p>
                <ul className="export-orphans">
                  {status.summary.orphaned.map((orphan) => (
                    <li key={orphan.id}>
                      <q lang="th">{orphan.quote}</q> <span className="muted">{orphan.reason}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </div>
  )
}
