import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64 } from './base64'

const thai = new TextEncoder().encode('\uFEFFคำขวัญของสำนักงานพรรค,"=SUM(A1)"\n')

describe('base64 in slices', () => {
  it('encodes as Node does, Thai and a byte-order mark included', () => {
    expect(bytesToBase64(thai)).toBe(Buffer.from(thai).toString('base64'))
  })

  it('encodes a file far larger than one String.fromCharCode call takes, and decodes it back', () => {
    const big = new Uint8Array(3_000_001).map((_, index) => (index * 7919) % 256)
    const encoded = bytesToBase64(big)
    expect(encoded).toBe(Buffer.from(big).toString('base64'))
    // Compared as Buffers: toEqual walks three million elements one by one.
    expect(Buffer.from(base64ToBytes(encoded)).equals(Buffer.from(big))).toBe(true)
  })

  it('gives nothing for nothing', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('')
    expect(base64ToBytes('')).toEqual(new Uint8Array())
  })
})
