// The library's "Has a memo" filter: the memo marks set beside the annotation facets, filtered on
// and counted with the other controls.
import { describe, expect, it } from 'vitest'
import { countFilters } from '../library/facet-counts'
import { filterAndSort, isFiltered, noFilter } from '../library/filter-articles'
import { facets, library } from '../library/test-library'
import { withMemoFacets } from './memo-facets'

describe('the "Has a memo" filter', () => {
  const [first, second] = library
  const marks = { [first?.id ?? '']: 'บันทึก', [second?.id ?? '']: 'อีกบันทึก' }
  const merged = withMemoFacets(facets, marks)

  it('keeps each article’s colours and tags beside its memo', () => {
    expect(withMemoFacets(facets, {})).toBe(facets) // no memo: the same object, no copy
    expect(merged[first?.id ?? '']).toEqual({ ...(facets[first?.id ?? ''] ?? { colors: [], tags: [] }), memo: true })
  })

  it('leaves only articles with a memo, counted with the other controls', () => {
    const filter = { ...noFilter, memo: 'yes' as const }
    expect(isFiltered(filter)).toBe(true)
    expect(filterAndSort(library, filter, 'title', merged).map((a) => a.id)).toEqual(
      [first, second].map((a) => a?.id).sort((a, b) => `บทความ ${a}`.localeCompare(`บทความ ${b}`, 'th'))
    )
    expect(countFilters(library, noFilter, merged).memo.get('yes')).toBe(2)
    const elsewhere = { ...noFilter, outlet: first?.outlet ?? null }
    const expected = [first, second].filter((a) => a?.outlet === first?.outlet).length
    expect(countFilters(library, elsewhere, merged).memo.get('yes')).toBe(expected)
  })
})
