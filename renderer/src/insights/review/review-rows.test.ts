import { describe, expect, it } from 'vitest'
import { buildReviewRows, countByFilter, matchesFilter, REVIEW_FILTERS } from './review-rows'
import { decision, ids, row, summary } from './review-test-rows'

const library = new Map(['a', 'b', 'c', 'd'].map((id) => [id, summary(id)]))
const carriers = [
  { id: 'b', strength: 0.9, detected: true },
  { id: 'a', strength: 0.4, detected: true },
  { id: 'x', strength: 0.2, detected: false }
]

describe('the review rows of a theme', () => {
  it('keeps the index’s order (strongest first) and joins headers and this theme’s verdicts only', () => {
    const rows = buildReviewRows(
      't',
      carriers,
      [decision('a', 'rejected'), decision('b', 'confirmed', 'other')],
      library
    )
    expect(ids(rows)).toBe('b a x')
    expect(rows.map((r) => r.decision?.verdict ?? '-')).toEqual(['-', 'rejected', '-'])
    // An article the index lists before the library has it still shows, by id.
    expect(rows[2]?.summary).toBeNull()
  })

  it('adds, after the carriers, the articles decided on that the index does not list, if still in the library', () => {
    const rows = buildReviewRows('t', carriers, [decision('d', 'confirmed'), decision('gone', 'confirmed')], library)
    expect(ids(rows)).toBe('b a x d')
    expect(rows[3]).toMatchObject({ strength: null, detected: false, decision: { verdict: 'confirmed' } })
  })

  it.each([
    ['all', 'a b c'],
    ['undecided', 'a'],
    ['confirmed', 'b'],
    ['rejected', 'c']
  ] as const)('filter %s shows %s', (filter, expected) => {
    const rows = [row('a'), row('b', 'confirmed'), row('c', 'rejected')]
    expect(ids(rows.filter((r) => matchesFilter(r, filter)))).toBe(expected)
  })

  it('counts each filter’s rows', () => {
    const counts = countByFilter([row('a'), row('b', 'confirmed'), row('c', 'confirmed'), row('d', 'rejected')])
    expect(REVIEW_FILTERS.map((filter) => counts[filter])).toEqual([4, 1, 2, 1])
  })
})
