import { describe, expect, it } from 'vitest'
import { readTypedDate } from './read-typed-date'
import { formatArticleDate } from './date-format'

const iso = (typed: string) => {
  const read = readTypedDate(typed)
  return read.ok ? read.iso : read.problem
}

describe('a day typed by a person', () => {
  it('reads back every way the app writes a date, in both languages and both year counts', () => {
    for (const language of ['en', 'th'] as const)
      for (const yearStyle of ['gregorian', 'buddhist'] as const) {
        const written = formatArticleDate('2025-10-18', 2025, { language, yearStyle }) as string
        expect(iso(written), written).toBe('2025-10-18')
      }
  })

  it('takes month names short or long, and the usual numeric forms, day first', () => {
    expect(iso('18 October 2025')).toBe('2025-10-18')
    expect(iso('18 ตุลาคม 2568')).toBe('2025-10-18')
    expect(iso('3 Sep 2024')).toBe('2024-09-03')
    expect(iso('3 Sept 2024')).toBe('2024-09-03')
    expect(iso('Oct 18, 2025')).toBe('2025-10-18')
    expect(iso('18/10/2568')).toBe('2025-10-18')
    expect(iso('18.10.2025')).toBe('2025-10-18')
    expect(iso('2025-10-18')).toBe('2025-10-18')
    expect(iso('  18  ต.ค.  2568 ')).toBe('2025-10-18')
  })

  it('says whether it could not read the text or the day does not exist', () => {
    expect(iso('next Tuesday')).toBe('unreadable')
    expect(iso('18 Octember 2025')).toBe('unreadable')
    expect(iso('31/02/2025')).toBe('noSuchDay')
    expect(iso('29 ก.พ. 2568')).toBe('noSuchDay') // 2025: not a leap year
    expect(iso('29 ก.พ. 2567')).toBe('2024-02-29') // 2024 is
    expect(iso('1 Jan 1800')).toBe('noSuchDay')
  })
})
