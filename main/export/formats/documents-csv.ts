// The documents the articles cite, as a spreadsheet: one row per place an article cites a
// document (a mention), with the document as read (`18-NQ/TW`), the known document it was resolved
// to, the citing sentence and its code point positions. A citation found only in the title has
// no place in the text: it gets one row with the mention columns empty, so it is not lost.
import { spreadsheetCsv, type CsvCell } from '../../../common/text/spreadsheet-csv'
import type { ExportArticle, ExportCitation } from '../export-model'

export const DOCUMENT_COLUMNS = [
  'Article title',
  'File',
  'Outlet',
  'Date',
  'Document ID',
  'Resolved document',
  'Document title',
  'Document date',
  'Confidence',
  'Sentence',
  'Start',
  'End'
]

export function writeDocumentsCsv(
  rows: Array<{
    article: Pick<ExportArticle, 'id' | 'title' | 'file' | 'outlet' | 'date'>
    citations: ExportCitation[]
  }>
): string {
  const data = rows.flatMap(({ article, citations }) =>
    citations.flatMap((citation) => {
      const head: CsvCell[] = [
        article.title,
        article.file,
        article.outlet ?? '',
        article.date ?? '',
        citation.documentId ?? '',
        citation.resolvedKey ?? '',
        citation.resolvedTitle ?? '',
        citation.resolvedDate ?? '',
        citation.confidence.toFixed(2)
      ]
      if (citation.mentions.length === 0) return [[...head, '', '', '']]
      return citation.mentions.map((mention) => [...head, mention.sentence, mention.start, mention.end])
    })
  )
  return spreadsheetCsv(DOCUMENT_COLUMNS, data)
}
