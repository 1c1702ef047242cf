import { describe, expect, it } from 'vitest'
import { describeRange } from './describe-range'

const codePoints = (s: string): number => Array.from(s).length

describe('describeRange', () => {
  const text = 'การเรียนรู้จากลุงโฮทำให้เราต้องแสดงตัวตน ตามที่นักวิจัยกล่าวไว้ ตลอดชีวิตและอาชีพการงานของเขา ลุงโฮมักจะแนะนำ'

  it('keeps 32 code points of context on each side', () => {
    const start = text.indexOf('ตามที่')
    const { quote, position } = describeRange(text, start, start + 'ตามที่นักวิจัย'.length)
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'ตามที่นักวิจัย',
      prefix: text.slice(start - 32, start),
      suffix: text.slice(start + 14, start + 14 + 32)
    })
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 14 })
  })

  it('keeps less context at the edges of the text', () => {
    const { quote } = describeRange(text, 0, 3)
    expect(quote.prefix).toBe('')
    expect(describeRange(text, text.length - 4, text.length).quote.suffix).toBe('')
  })

  it('counts positions and context in code points when the text has emoji', () => {
    const withEmoji = '😀'.repeat(40) + 'ลุงโฮ' + '👍'.repeat(40)
    const { quote, position } = describeRange(withEmoji, 80, 85)
    expect(position).toMatchObject({ start: 40, end: 45 })
    expect([codePoints(quote.prefix), codePoints(quote.suffix)]).toEqual([32, 32])
    expect(quote.prefix).toBe('😀'.repeat(32))
  })

  it('widens a range that splits a surrogate pair to the whole character', () => {
    const { quote, position } = describeRange('ก😀ข', 2, 3)
    expect(quote.exact).toBe('😀')
    expect(position).toMatchObject({ start: 1, end: 2 })
  })

  it('keeps a range that splits a grapheme cluster, since the reader may select exactly', () => {
    expect(describeRange('แกนนำ', 0, 4).quote).toMatchObject({ exact: 'แกนน', suffix: 'ำ' })
  })

  it.each([
    [-1, 2],
    [3, 2],
    [0, 999],
    [0.5, 2]
  ])('rejects the range [%d, %d)', (start, end) => {
    expect(() => describeRange(text, start, end)).toThrow(RangeError)
  })
})
