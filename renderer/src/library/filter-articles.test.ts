import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../common/model/article-types'
import { filterAndSort, isFiltered, noFilter } from './filter-articles'
import { article, facets, library } from './test-library'

const ids = (list: ArticleSummary[]) => list.map((a) => a.id).join('')

describe('library filters', () => {
  it('sorts by date either way, undated last', () => {
    expect(ids(filterAndSort(library, noFilter, 'date-desc', facets))).toBe('abedc')
    expect(ids(filterAndSort(library, noFilter, 'date-asc', facets))).toBe('debac')
  })

  it('combines outlet and date range, a year-only date counting as its whole year', () => {
    expect(ids(filterAndSort(library, { ...noFilter, outlet: 'Báo Nhân dân' }, 'date-desc', facets))).toBe('ae')
    expect(
      ids(filterAndSort(library, { ...noFilter, from: '2024-01-01', to: '2024-12-31' }, 'date-desc', facets))
    ).toBe('ed')
    expect(
      ids(filterAndSort(library, { ...noFilter, outlet: 'Báo Nhân dân', from: '2025-01-01' }, 'date-desc', facets))
    ).toBe('a')
  })

  it.each([
    [{ tag: 't1' }, 'ae'],
    [{ tag: 't2' }, 'be'],
    [{ color: 'yellow' as const }, 'ab'],
    [{ color: 'pink' as const, tag: 't2' }, 'e'],
    [{ color: 'green' as const, tag: 't2' }, ''],
    [{ annotated: 'yes' as const }, 'abe'],
    [{ annotated: 'no' as const }, 'dc'],
    [{ annotated: 'no' as const, outlet: 'Kinhtedothi' }, 'd']
  ])('filters by tag, colour and annotations: %o leaves %s', (choice, expected) => {
    expect(ids(filterAndSort(library, { ...noFilter, ...choice }, 'date-desc', facets))).toBe(expected)
  })

  it('treats an article missing from the facets as one without annotations', () => {
    expect(ids(filterAndSort([article('x', null, null, null, 4)], { ...noFilter, color: 'yellow' }, 'title', {}))).toBe(
      ''
    )
  })

  it('lists only the articles that need a look, and an article leaves once corrected', () => {
    const unsure = library.map((one) => ({ ...one, needsLook: one.outlet === null || one.date === null }))
    expect(ids(filterAndSort(unsure, { ...noFilter, needsLook: 'yes' }, 'date-desc', facets))).toBe('dc')
    const fixed = unsure.map((one) => (one.id === 'd' ? { ...one, needsLook: false } : one))
    expect(ids(filterAndSort(fixed, { ...noFilter, needsLook: 'yes' }, 'date-desc', facets))).toBe('c')
    expect(isFiltered({ ...noFilter, needsLook: 'yes' })).toBe(true)
  })

  it('knows when any filter is set', () => {
    expect(isFiltered(noFilter)).toBe(false)
    expect(isFiltered({ ...noFilter, annotated: 'no' })).toBe(true)
  })
})
