// The texts of saved notes (UTF-16, one after the other) read by byte range: from the saved file,
// which a loaded notes index keeps open and reads a note at a time (kept-notes.ts), or from memory.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

/** UTF-16 texts, one after the other, read by byte range. */
export interface NoteTexts {
  readonly byteLength: number
  text(from: number, to: number): string
  close(): void
}

/** Texts held in memory (as packed, before they are written). */
export function textsIn(bytes: Buffer): NoteTexts {
  return { byteLength: bytes.length, text: (from, to) => bytes.toString('utf16le', from, to), close: () => undefined }
}

/** A saved texts part, read a range at a time; the file stays open until `close`. */
export function textsFile(path: string): NoteTexts {
  const fd = openSync(path, 'r')
  const byteLength = fstatSync(fd).size
  return {
    byteLength,
    text: (from, to) => {
      const bytes = Buffer.allocUnsafe(to - from)
      for (let at = 0; at < bytes.length;) {
        const read = readSync(fd, bytes, at, bytes.length - at, from + at)
        if (read === 0) throw new Error('The saved note texts are truncated.')
        at += read
      }
      return bytes.toString('utf16le')
    },
    close: () => closeSync(fd)
  }
}
