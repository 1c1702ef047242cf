import search from 'approx-string-match'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { substringDistance } from './substring-distance'

describe('substringDistance', () => {
  it.each([
    ['ลุงโฮทำให้', 'ลุงโฮ', 0],
    ['ลุงโอทำให้', 'ลุงโฮ', 1],
    ['', 'ลุงโฮ', 5],
    ['xyz', '', 0]
  ])('aligns %j with %j in %i edits', (text, pattern, expected) => {
    expect(substringDistance(text, pattern)).toBe(expected)
  })

  it("agrees with approx-string-match's best match", () => {
    const unit = fc.constantFrom('ก', 'า', 'ร', '่', ' ', 'a')
    fc.assert(
      fc.property(
        fc.string({ unit, minLength: 1, maxLength: 40 }),
        fc.string({ unit, minLength: 1, maxLength: 40 }),
        (text, pattern) => {
          expect(substringDistance(text, pattern)).toBe(search(text, pattern, pattern.length)[0]?.errors)
        }
      ),
      { numRuns: 500 }
    )
  })
})
