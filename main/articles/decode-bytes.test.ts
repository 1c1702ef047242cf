import { describe, expect, it } from 'vitest'
import { decodeBytes } from './decode-bytes'

const utf16 = (text: string, littleEndian: boolean, bom = true) => {
  const bytes = Buffer.from(text, 'utf16le')
  if (!littleEndian) bytes.swap16()
  return bom ? Buffer.concat([Buffer.from(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes
}

const THAI = 'การประชุมคณะกรรมการกลางพรรคครั้งที่สิบสาม'
const LATIN = 'Nghi quyet so 18 ve tinh gon bo may'
const MIXED = 'การประชุม Nhân dân ครั้งที่ 13\nHà Nội “18-NQ/TW” – การปฏิรูป\n'

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', Buffer.from('การประชุม Nhân dân'), 'utf-8'],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('การประชุม')]), 'utf-8'],
    ['UTF-16LE with a BOM', utf16('การประชุม Nhân dân', true), 'utf-16le'],
    ['UTF-16BE with a BOM', utf16('การประชุม Nhân dân', false), 'utf-16be']
  ])('reads %s', (_name, bytes, encoding) => {
    const decoded = decodeBytes(bytes)
    expect(decoded).toMatchObject({ ok: true, encoding, warnings: [] })
    if (decoded.ok) expect(decoded.text.replace(/^\uFEFF/, '')).toMatch(/^การประชุม/)
  })

  it('reads legacy Thai (Windows-874) with a warning that says so', () => {
    const tis620 = Buffer.from([
      0xa1, 0xd2, 0xc3, 0xbb, 0xc3, 0xd0, 0xaa, 0xd8, 0xc1, 0x20, 0xa4, 0xb3, 0xd0, 0xa1, 0xc3, 0xc3, 0xc1, 0xa1, 0xd2,
      0xc3
    ])
    const decoded = decodeBytes(tis620)
    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-874', text: 'การประชุม คณะกรรมการ' })
    if (decoded.ok) expect(decoded.warnings[0]).toMatch(/Windows-874/)
  })

  it('replaces a few stray bytes in UTF-8 and says where they were', () => {
    const bytes = Buffer.concat([Buffer.from('การประชุม'), Buffer.from([0xc0, 0xaf]), Buffer.from('คณะกรรมการพรรค')])
    const decoded = decodeBytes(bytes)
    expect(decoded.ok).toBe(true)
    if (decoded.ok) expect(decoded.warnings[0]).toMatch(/invalid UTF-8 byte sequence\(s\) at byte offset 27/)
  })

  it.each([
    ['an empty file', Buffer.alloc(0), /empty/],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /PNG image/],
    ['a PDF', Buffer.from('%PDF-1.7\n'), /PDF document/],
    ['binary with NUL bytes', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]), /binary data/],
    [
      'Latin-1 text (not UTF-8, not Thai)',
      Buffer.from('Nh\xe2n d\xe2n \xe9t\xe9 caf\xe9 na\xefve', 'latin1'),
      /not UTF-8 text/
    ]
  ])('refuses %s with a reason', (_name, bytes, reason) => {
    const decoded = decodeBytes(bytes)
    expect(decoded.ok).toBe(false)
    if (!decoded.ok) expect(decoded.error).toMatch(reason)
  })

  describe('UTF-16 without a byte-order mark', () => {
    it.each([
      ['Thai only', THAI],
      ['Latin only', LATIN],
      ['mixed Thai, Vietnamese and punctuation', MIXED]
    ])('reads %s in both byte orders, with a warning that says how', (_name, text) => {
      for (const [littleEndian, encoding] of [
        [true, 'utf-16le'],
        [false, 'utf-16be']
      ] as const) {
        const decoded = decodeBytes(utf16(text, littleEndian, false))
        expect(decoded).toMatchObject({ ok: true, encoding, text })
        if (decoded.ok)
          expect(decoded.warnings).toEqual([expect.stringMatching(new RegExp(`no byte-order mark.*${encoding}`, 'i'))])
      }
    })

    it.each([
      ['UTF-8 Thai', Buffer.from(THAI)],
      ['UTF-8 Thai of even length with spaces', Buffer.from(`${THAI} ${THAI.slice(0, 5)} ก`)],
      ['UTF-8 Latin', Buffer.from(LATIN)],
      ['UTF-8 mixed', Buffer.from(MIXED)]
    ])('does not take %s for UTF-16', (_name, bytes) => {
      expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: 'utf-8', warnings: [] })
    })

    it('still reads legacy Thai as Windows-874, not UTF-16', () => {
      const tis620 = Buffer.from([
        0xa1, 0xd2, 0xc3, 0xbb, 0xc3, 0xd0, 0xaa, 0xd8, 0xc1, 0x20, 0xa4, 0xb3, 0xd0, 0xa1, 0xc3, 0xc3, 0xc1, 0xa1,
        0xd2, 0xc3
      ])
      expect(decodeBytes(tis620)).toMatchObject({ ok: true, encoding: 'windows-874' })
    })
  })
})
