// A document's kept text reads back block by block exactly as written, and a damaged span is refused.
import { describe, expect, it } from 'vitest'
import { encodeBlocks, keptBlocks } from './text-blocks'

const reader = (bytes: Buffer) => (at: number, length: number) =>
  at + length <= bytes.length ? bytes.subarray(at, at + length) : null

describe('kept text blocks', () => {
  it('gives each block its text and its own words’ bounds', () => {
    const texts = ['หัวเรื่อง', '', 'Nhân dân 18-NQ/TW \ud800 ปฏิรูป', 'x'.repeat(70_000)]
    const bounds = Uint8Array.from([0, 4, 1, 5, 0, 4, 1, 3, 1, 8, 3, 6, 0, 1])
    const bytes = encodeBlocks(texts, bounds, [2, 0, 4, 1])
    const kept = keptBlocks(reader(bytes), bytes.length)
    expect(kept?.count).toBe(4)
    expect(kept?.hasBounds).toBe(true)
    expect([0, 1, 2, 3].map((k) => kept?.block(k)?.text)).toEqual(texts)
    expect([...(kept?.block(0)?.bounds ?? [])]).toEqual([0, 4, 1, 5])
    expect([...(kept?.block(1)?.bounds ?? [])]).toEqual([])
    expect([...(kept?.block(2)?.bounds ?? [])]).toEqual([0, 4, 1, 3, 1, 8, 3, 6])
    expect(kept?.block(4)).toBeNull()
  })

  it('keeps no bounds that do not line up with the blocks', () => {
    const bytes = encodeBlocks(['a b', 'c'], Uint8Array.from([0, 1, 1, 1]), [2, 1])
    const kept = keptBlocks(reader(bytes), bytes.length)
    expect(kept?.hasBounds).toBe(false)
    expect(kept?.block(1)).toEqual({ text: 'c', bounds: null })
  })

  it('refuses a header or a block that points past the span', () => {
    const bytes = encodeBlocks(['หนึ่ง', 'สอง'], null, [1, 1])
    expect(keptBlocks(reader(bytes.subarray(0, 6)), 6)).toBeNull()
    const cut = bytes.subarray(0, bytes.length - 2)
    expect(keptBlocks(reader(cut), cut.length)).toBeNull()
    const lying = Buffer.from(bytes)
    lying.writeUInt32LE(1_000, bytes.readUInt32LE(12)) // the second block claims 1,000 characters
    expect(keptBlocks(reader(lying), lying.length)?.block(1)).toBeNull()
  })
})
