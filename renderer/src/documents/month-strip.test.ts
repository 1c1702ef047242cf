import { describe, expect, it } from 'vitest'
import { i18next } from '../i18n/i18n'
import { countsOnAxis, describeMonths as describe_, timeAxis } from './month-strip'

const describeMonths = (...args: [Parameters<typeof describe_>[0], number]) =>
  describe_(...args, i18next.getFixedT('en', 'documents'))

describe('month strips', () => {
  it('share one axis from the first citing month to the last, gaps included', () => {
    const axis = timeAxis([
      [['2024-11', 1]],
      [
        ['2025-02', 2],
        ['2024-12', 1]
      ]
    ])
    expect(axis).toEqual({ slots: ['2024-11', '2024-12', '2025-01', '2025-02'], byYear: false })
    expect(
      countsOnAxis(
        [
          ['2025-02', 2],
          ['2024-12', 1]
        ],
        axis
      )
    ).toEqual([0, 1, 0, 2])
  })

  it('go by year over long spans, and say what they show in words', () => {
    const axis = timeAxis([
      [
        ['2010-01', 1],
        ['2025-06', 3]
      ]
    ])
    expect(axis.byYear).toBe(true)
    expect(axis.slots[0]).toBe('2010')
    expect(
      countsOnAxis(
        [
          ['2025-06', 3],
          ['2025-01', 1]
        ],
        axis
      ).at(-1)
    ).toBe(4)
    expect(timeAxis([])).toEqual({ slots: [], byYear: false })
    expect(
      describeMonths(
        [
          ['2025-02', 2],
          ['2025-03', 1]
        ],
        1
      )
    ).toBe('3 dated articles, 2025-02 to 2025-03; most in 2025-02 (2); 1 without a full date')
    expect(describeMonths([], 0)).toBe('No citing article')
  })
})
