// The name an export is offered under: what it covers and when, in characters every file system
// takes (Thai kept: the user reads the name), ending in the format's extension.
import { EXPORT_FORMAT_INFO, type ExportFormat } from '../../common/model/export'
import type { ExportModel } from './export-model'

const FORBIDDEN = /[\\/:*?"<>|\p{Cc}]+/gu

export function exportFileName(model: ExportModel, format: ExportFormat): string {
  const what =
    model.scope.kind === 'articles' && model.articles.length === 1
      ? (model.articles[0]?.title ?? 'article')
      : model.scope.kind === 'all'
        ? 'crossread'
        : model.scopeLabel
  const kind = format === 'themes-csv' ? ' themes' : format === 'documents-csv' ? ' documents' : ''
  const clean = (text: string) => text.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim()
  // Titles run long; 60 code points of it keep the name under every file system's limit in UTF-8
  // (Thai takes 3 bytes a letter), with the kind and the date whole after it.
  const short = [...clean(what)].slice(0, 60).join('').trim()
  return `${short}${kind} ${model.generatedAt.slice(0, 10)}.${EXPORT_FORMAT_INFO[format].extension}`
}
