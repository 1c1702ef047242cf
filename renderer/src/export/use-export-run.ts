// Running the export: main writes the file, then either saved it through the app's save dialog
// (it answers the path), was cancelled there (nothing to say), or hands the bytes back in web
// mode, which are offered as a download under the name main chose.
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportRequest } from '../../../common/model/export'
import { api } from '../api/client'
import { download } from '../themes-view/download'
import { base64ToBytes } from './base64'

export interface ExportOutcome {
  kind: 'done' | 'error'
  text: string
}

export function useExportRun() {
  const { t } = useTranslation('export')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null)
  const run = useCallback(
    async (request: ExportRequest) => {
      setBusy(true)
      setOutcome(null)
      try {
        const answer = await api.exportAnnotations(request)
        if (!answer.ok)
          return setOutcome({ kind: 'error', text: t('couldNotExport', { message: answer.error.message }) })
        const result = answer.value
        if (result.kind === 'saved') setOutcome({ kind: 'done', text: t('savedTo', { path: result.path }) })
        else if (result.kind === 'download') {
          download(new Blob([base64ToBytes(result.base64)], { type: result.mimeType }), result.fileName)
          setOutcome({ kind: 'done', text: t('downloaded', { fileName: result.fileName }) })
        }
      } finally {
        setBusy(false)
      }
    },
    [t]
  )
  return { run, busy, outcome, clear: useCallback(() => setOutcome(null), []) }
}
