import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codePointOffsets } from './code-point-offsets'

describe('codePointOffsets', () => {
  it('is the identity on BMP-only text such as Thai', () => {
    const offsets = codePointOffsets('การเรียนรู้จากลุงโฮ')
    expect([0, 5, 19].map(offsets.toCodePoint)).toEqual([0, 5, 19])
    expect([0, 5, 19].map(offsets.toUtf16)).toEqual([0, 5, 19])
  })

  it.each([
    // text, UTF-16 offset, code point index
    ['a😀b', 0, 0],
    ['a😀b', 1, 1],
    ['a😀b', 3, 2],
    ['a😀b', 4, 3],
    ['😀😀ก', 4, 2],
    ['😀😀ก', 5, 3]
  ])('maps %j offset %i to code point %i and back', (text, utf16, codePoint) => {
    const offsets = codePointOffsets(text)
    expect(offsets.toCodePoint(utf16)).toBe(codePoint)
    expect(offsets.toUtf16(codePoint)).toBe(utf16)
  })

  it('maps an offset between the halves of a pair to the code point it splits', () => {
    expect(codePointOffsets('a😀b').toCodePoint(2)).toBe(1)
  })

  it('clamps offsets outside the text', () => {
    const offsets = codePointOffsets('ก😀')
    expect([offsets.toCodePoint(-3), offsets.toCodePoint(99), offsets.toUtf16(-1), offsets.toUtf16(99)]).toEqual([
      0, 2, 0, 3
    ])
  })

  it('agrees with counting code points by iteration, on any text', () => {
    const mixed = fc.string({ unit: fc.constantFrom('ก', 'ำ', '่', 'a', ' ', '😀', '👍🏽', '\u{20000}'), maxLength: 40 })
    fc.assert(
      fc.property(mixed, (text) => {
        const offsets = codePointOffsets(text)
        const points = Array.from(text)
        let utf16 = 0
        points.forEach((point, index) => {
          expect(offsets.toCodePoint(utf16)).toBe(index)
          expect(offsets.toUtf16(index)).toBe(utf16)
          utf16 += point.length
        })
        expect(offsets.toUtf16(points.length)).toBe(text.length)
      })
    )
  })
})
