// The matrix and the timeline as CSV for a spreadsheet, written as every export writes CSV
// (common/text/spreadsheet-csv.ts: a byte-order mark, CRLF, formula cells neutralised).
import { spreadsheetCsv } from '../../../common/text/spreadsheet-csv'
import { unpackCell, type ThemeMatrix } from '../../../common/model/theme-matrix'
import type { ThemeLabel } from '../../../common/model/intelligence-types'
import type { Timeline } from './timeline-series'
import type { TitleOf } from './matrix-rows'

export function toCsv(fields: string[], data: Array<Array<string | number>>): string {
  return spreadsheetCsv(fields, data)
}

const themeName = (labels: ReadonlyMap<string, ThemeLabel>, id: string) => {
  const label = labels.get(id)?.label
  return label ? `${label.th} (${label.en})` : id
}

/** One line per article (in `rows`' order): its header, then each theme's strength and status. */
export function matrixCsv(
  matrix: ThemeMatrix,
  rows: readonly number[],
  labels: ReadonlyMap<string, ThemeLabel>,
  titleOf: TitleOf
): string {
  const fields = ['id', 'title', 'date', 'outlet', 'province', 'province (vi)', 'province since 2025']
  for (const id of matrix.themes) fields.push(`${themeName(labels, id)}: strength`, `${themeName(labels, id)}: status`)
  const data = rows.map((row) => {
    const id = matrix.ids[row] ?? ''
    const province = matrix.provinceLabels[matrix.provinces[row] ?? -1]
    const merged = province?.mergedInto ? matrix.provinceLabels.find((p) => p.id === province.mergedInto) : province
    const line: Array<string | number> = [
      id,
      titleOf(id),
      matrix.dates[row] ?? (matrix.years[row] ? String(matrix.years[row]) : ''),
      matrix.outletNames[matrix.outlets[row] ?? -1] ?? '',
      province?.th ?? '',
      province?.vi ?? '',
      merged?.vi ?? ''
    ]
    matrix.themes.forEach((_, column) => {
      const cell = unpackCell(matrix.cells[row * matrix.themes.length + column] ?? 0)
      line.push(cell.strength, cell.verdict ?? (cell.detected ? 'detected' : cell.strength > 0 ? 'faint' : ''))
    })
    return line
  })
  return toCsv(fields, data)
}

/** One line per month: articles carrying each theme. */
export function timelineCsv(
  timeline: Timeline,
  themes: readonly string[],
  labels: ReadonlyMap<string, ThemeLabel>
): string {
  const fields = ['month', ...themes.map((id) => themeName(labels, id))]
  const data = timeline.months.map((month, at) => [month, ...timeline.counts.map((counts) => counts[at] ?? 0)])
  return toCsv(fields, data)
}
