// The matrix's rows as the grid shows them: articles sorted, or gathered into groups (month,
// outlet, province as named or as merged in 2025) that carry aggregates (articles with each theme,
// mean strength) and open to show their articles. Plain functions over the packed matrix, so that
// 10,000 articles group and sort in a few milliseconds and the tests need no React.
import type { TFunction } from 'i18next'
import { cellCarries, cellStrength, type ThemeMatrix } from '../../../common/model/theme-matrix'

export type MatrixSort = 'date-desc' | 'date-asc' | 'title' | 'outlet' | 'province' | `theme:${number}`
export type MatrixGrouping = 'none' | 'month' | 'outlet' | 'province' | 'province-2025'

export interface GroupRow {
  kind: 'group'
  key: string
  label: string
  /** Article row indexes into the matrix, in the sort's order. */
  rows: number[]
  /** Per theme: articles carrying it (detected, or confirmed; never rejected), and mean strength. */
  carrying: number[]
  meanStrength: number[]
  expanded: boolean
}
export interface ArticleRow {
  kind: 'article'
  row: number
  inGroup: boolean
}
export type MatrixRow = GroupRow | ArticleRow

/** The title the library gives each article id (the matrix carries none: the list has them). */
export type TitleOf = (id: string) => string

const NONE = '\uffff' // sorts after every label

export function monthOf(matrix: ThemeMatrix, row: number): string | null {
  const date = matrix.dates[row]
  return date ? date.slice(0, 7) : null
}

function compareBy(matrix: ThemeMatrix, sort: MatrixSort, titleOf: TitleOf): (a: number, b: number) => number {
  const date = (row: number) => matrix.dates[row] ?? (matrix.years[row] ? `${matrix.years[row]}` : '')
  const title = (row: number) => titleOf(matrix.ids[row] ?? '')
  const byTitle = (a: number, b: number) => title(a).localeCompare(title(b), 'th')
  const name = (label: string | undefined) => label ?? NONE
  if (sort === 'date-desc') return (a, b) => date(b).localeCompare(date(a)) || byTitle(a, b)
  if (sort === 'date-asc') return (a, b) => date(a).localeCompare(date(b)) || byTitle(a, b)
  if (sort === 'title') return byTitle
  if (sort === 'outlet') {
    const outlet = (row: number) => name(matrix.outletNames[matrix.outlets[row] ?? -1])
    return (a, b) => outlet(a).localeCompare(outlet(b), 'vi') || byTitle(a, b)
  }
  if (sort === 'province') {
    const province = (row: number) => name(matrix.provinceLabels[matrix.provinces[row] ?? -1]?.vi)
    return (a, b) => province(a).localeCompare(province(b), 'vi') || byTitle(a, b)
  }
  const column = Number(sort.slice('theme:'.length))
  const width = matrix.themes.length
  const strength = (row: number) => cellStrength(matrix.cells[row * width + column] ?? 0)
  return (a, b) => strength(b) - strength(a) || date(b).localeCompare(date(a))
}

/** Every article row index, sorted. */
export function sortedRows(matrix: ThemeMatrix, sort: MatrixSort, titleOf: TitleOf): number[] {
  const rows = Array.from(matrix.ids, (_, row) => row)
  return rows.sort(compareBy(matrix, sort, titleOf))
}

/** The group an article falls in: its key (which orders the groups) and its label. */
export function groupOf(
  matrix: ThemeMatrix,
  grouping: MatrixGrouping,
  row: number,
  t: TFunction<'themesView'>
): { key: string; label: string } {
  if (grouping === 'month') {
    const month = monthOf(matrix, row)
    const year = matrix.years[row]
    if (month) return { key: month, label: month }
    return year ? { key: `${year}`, label: t('groupYear', { year }) } : { key: '', label: t('groupNoDate') }
  }
  if (grouping === 'outlet') {
    const outlet = matrix.outletNames[matrix.outlets[row] ?? -1]
    return outlet ? { key: outlet, label: outlet } : { key: NONE, label: t('groupNoOutlet') }
  }
  let index = matrix.provinces[row] ?? -1
  const named = matrix.provinceLabels[index]
  if (grouping === 'province-2025' && named?.mergedInto)
    index = matrix.provinceLabels.findIndex((p) => p.id === named.mergedInto)
  const province = matrix.provinceLabels[index]
  if (!province) return { key: NONE, label: t('groupNoProvince') }
  const merged = grouping === 'province' && province.mergedInto
  const into = merged ? matrix.provinceLabels.find((p) => p.id === province.mergedInto)?.vi : null
  return {
    key: province.vi,
    label: into
      ? t('groupProvinceMerged', { th: province.th, vi: province.vi, into })
      : `${province.th} · ${province.vi}`
  }
}

export function matrixRows(
  matrix: ThemeMatrix,
  options: {
    sort: MatrixSort
    grouping: MatrixGrouping
    expanded: ReadonlySet<string>
    titleOf: TitleOf
    /** Names the groups with no month, outlet or province. */
    t: TFunction<'themesView'>
  }
): MatrixRow[] {
  const sorted = sortedRows(matrix, options.sort, options.titleOf)
  if (options.grouping === 'none') return sorted.map((row) => ({ kind: 'article', row, inGroup: false }))
  const groups = new Map<string, { label: string; rows: number[] }>()
  for (const row of sorted) {
    const { key, label } = groupOf(matrix, options.grouping, row, options.t)
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { label, rows: [] }))
    group.rows.push(row)
  }
  // Months newest first (oldest first when the articles are); other groups by name; "none" last.
  const keys = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'vi'))
  if (options.grouping === 'month' && options.sort !== 'date-asc') keys.reverse()
  const out: MatrixRow[] = []
  for (const key of keys) {
    const { label, rows } = groups.get(key) as { label: string; rows: number[] }
    const expanded = options.expanded.has(key)
    out.push({ kind: 'group', key, label, rows, expanded, ...aggregate(matrix, rows) })
    if (expanded) for (const row of rows) out.push({ kind: 'article', row, inGroup: true })
  }
  return out
}

/** Per theme: how many of `rows` carry it, and their mean strength (over all of them). */
export function aggregate(
  matrix: ThemeMatrix,
  rows: readonly number[]
): { carrying: number[]; meanStrength: number[] } {
  const width = matrix.themes.length
  const carrying = new Array<number>(width).fill(0)
  const sums = new Array<number>(width).fill(0)
  for (const row of rows)
    for (let column = 0; column < width; column++) {
      const cell = matrix.cells[row * width + column] ?? 0
      if (cellCarries(cell)) carrying[column] = (carrying[column] ?? 0) + 1
      sums[column] = (sums[column] ?? 0) + cellStrength(cell)
    }
  return { carrying, meanStrength: sums.map((sum) => (rows.length ? sum / rows.length : 0)) }
}
