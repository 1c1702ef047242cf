import { describe, expect, it } from 'vitest'
import { packCell, unpackCell } from '../../common/model/theme-matrix'
import { buildThemeMatrix } from './build-theme-matrix'

const cell = (strength: number, detected = true) => packCell({ strength, detected, verdict: null })
const article = (id: string, date: string | null, outlet: string | null, year: number | null = null) => ({
  id,
  date,
  year,
  outlet,
  sourceUrl: null
})

describe('packed cells', () => {
  it.each([
    { strength: 0, detected: false, verdict: null },
    { strength: 0.437, detected: true, verdict: 'confirmed' },
    { strength: 1, detected: false, verdict: 'rejected' }
  ] as const)('round-trip %o', (value) => expect(unpackCell(packCell(value))).toEqual(value))
})

describe('the matrix from library, shards and decisions', () => {
  const matrix = buildThemeMatrix({
    themes: ['t1', 't2'],
    articles: [
      article('a', '2025-02-28', 'Nhân dân'),
      article('b', null, ' Nhân dân ', 2024),
      article('c', '2025-03-01', null),
      article('new', null, null)
    ],
    shards: [
      { ids: ['b'], provinces: [3], cells: [cell(0.2, false), 0] },
      { ids: ['c', 'a', 'gone'], provinces: [-1, 0, 1], cells: [0, 0, cell(0.8), cell(0.5), cell(1), cell(1)] }
    ],
    decisions: [
      { articleId: 'a', themeId: 't2', verdict: 'rejected' },
      { articleId: 'c', themeId: 't1', verdict: 'confirmed' },
      { articleId: 'gone', themeId: 't1', verdict: 'confirmed' },
      { articleId: 'a', themeId: 'not-a-theme', verdict: 'confirmed' }
    ],
    provinces: []
  })

  it('keeps the library’s rows and order, with outlets shared and years from dates', () => {
    expect(matrix.ids).toEqual(['a', 'b', 'c', 'new'])
    expect(matrix.outletNames).toEqual(['Nhân dân'])
    expect(matrix.outlets).toEqual([0, 0, -1, -1])
    expect(matrix.years).toEqual([2025, 2024, 2025, null])
    expect(matrix.provinces).toEqual([0, 3, -1, -1])
    expect(matrix.pending).toBe(1)
  })

  it('puts each shard’s cells in its row, and verdicts on top (even where no cue is)', () => {
    const cells = matrix.cells.map(unpackCell)
    expect(cells[0]).toEqual({ strength: 0.8, detected: true, verdict: null })
    expect(cells[1]).toEqual({ strength: 0.5, detected: true, verdict: 'rejected' })
    expect(cells[2]).toEqual({ strength: 0.2, detected: false, verdict: null })
    expect(cells[4]).toEqual({ strength: 0, detected: false, verdict: 'confirmed' })
    expect(matrix.cells.slice(6)).toEqual([0, 0])
  })
})

describe('an article whose title and lead name no province', () => {
  it('takes the province its header names (a provincial paper’s name or address), if any', () => {
    const matrix = buildThemeMatrix({
      themes: [],
      articles: [
        article('a', null, 'Báo Quảng Ninh'),
        article('b', null, 'Nhân dân'),
        article('c', null, 'Báo Quảng Ninh')
      ],
      shards: [{ ids: ['a', 'b', 'c'], provinces: [-1, -1, 2], cells: [] }],
      decisions: [],
      provinces: [],
      headerProvince: ({ outlet }) => (outlet === 'Báo Quảng Ninh' ? 7 : -1)
    })
    expect(matrix.provinces).toEqual([7, -1, 2])
  })
})
