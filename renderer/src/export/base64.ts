// Bytes to base64 and back in the renderer, where Buffer does not exist: an import's file goes to
// main as base64, an export's download comes back as base64. Encoded in slices, because one
// String.fromCharCode call over a whole file overflows the call stack at a few hundred kilobytes.

/** Bytes per slice: a multiple of 3, so no slice but the last ends in base64 padding. */
const SLICE = 3 * 8 * 1024

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let at = 0; at < bytes.length; at += SLICE) {
    const slice = bytes.subarray(at, at + SLICE)
    parts.push(btoa(String.fromCharCode(...slice)))
  }
  return parts.join('')
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}
