// What a researcher may type as a corrected header field: each case what the app keeps (trimmed)
// or the sentence it answers with.
import { describe, expect, it } from 'vitest'
import { checkCorrection, type CorrectableField } from './article-correction'

describe('checkCorrection', () => {
  it.each<[CorrectableField, string, string]>([
    ['outlet', '  Báo Hà Nội Mới ', 'Báo Hà Nội Mới'],
    ['title', 'การปฏิรูปกลไก ปี 2025', 'การปฏิรูปกลไก ปี 2025'],
    ['date', '2024-02-29', '2024-02-29'],
    ['date', ' 2025-12-31 ', '2025-12-31'],
    ['sourceUrl', 'https://baohanoimoi.vn/bai-viet-1.html', 'https://baohanoimoi.vn/bai-viet-1.html'],
    ['sourceUrl', 'http://example.org', 'http://example.org']
  ])('keeps %s %j as %j', (field, raw, kept) => {
    expect(checkCorrection(field, raw)).toEqual({ ok: true, value: kept })
  })

  it.each<[CorrectableField, string, RegExp]>([
    ['date', '2023-02-29', /must exist/], // not a leap year
    ['date', '2024-13-01', /must exist/],
    ['date', '18/10/2025', /year-month-day/],
    ['date', '1850-01-01', /must exist/],
    ['sourceUrl', 'javascript:alert(1)', /http/],
    ['sourceUrl', 'file:///etc/passwd', /http/],
    ['sourceUrl', 'baohanoimoi.vn/bai', /http/],
    ['outlet', '   ', /clear it/],
    ['outlet', 'ก'.repeat(301), /at most 300/],
    ['title', 'one\ntwo', /one line/]
  ])('refuses %s %j, saying why', (field, raw, why) => {
    const checked = checkCorrection(field, raw)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.problem).toMatch(why)
  })

  it('takes a title or an outlet of exactly 300 characters', () => {
    expect(checkCorrection('title', 'ก'.repeat(300)).ok).toBe(true)
  })
})
