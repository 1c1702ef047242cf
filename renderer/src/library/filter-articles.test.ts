import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../main/articles/article-types'
import { filterAndSort, noFilter, outletCounts, UNKNOWN_OUTLET } from './filter-articles'

const article = (id: string, outlet: string | null, date: string | null, year: number | null = null): ArticleSummary => ({
  id, folder: '/c', file: `${id}.txt`, title: `บทความ ${id}`, titleDerived: false, titleConfidence: 1, titleHow: '',
  outlet, outletConfidence: 1, date, dateConfidence: 1, year, sourceUrl: null, annotationCount: 0, warnings: [], contentHash: id
})

const library = [
  article('a', 'Báo Nhân dân', '2025-10-18'),
  article('b', 'Việt Nam', '2025-02-28'),
  article('c', null, null),
  article('d', 'Kinhtedothi', null, 2024),
  article('e', 'Báo Nhân dân', '2024-03-05')
]
const ids = (list: ArticleSummary[]) => list.map((a) => a.id).join('')

describe('library filters', () => {
  it('sorts by date either way, undated last', () => {
    expect(ids(filterAndSort(library, noFilter, 'date-desc'))).toBe('abedc')
    expect(ids(filterAndSort(library, noFilter, 'date-asc'))).toBe('debac')
  })

  it('combines outlet and date range, a year-only date counting as its whole year', () => {
    expect(ids(filterAndSort(library, { ...noFilter, outlet: 'Báo Nhân dân' }, 'date-desc'))).toBe('ae')
    expect(ids(filterAndSort(library, { ...noFilter, from: '2024-01-01', to: '2024-12-31' }, 'date-desc'))).toBe('ed')
    expect(ids(filterAndSort(library, { outlet: 'Báo Nhân dân', from: '2025-01-01', to: null }, 'date-desc'))).toBe('a')
  })

  it('says how many articles each outlet would leave under the other filters', () => {
    expect(outletCounts(library, { ...noFilter, from: '2025-01-01' })).toEqual([
      { outlet: 'Báo Nhân dân', label: 'Báo Nhân dân', count: 1 },
      { outlet: 'Việt Nam', label: 'Việt Nam', count: 1 }
    ])
    expect(outletCounts(library, noFilter).find((o) => o.outlet === UNKNOWN_OUTLET)).toMatchObject({ label: 'Unknown outlet', count: 1 })
  })
})
