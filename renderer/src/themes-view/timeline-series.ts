// The timeline's data: for each month from the first dated article to the last (months without
// articles kept, at zero, so the axis is time), how many articles carry each theme. An article
// with a year alone, or no date, is on no month: the count of those is told beside the chart.
import { cellCarries, type ThemeMatrix } from '../../../common/model/theme-matrix'
import { monthOf } from './matrix-rows'

export interface Timeline {
  months: string[]
  /** counts[theme][month]: articles of that month carrying the theme. */
  counts: number[][]
  /** Articles on no month (no full date). */
  undated: number
}

export function nextMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number]
  return mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`
}

export function timelineOf(matrix: ThemeMatrix): Timeline {
  const width = matrix.themes.length
  const byMonth = new Map<string, number[]>()
  let undated = 0
  matrix.ids.forEach((_, row) => {
    const month = monthOf(matrix, row)
    if (!month) return void undated++
    let counts = byMonth.get(month)
    if (!counts) byMonth.set(month, (counts = new Array<number>(width).fill(0)))
    for (let column = 0; column < width; column++)
      if (cellCarries(matrix.cells[row * width + column] ?? 0)) counts[column] = (counts[column] ?? 0) + 1
  })
  const present = [...byMonth.keys()].sort()
  const months: string[] = []
  const last = present[present.length - 1]
  // At most 50 years of months: a date typed wrong (year 0025) must not make a million points.
  for (let month = present[0]; month && last && month <= last && months.length < 600; month = nextMonth(month))
    months.push(month)
  const counts = matrix.themes.map((_, column) => months.map((month) => byMonth.get(month)?.[column] ?? 0))
  return { months, counts, undated }
}

/** The article rows of one month carrying one theme, strongest first. */
export function pointRows(matrix: ThemeMatrix, month: string, column: number): number[] {
  const width = matrix.themes.length
  const rows: number[] = []
  matrix.ids.forEach((_, row) => {
    if (monthOf(matrix, row) === month && cellCarries(matrix.cells[row * width + column] ?? 0)) rows.push(row)
  })
  return rows.sort((a, b) => (matrix.cells[b * width + column] ?? 0) - (matrix.cells[a * width + column] ?? 0))
}
