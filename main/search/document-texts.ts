// The text each document was indexed with (title and blocks), kept on disk beside the shard so that
// snippets never read and re-parse an article file: one append-only file per shard, a document's
// text at a byte range the shard's manifest records. Memory holds only the ranges; the OS caches
// the pages. A removed or re-indexed document leaves dead bytes, dropped when the file is rewritten
// at a save once they outweigh the live ones.
import { randomBytes } from 'node:crypto'
import { closeSync, fdatasyncSync, fstatSync, openSync, readSync, writeSync } from 'node:fs'
import { join } from 'node:path'

/** Where a document's text lies in the shard's text file. */
export interface TextSpan {
  at: number
  length: number
}

/** Rewrite at a save when dead bytes exceed live ones and this many bytes. */
const COMPACT_ABOVE = 4 * 1024 * 1024

export class DocumentTexts {
  private constructor(
    private readonly dir: string,
    /** The file's name in `dir`: the manifest names it, so an older one can be told apart. */
    readonly name: string,
    private readonly fd: number,
    private end: number
  ) {}

  /** A new, empty file for shard `shard`. */
  static create(dir: string, shard: number): DocumentTexts {
    const name = `shard-${shard}.${randomBytes(6).toString('hex')}.texts`
    return new DocumentTexts(dir, name, openSync(join(dir, name), 'wx+'), 0)
  }

  /** The saved file; throws if it is missing (the shard is then rebuilt). */
  static open(dir: string, name: string): DocumentTexts {
    const fd = openSync(join(dir, name), 'r+')
    return new DocumentTexts(dir, name, fd, fstatSync(fd).size)
  }

  get size(): number {
    return this.end
  }

  /**
   * Appends a document's texts and its words' bounds (DocumentWords' `bounds`), after whatever an
   * unsaved session may have left (never read, dropped at compaction). Laid out as the JSON's
   * byte length (4 bytes), the texts as JSON, then the bounds.
   */
  append(texts: readonly string[], bounds: Uint8Array | null): TextSpan {
    const json = Buffer.from(JSON.stringify(texts))
    const bytes = Buffer.allocUnsafe(4 + json.length + (bounds?.length ?? 0))
    bytes.writeUInt32LE(json.length, 0)
    json.copy(bytes, 4)
    if (bounds) bytes.set(bounds, 4 + json.length)
    const span = { at: this.end, length: bytes.length }
    writeSync(this.fd, bytes, 0, bytes.length, this.end)
    this.end += bytes.length
    return span
  }

  /** The texts and bounds at `span`, or null if they cannot be read back as written. */
  read(span: TextSpan): { texts: string[]; bounds: Uint8Array | null } | null {
    if (span.at + span.length > this.end || span.length < 4) return null
    const bytes = Buffer.allocUnsafe(span.length)
    if (readSync(this.fd, bytes, 0, span.length, span.at) !== span.length) return null
    const jsonLength = bytes.readUInt32LE(0)
    if (4 + jsonLength > span.length) return null
    try {
      const texts: unknown = JSON.parse(bytes.toString('utf8', 4, 4 + jsonLength))
      if (!Array.isArray(texts) || !texts.every((text) => typeof text === 'string')) return null
      return { texts: texts as string[], bounds: 4 + jsonLength < span.length ? bytes.subarray(4 + jsonLength) : null }
    } catch {
      return null
    }
  }

  /** Is every span inside the file? (A file cut short by a crash or a hand means rebuild.) */
  holds(spans: Iterable<TextSpan>): boolean {
    for (const span of spans) if (span.at + span.length > this.end) return false
    return true
  }

  /**
   * When dead bytes outweigh live ones: a new file with only the live texts, and their new spans
   * (the caller saves the manifest naming it, then closes this one). Otherwise null.
   */
  compacted(
    spans: Map<string, TextSpan>,
    shard: number
  ): { texts: DocumentTexts; spans: Map<string, TextSpan> } | null {
    let live = 0
    for (const span of spans.values()) live += span.length
    if (this.end - live <= Math.max(live, COMPACT_ABOVE)) return null
    const texts = DocumentTexts.create(this.dir, shard)
    const moved = new Map<string, TextSpan>()
    for (const [id, span] of spans) {
      const bytes = Buffer.allocUnsafe(span.length)
      readSync(this.fd, bytes, 0, span.length, span.at)
      moved.set(id, { at: texts.end, length: span.length })
      writeSync(texts.fd, bytes, 0, span.length, texts.end)
      texts.end += span.length
    }
    return { texts, spans: moved }
  }

  /** On disk before a manifest names these bytes (a power cut must not leave it naming unwritten ones). */
  sync(): void {
    fdatasyncSync(this.fd)
  }

  close(): void {
    closeSync(this.fd)
  }
}
