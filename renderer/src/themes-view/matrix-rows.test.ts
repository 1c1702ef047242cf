import { describe, expect, it } from 'vitest'
import { i18next } from '../i18n/i18n'
import { matrixRows, sortedRows, type GroupRow, type MatrixGrouping } from './matrix-rows'
import { cell, testMatrix } from './test-matrix'

const matrix = testMatrix(
  ['t1', 't2'],
  [
    ['a', '2025-02-28', 0, 0, [cell(0.8), cell(0.1)]],
    ['b', '2025-02-03', 1, 1, [cell(0.5, true, 'rejected'), cell(0, false, 'confirmed')]],
    ['c', '2025-03-01', 0, 2, [cell(0.2), cell(0.9)]],
    ['d', null, -1, -1, [cell(0), cell(0)]]
  ]
)
const titles: Record<string, string> = { a: 'ข', b: 'ก', c: 'ค', d: 'ง' }
const titleOf = (id: string) => titles[id] ?? ''
const t = i18next.getFixedT('en', 'themesView')
const ids = (rows: number[]) => rows.map((row) => matrix.ids[row]).join(' ')
const groups = (grouping: MatrixGrouping, expanded: string[] = []) =>
  matrixRows(matrix, { sort: 'date-desc', grouping, expanded: new Set(expanded), titleOf, t })

describe('the matrix’s rows', () => {
  it.each([
    ['date-desc', 'c a b d'],
    ['date-asc', 'd b a c'],
    ['title', 'b a c d'],
    ['outlet', 'a c b d'],
    ['province', 'a b c d'],
    ['theme:1', 'c a b d']
  ] as const)('sorted by %s', (sort, order) => expect(ids(sortedRows(matrix, sort, titleOf))).toBe(order))

  it('groups by month, newest first, undated last, each with its articles in order', () => {
    const rows = groups('month') as GroupRow[]
    expect(rows.map((row) => `${row.label}: ${ids(row.rows)}`)).toEqual(['2025-03: c', '2025-02: a b', 'No date: d'])
  })

  it('aggregates a group: articles carrying each theme (a verdict wins) and mean strength', () => {
    const february = groups('month')[1] as GroupRow
    // a detected t1; b's t1 was rejected; b's t2 confirmed without a cue.
    expect(february.carrying).toEqual([1, 1])
    expect(february.meanStrength).toEqual([0.65, 0.05])
  })

  it('opens a group in place', () => {
    const rows = groups('month', ['2025-02'])
    expect(rows.map((row) => (row.kind === 'group' ? row.label : matrix.ids[row.row]))).toEqual([
      '2025-03',
      '2025-02',
      'a',
      'b',
      'No date'
    ])
  })

  it('groups provinces as named, or as merged in 2025', () => {
    const named = (groups('province') as GroupRow[]).map((row) => row.label)
    expect(named).toEqual([
      'ไห่เซือง · Hải Dương (→ Hải Phòng, 2025)',
      'ไฮฟอง · Hải Phòng',
      'กว๋างนิญ · Quảng Ninh',
      'No province named'
    ])
    const merged = (groups('province-2025') as GroupRow[]).map((row) => `${row.label}: ${ids(row.rows)}`)
    expect(merged).toEqual(['ไฮฟอง · Hải Phòng: a b', 'กว๋างนิญ · Quảng Ninh: c', 'No province named: d'])
  })

  it('groups by outlet, articles without one last', () => {
    expect((groups('outlet') as GroupRow[]).map((row) => `${row.label}: ${ids(row.rows)}`)).toEqual([
      'Nhân dân: c a',
      'Quân đội nhân dân: b',
      'No outlet: d'
    ])
  })
})
