// The highlights as a spreadsheet: one row per highlight, the article it is in, the passage with
// its context and code point positions (empty for an orphan), colour, tags, note and dates.
// Spreadsheet-safe as common/text/spreadsheet-csv.ts writes it: BOM, CRLF, and a text cell that a
// spreadsheet would run (`=SUM(A1:A2)` as a note) prefixed with `'`; the true value is the cell
// with that one apostrophe taken off (`recoverCell`).
import { spreadsheetCsv, type CsvCell } from '../../../common/text/spreadsheet-csv'
import type { ExportModel } from '../export-model'
import { tagPaths } from './tag-paths'

export const HIGHLIGHT_COLUMNS = [
  'Article title',
  'File',
  'Outlet',
  'Date',
  'Source URL',
  'Quote',
  'Prefix',
  'Suffix',
  'Start',
  'End',
  'Colour',
  'Tags',
  'Note',
  'Created',
  'Modified',
  'Annotation ID'
]

/** Tags in one cell, each as its `Parent / Child` path. */
export const TAG_CELL_SEPARATOR = '; '

export function writeHighlightsCsv(model: ExportModel): string {
  const paths = tagPaths(model.tags)
  const rows = model.articles.flatMap((article) =>
    article.highlights.map((highlight): CsvCell[] => [
      article.title,
      article.file,
      article.outlet ?? '',
      article.date ?? '',
      article.sourceUrl ?? '',
      highlight.quote,
      highlight.prefix,
      highlight.suffix,
      highlight.start ?? '',
      highlight.end ?? '',
      highlight.colorName,
      highlight.tagIds.map((id) => paths.get(id) ?? id).join(TAG_CELL_SEPARATOR),
      highlight.note,
      highlight.created,
      highlight.modified,
      highlight.id
    ])
  )
  return spreadsheetCsv(HIGHLIGHT_COLUMNS, rows)
}
