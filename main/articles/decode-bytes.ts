// Bytes to text without silent guessing: BOMs decide UTF-8/UTF-16; otherwise the file must be
// UTF-8. UTF-16 without a BOM and legacy Thai files (Windows-874 / TIS-620) are recognised by their
// bytes and read with a warning; a few stray invalid bytes are replaced and reported; binaries are
// refused with what they look like.
import { utf16WithoutBom } from './detect-utf16'

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874'

export type Decoded =
  { ok: true; text: string; encoding: TextEncodingName; warnings: string[] } | { ok: false; error: string }

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or Word/Excel file)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]]
]

/** More invalid sequences than this share of non-ASCII bytes means "not UTF-8", not "a few bad bytes". */
const LEGACY_THRESHOLD = 0.1

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3))
  if (startsWith(bytes, [0xff, 0xfe]))
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] }
  if (startsWith(bytes, [0xfe, 0xff]))
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] }

  const kind = MAGIC.find(([, magic]) => startsWith(bytes, magic))?.[0]
  if (kind) return { ok: false, error: `This is not a text file: it looks like a ${kind}.` }
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) {
    const warning = `The file has no byte-order mark, but its bytes are ${utf16.toUpperCase()} text; it was read as such. Check the text.`
    return { ok: true, text: new TextDecoder(utf16).decode(bytes), encoding: utf16, warnings: [warning] }
  }
  if (bytes.subarray(0, 65536).includes(0))
    return { ok: false, error: 'This is not a text file: it contains binary data (NUL bytes).' }
  return utf8(bytes)
}

function utf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings: [] }
  } catch {
    // Not valid UTF-8: find out how badly before deciding what it is.
  }
  const invalid = invalidUtf8Offsets(bytes)
  const highBytes = bytes.reduce((count, byte) => count + (byte >= 0x80 ? 1 : 0), 0)
  if (invalid.length > LEGACY_THRESHOLD * highBytes) {
    const legacy = new TextDecoder('windows-874').decode(bytes)
    if (mostlyThai(legacy)) {
      return {
        ok: true,
        text: legacy,
        encoding: 'windows-874',
        warnings: ['The file is not UTF-8; it was read as Thai Windows-874 (TIS-620). Check that the text looks right.']
      }
    }
    return {
      ok: false,
      error: `The file is not UTF-8 text (invalid byte 0x${bytes[invalid[0] ?? 0]?.toString(16)} at offset ${invalid[0]}), and not a Thai legacy encoding either.`
    }
  }
  const shown = invalid.slice(0, 5).join(', ') + (invalid.length > 5 ? ', …' : '')
  return {
    ok: true,
    text: new TextDecoder('utf-8').decode(bytes),
    encoding: 'utf-8',
    warnings: [`${invalid.length} invalid UTF-8 byte sequence(s) at byte offset ${shown}; shown as �.`]
  }
}

/** Offsets where a UTF-8 decoder has to give up on a sequence (a lead byte without its continuation). */
export function invalidUtf8Offsets(bytes: Uint8Array): number[] {
  const offsets: number[] = []
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i] ?? 0
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0
    let valid = length > 0
    for (let k = 1; valid && k < length; k++) valid = ((bytes[i + k] ?? 0) & 0xc0) === 0x80
    if (valid) i += length
    else {
      offsets.push(i)
      i += 1
    }
  }
  return offsets
}

/** Counted by removing the rest, not by matching: a match array of a 20 MB file holds millions of strings. */
function mostlyThai(text: string): boolean {
  const letters = text.replace(/\P{L}/gu, '').length
  const thai = text.replace(/[^\u0E01-\u0E5B]/g, '').length
  const undefinedChars = text.replace(/[^\u0080-\u009F\uFFFD]/g, '').length
  return letters > 0 && thai / letters > 0.5 && undefinedChars < thai * 0.01
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}
