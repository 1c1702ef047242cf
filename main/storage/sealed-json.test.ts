import { describe, expect, it } from 'vitest'
import { parseSealed, sealedJson } from './sealed-json'

describe('sealed JSON', () => {
  const value = { version: 1, title: 'การปฏิรูปกลไกการบริหาร ตามมติ 18-NQ/TW', list: [1, 2, 3] }

  it('reads back what it wrote, checksum matching and the seal removed', () => {
    const text = sealedJson(value).toString()
    expect(text.startsWith('{"crc32":"')).toBe(true)
    expect(parseSealed(text)).toEqual({ value, sealed: true })
    expect(parseSealed(Buffer.from(text))).toEqual({ value, sealed: true })
    expect(parseSealed(sealedJson({}))).toEqual({ value: {}, sealed: true })
  })

  it('does not vouch for a file changed after it was written, by hand or by damage', () => {
    const text = sealedJson(value).toString()
    const edited = text.replace('18-NQ/TW', '19-NQ/TW')
    expect(parseSealed(edited)).toEqual({ value: { ...JSON.parse(edited) }, sealed: false })
    const flipped = Buffer.from(text)
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] ?? 0) ^ 1 // a digit of the list: still JSON, no longer what was written
    expect(parseSealed(flipped).sealed).toBe(false)
    expect(() => parseSealed(text.slice(0, -5))).toThrow(SyntaxError)
  })

  it('reads files written before the seal, unvouched', () => {
    expect(parseSealed(JSON.stringify(value))).toEqual({ value, sealed: false })
    expect(parseSealed('{"crc32":"zz"}')).toEqual({ value: { crc32: 'zz' }, sealed: false })
  })
})
