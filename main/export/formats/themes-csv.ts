// The themes matrix as a spreadsheet: one row per article of the matrix (in its order), the
// article's title, file, outlet and date, then for each theme two columns: its strength (0..1,
// three decimals) and its status: `confirmed` or `rejected` (the user's verdict), `detected`
// (shown as the article's theme, not yet decided) or empty (neither).
import { spreadsheetCsv, type CsvCell } from '../../../common/text/spreadsheet-csv'
import type { ArticleSummary } from '../../../common/model/article-types'
import { unpackCell, type ThemeMatrix } from '../../../common/model/theme-matrix'
import type { ExportThemeLabel } from '../export-model'

export function writeThemesCsv(input: {
  matrix: ThemeMatrix
  themes: ExportThemeLabel[]
  summaries: ArticleSummary[]
}): string {
  const { matrix } = input
  const labels = new Map(input.themes.map((theme) => [theme.id, theme.label.en]))
  const summaries = new Map(input.summaries.map((summary) => [summary.id, summary]))
  const fields = ['Title', 'File', 'Outlet', 'Date']
  for (const id of matrix.themes) fields.push(`${labels.get(id) ?? id} strength`, `${labels.get(id) ?? id} status`)
  const rows = matrix.ids.map((id, row): CsvCell[] => {
    const summary = summaries.get(id)
    const year = matrix.years[row]
    const cells: CsvCell[] = [
      summary?.title ?? id,
      summary?.file ?? '',
      matrix.outletNames[matrix.outlets[row] ?? -1] ?? summary?.outlet ?? '',
      // A header may give the year alone; that is still worth a column.
      matrix.dates[row] ?? (year ? String(year) : '')
    ]
    matrix.themes.forEach((_, column) => {
      const cell = unpackCell(matrix.cells[row * matrix.themes.length + column] ?? 0)
      cells.push(cell.strength.toFixed(3), cell.verdict ?? (cell.detected ? 'detected' : ''))
    })
    return cells
  })
  return spreadsheetCsv(fields, rows)
}
