// JSON files of Crossread's own (the library index, the annotation store's files) led by a
// checksum of the rest: `{"crc32":"0a1b2c3d",…}`. A file whose checksum matches holds exactly what
// this app serialised from data it had already checked, so reading it again need not re-validate
// every field: at 10,000 articles and 100,000 annotations that validation was ~260 ms of a
// relaunch (decision 011). A file edited by hand, damaged, or written before the seal existed does
// not match, and goes through the full schema check as before. Readers that do not know the seal
// see one more key, which their schemas strip.
import { crc32 } from 'node:zlib'

const HEAD = '{"crc32":"'
/** `{"crc32":"` + 8 hex digits + `"`: the rest is `}` (an empty object) or `,` and the members. */
const SEAL_LENGTH = HEAD.length + 9
const OPEN_BRACE = crc32('{')

const hex = (sum: number) => sum.toString(16).padStart(8, '0')

/**
 * `value` as JSON, led by the checksum of its own serialisation, encoded once: the JSON's bytes are
 * written where they end up and the seal put in front of them (at 10,000 articles the library
 * index is 7 MB, saved repeatedly while a folder imports, when memory peaks).
 */
export function sealedJson(value: object): Buffer {
  const json = JSON.stringify(value)
  if (!json.startsWith('{')) throw new TypeError('Only an object can be sealed.')
  if (json === '{}') return Buffer.from(`${HEAD}${hex(crc32(json))}"}`)
  // The JSON's `{` lands where the seal's comma goes, so the bytes after the seal are the body's.
  const bytes = Buffer.allocUnsafe(SEAL_LENGTH + Buffer.byteLength(json))
  bytes.write(json, SEAL_LENGTH)
  const sum = crc32(bytes.subarray(SEAL_LENGTH))
  bytes.write(`${HEAD}${hex(sum)}",`, 0, 'latin1')
  return bytes
}

export interface SealedReading {
  value: unknown
  /** True when the checksum matches: the bytes are as this app wrote them. */
  sealed: boolean
}

/** Parses a file's bytes (or text); throws as JSON.parse does when they are not JSON. */
export function parseSealed(data: Uint8Array | string): SealedReading {
  const text = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString()
  const value: unknown = JSON.parse(text)
  if (!text.startsWith(HEAD)) return { value, sealed: false } // no seal: no bytes to sum
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const sealed = hasSeal(bytes) && text.slice(HEAD.length, HEAD.length + 8) === hex(bodySum(bytes))
  if (sealed) delete (value as { crc32?: unknown }).crc32
  return { value, sealed }
}

function hasSeal(bytes: Uint8Array): boolean {
  if (bytes.length <= SEAL_LENGTH) return false
  for (let i = 0; i < HEAD.length; i++) if (bytes[i] !== HEAD.charCodeAt(i)) return false
  return bytes[SEAL_LENGTH - 1] === 0x22 && (bytes[SEAL_LENGTH] === 0x2c || bytes[SEAL_LENGTH] === 0x7d) // `"` then `,` or `}`
}

/** The checksum of the JSON the seal was made from: `{` and the bytes after the seal's comma. */
function bodySum(bytes: Uint8Array): number {
  return bytes[SEAL_LENGTH] === 0x7d ? crc32('{}') : crc32(bytes.subarray(SEAL_LENGTH + 1), OPEN_BRACE)
}
