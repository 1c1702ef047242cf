// One export, from request to bytes: the model collected for the scope (collectFor), then the
// chosen format's writer (writeFormat). The themes matrix and the documents list cover the whole
// library when the scope is "all": the matrix is read as the themes view reads it, and the
// documents list collects each article's citations alone.
import { strToU8 } from 'fflate'
import { ApiError } from '../../common/errors/api-error'
import { EXPORT_FORMAT_INFO, type ExportRequest } from '../../common/model/export'
import { collectExport } from './collect-export'
import type { ExportSources } from './export-sources'
import type { ExportModel } from './export-model'
import { writeMarkdown } from './formats/markdown'
import { writeHighlightsCsv } from './formats/highlights-csv'
import { writeHtmlReport } from './formats/html-report'
import { writeThemesCsv } from './formats/themes-csv'
import { writeDocumentsCsv } from './formats/documents-csv'
import { writeW3cAnnotations } from './w3c/write-w3c'
import { writeQdpx } from './refi-qda/write-qdpx'
import { writeQdc } from './refi-qda/codebook-xml'
import { exportFileName } from './export-file-name'
import { libraryModel } from './library-model'

export interface WrittenExport {
  fileName: string
  bytes: Uint8Array
}

export interface WriteOptions {
  /** Electron's printToPDF of the report; absent in web mode and the command line. */
  printToPdf?: (html: string) => Promise<Uint8Array>
  progress?: (done: number, total: number) => void
  now?: () => Date
}

export async function collectFor(
  sources: ExportSources,
  request: ExportRequest,
  options: WriteOptions = {}
): Promise<ExportModel> {
  const { progress, now } = options
  if (!(request.scope.kind === 'all' && isLibraryTable(request.format)))
    return collectExport(sources, { ...request, progress, now })
  if (request.format === 'themes-csv') return libraryModel(sources, request, now) // the matrix says the rest
  const everyArticle = { kind: 'articles' as const, articleIds: sources.list().map((article) => article.id) }
  const model = await collectExport(sources, { ...request, scope: everyArticle, parts: 'citations', progress, now })
  return { ...model, scope: request.scope, scopeLabel: 'The whole library' }
}

export async function writeFormat(
  sources: ExportSources,
  model: ExportModel,
  request: ExportRequest,
  options: WriteOptions = {}
): Promise<WrittenExport> {
  const fileName = exportFileName(model, request.format)
  const text = (value: string) => ({ fileName, bytes: strToU8(value) })
  switch (request.format) {
    case 'md':
      return text(writeMarkdown(model))
    case 'csv':
      return text(writeHighlightsCsv(model))
    case 'w3c':
      return text(writeW3cAnnotations(model))
    case 'html':
      return text(writeHtmlReport(model))
    case 'pdf':
      if (!options.printToPdf)
        throw new ApiError(
          'invalid-input',
          'PDF is made by the desktop app: save the HTML report and print it from a browser.'
        )
      return { fileName, bytes: await options.printToPdf(writeHtmlReport(model)) }
    case 'qdpx':
      return { fileName, bytes: writeQdpx(model) }
    case 'qdc':
      return text(writeQdc(model))
    case 'themes-csv': {
      const ids = request.scope.kind === 'all' ? undefined : model.articles.map((article) => article.id)
      const matrix = await sources.themeMatrix(ids)
      return text(writeThemesCsv({ matrix, themes: model.themes, summaries: sources.list() }))
    }
    case 'documents-csv':
      return text(writeDocumentsCsv(model.articles.map((article) => ({ article, citations: article.citations }))))
  }
}

/** Collects and writes in one go (the command line; the API keeps the model for its preview). */
export async function writeExport(
  sources: ExportSources,
  request: ExportRequest,
  options: WriteOptions = {}
): Promise<WrittenExport & { model: ExportModel }> {
  const model = await collectFor(sources, request, options)
  return { ...(await writeFormat(sources, model, request, options)), model }
}

export const isLibraryTable = (format: ExportRequest['format']): boolean =>
  format === 'themes-csv' || format === 'documents-csv'

export const isBinaryFormat = (format: ExportRequest['format']): boolean => EXPORT_FORMAT_INFO[format].binary
