// The Export dialog's methods: a preview of the first lines, the export itself (the save dialog
// in the app, a download in web mode) and an import of a file the renderer read. The model the
// preview collected is kept for the export that follows it, until anything changes.
import { ApiError } from '../../common/errors/api-error'
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat, type ExportRequest } from '../../common/model/export'
import type { ExportSources } from '../export/export-sources'
import type { ExportModel } from '../export/export-model'
import { exportFileName } from '../export/export-file-name'
import { collectFor, isBinaryFormat, isLibraryTable, writeFormat } from '../export/write-export'
import { importFile, type ImportDeps } from '../import/import-file'
import type { ApiHandlers } from './dispatch'
import type { ExportProgress } from '../../common/model/app-status'

export interface ExportDeps {
  sources: ExportSources
  imports: ImportDeps
  /** Grows with every change of content: a kept model older than a change is collected again. */
  version: () => number
  /** Where an export's progress is shown (the status board), and null once it is done. */
  progress?: (exporting: ExportProgress | null) => void
  /** The app's save dialog, writing the file from main; null when the user cancelled. Absent in web mode. */
  saveFile?: (fileName: string, bytes: Uint8Array) => Promise<string | null>
  /** Electron's printToPDF of the report; absent in web mode. */
  printToPdf?: (html: string) => Promise<Uint8Array>
}

/** How many lines of a text format the dialog previews. */
const PREVIEW_LINES = 40

export function exportHandlers(
  deps: ExportDeps | undefined
): Pick<ApiHandlers, 'previewExport' | 'exportAnnotations' | 'importAnnotations'> {
  const ready = () => {
    if (deps) return deps
    throw new ApiError('failed', 'Export is not available in this host.')
  }
  const formats = (): ExportFormat[] => EXPORT_FORMATS.filter((format) => format !== 'pdf' || !!deps?.printToPdf)
  let kept: { key: string; model: ExportModel } | null = null
  const modelFor = async (request: ExportRequest): Promise<ExportModel> => {
    const { sources, version } = ready()
    const table = isLibraryTable(request.format) && request.scope.kind === 'all' ? request.format : null
    const key = JSON.stringify([version(), request.scope, request.grouping, table])
    if (kept?.key === key) return kept.model
    const { progress } = ready()
    try {
      const model = await collectFor(sources, request, { progress: (done, total) => progress?.({ done, total }) })
      kept = { key, model }
      return model
    } finally {
      progress?.(null)
    }
  }
  return {
    previewExport: async (request) => {
      const model = await modelFor(request)
      const base = { fileName: exportFileName(model, request.format), counts: model.counts, formats: formats() }
      if (isBinaryFormat(request.format)) return { ...base, lines: [binarySummary(request.format, model)] }
      const { bytes } = await writeFormat(ready().sources, model, request)
      const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '')
      return { ...base, lines: head.split(/\r?\n/).slice(0, PREVIEW_LINES) }
    },
    exportAnnotations: async (request) => {
      const { sources, saveFile, printToPdf } = ready()
      const { fileName, bytes } = await writeFormat(sources, await modelFor(request), request, { printToPdf })
      if (saveFile) {
        const path = await saveFile(fileName, bytes)
        return path === null ? { kind: 'cancelled' } : { kind: 'saved', path, bytes: bytes.length }
      }
      const { mimeType } = EXPORT_FORMAT_INFO[request.format]
      return { kind: 'download', fileName, mimeType, base64: Buffer.from(bytes).toString('base64') }
    },
    importAnnotations: ({ fileName, base64 }) => importFile(fileName, Buffer.from(base64, 'base64'), ready().imports)
  }
}

function binarySummary(format: ExportFormat, model: ExportModel): string {
  const { articles, highlights } = model.counts
  const what =
    format === 'qdpx'
      ? `${articles} articles as sources, ${highlights} highlights as codings, the codebook and notes`
      : `the report of ${articles} articles and ${highlights} highlights, as printed pages`
  return `${EXPORT_FORMAT_INFO[format].label}: ${what}.`
}
