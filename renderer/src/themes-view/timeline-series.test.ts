import { describe, expect, it } from 'vitest'
import { pointRows, timelineOf } from './timeline-series'
import { cell, testMatrix } from './test-matrix'

describe('the timeline', () => {
  const matrix = testMatrix(
    ['t1', 't2'],
    [
      ['a', '2024-11-28', 0, 0, [cell(0.8), cell(0.1)]],
      ['b', '2025-02-03', 1, 1, [cell(0.5, true, 'rejected'), cell(0, false, 'confirmed')]],
      ['c', '2025-02-01', 0, 2, [cell(0.9), cell(0.9)]],
      ['d', null, -1, -1, [cell(1), cell(0)]]
    ]
  )

  it('counts articles carrying each theme per month, months without articles kept at zero', () => {
    expect(timelineOf(matrix)).toEqual({
      months: ['2024-11', '2024-12', '2025-01', '2025-02'],
      counts: [
        [1, 0, 0, 1],
        [0, 0, 0, 2]
      ],
      undated: 1
    })
  })

  it('lists a point’s articles, strongest first', () => {
    expect(pointRows(matrix, '2025-02', 1).map((row) => matrix.ids[row])).toEqual(['c', 'b'])
    expect(pointRows(matrix, '2025-02', 0).map((row) => matrix.ids[row])).toEqual(['c'])
  })
})
