import { describe, expect, it } from 'vitest'
import { formatArticleDate, formatMoment, type DateStyle } from './date-format'

const en: DateStyle = { language: 'en', yearStyle: 'gregorian' }
const thBuddhist: DateStyle = { language: 'th', yearStyle: 'buddhist' }

describe('dates, written one way', () => {
  it('writes an article’s day in the interface’s language', () => {
    expect(formatArticleDate('2025-10-18', 2025, en)).toBe('18 Oct 2025')
    expect(formatArticleDate('2025-10-18', 2025, { language: 'th', yearStyle: 'gregorian' })).toBe('18 ต.ค. 2025')
  })

  it('counts years from the Buddha’s passing when the user wants it (2025 is 2568)', () => {
    expect(formatArticleDate('2025-10-18', 2025, thBuddhist)).toBe('18 ต.ค. 2568')
    expect(formatArticleDate(null, 2024, thBuddhist)).toBe('พ.ศ. 2567')
    expect(formatArticleDate('2025-10-18', 2025, { language: 'en', yearStyle: 'buddhist' })).toBe('18 Oct 2568 BE')
  })

  it('writes a year alone as a year, and nothing when there is no date', () => {
    expect(formatArticleDate(null, 2024, en)).toBe('2024')
    expect(formatArticleDate(null, null, en)).toBeNull()
  })

  it('keeps the calendar day whatever the time zone (the first of the month stays the first)', () => {
    expect(formatArticleDate('2025-03-01', 2025, en)).toBe('1 Mar 2025')
  })

  it('writes when an annotation was made with its time', () => {
    expect(formatMoment('2026-12-03T15:13:26Z', en)).toMatch(/^3 Dec 2026, \d\d:\d\d$/)
    expect(formatMoment('2026-12-03T15:13:26Z', thBuddhist)).toMatch(/2569/)
  })
})
