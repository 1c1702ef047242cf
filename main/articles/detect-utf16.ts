// UTF-16 saved without a byte-order mark, recognised by its byte pattern. In UTF-16 every other
// byte is the high byte of a code unit, and in this corpus those come from a handful of blocks:
// Thai text (U+0E00–0E7F) gives high bytes of 0x0E, ASCII and Latin-1 0x00, Vietnamese 0x01 and 0x1E.
// No UTF-8 text has these bytes (they are control characters) at every other position, so a file
// where nearly all of one parity are such bytes, and which then decodes to letters, is UTF-16.

/** U+00xx Latin-1, U+01xx–02xx Latin Extended, U+03xx combining accents, U+0Exx Thai, U+1Exx Vietnamese. */
const SCRIPT_HIGH_BYTES = new Uint8Array(256)
for (const byte of [0x00, 0x01, 0x02, 0x03, 0x0e, 0x1e]) SCRIPT_HIGH_BYTES[byte] = 1
/** Share of high bytes that must come from those blocks: leaves room for quotes, dashes and the like. */
const HIGH_BYTE_SHARE = 0.9
/** Share of decoded characters that must be letters, marks, digits, spaces or punctuation. */
const TEXT_SHARE = 0.95
const SAMPLE_BYTES = 65536

/** The encoding `bytes` (no BOM) are in when they are UTF-16 text, else null. UTF-16 has an even length. */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES))
  for (const [encoding, high] of [
    ['utf-16le', 1],
    ['utf-16be', 0]
  ] as const) {
    // Every file the index reads passes here, nearly all UTF-8: stop at the first byte past the
    // share of others that UTF-16 may hold (a few hundred bytes in), rather than at the sample's end.
    const allowed = sample.length / 2 - HIGH_BYTE_SHARE * (sample.length / 2)
    let others = 0
    for (let i = high; i < sample.length && others <= allowed; i += 2)
      others += 1 - (SCRIPT_HIGH_BYTES[sample[i] ?? 0] ?? 0)
    if (others <= allowed && looksLikeText(new TextDecoder(encoding).decode(sample))) return encoding
  }
  return null
}

function looksLikeText(text: string): boolean {
  const textual = text.replace(/[^\p{L}\p{M}\p{N}\p{P}\p{Zs}\t\n\r]/gu, '').length
  const letters = text.replace(/[^\p{L}]/gu, '').length
  return textual >= TEXT_SHARE * text.length && letters > 0
}
