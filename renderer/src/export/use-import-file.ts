// Importing a file the user picked: read in the renderer (no path crosses to main), sent as
// base64, written by main as one undoable step. The views refresh through main's change events.
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { IMPORT_MAX_BYTES, type ImportSummary } from '../../../common/model/export'
import { api } from '../api/client'
import { bytesToBase64 } from './base64'

export type ImportState =
  | { state: 'idle' }
  | { state: 'reading'; fileName: string }
  | { state: 'done'; fileName: string; summary: ImportSummary }
  | { state: 'error'; fileName: string; message: string }

export const IMPORT_ACCEPT = '.json,.jsonld,.qdc,.qdpx'

export function useImportFile() {
  const { t } = useTranslation('export')
  const [status, setStatus] = useState<ImportState>({ state: 'idle' })
  const importFile = useCallback(
    async (file: File) => {
      const fileName = file.name
      // Checked before reading: a file this large would be refused by main after a long wait.
      if (file.size > IMPORT_MAX_BYTES) {
        const limit = IMPORT_MAX_BYTES / 1024 / 1024
        return setStatus({ state: 'error', fileName, message: t('tooLarge', { fileName, limit }) })
      }
      setStatus({ state: 'reading', fileName })
      try {
        const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
        const answer = await api.importAnnotations({ fileName, base64 })
        setStatus(
          answer.ok
            ? { state: 'done', fileName, summary: answer.value }
            : { state: 'error', fileName, message: answer.error.message }
        )
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err)
        setStatus({ state: 'error', fileName, message: t('couldNotRead', { fileName, reason }) })
      }
    },
    [t]
  )
  return { status, importFile }
}
