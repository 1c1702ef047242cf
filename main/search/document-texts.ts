// The text each document was indexed with (title and blocks), kept on disk beside the shard so that
// snippets never read and re-parse an article file: one append-only file per shard, a document's
// text at a byte range the shard's manifest records, laid out so that one block is read alone. Memory holds only the ranges; the OS caches
// the pages. A removed or re-indexed document leaves dead bytes, dropped when the file is rewritten
// at a save once they outweigh the live ones.
import { randomBytes } from 'node:crypto'
import { closeSync, fdatasyncSync, fstatSync, openSync, readSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { encodeBlocks, keptBlocks, type KeptBlocks } from './text-blocks'

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
   * Appends a document's texts and its words' bounds (DocumentWords' `bounds`; `wordCounts`, the
   * words of each text), laid out by block (text-blocks.ts), after whatever an unsaved session may
   * have left (never read, dropped at compaction).
   */
  append(texts: readonly string[], bounds: Uint8Array | null, wordCounts: readonly number[]): TextSpan {
    const bytes = encodeBlocks(texts, bounds, wordCounts)
    const span = { at: this.end, length: bytes.length }
    writeSync(this.fd, bytes, 0, bytes.length, this.end)
    this.end += bytes.length
    return span
  }

  /** The blocks at `span`, each read when asked for; null if its header cannot be read back as written. */
  blocks(span: TextSpan): KeptBlocks | null {
    if (span.at + span.length > this.end) return null
    return keptBlocks((at, length) => {
      if (at + length > span.length) return null
      const bytes = Buffer.allocUnsafe(length)
      return readSync(this.fd, bytes, 0, length, span.at + at) === length ? bytes : null
    }, span.length)
  }

  /**
   * The span's bytes read as UTF-16, header and word bounds included, in one read: enough to ask
   * whether a word occurs in the document (a stray match in the binary parts only costs a re-index;
   * every part is a whole number of UTF-16 units, so the texts decode as written). Null if unreadable.
   */
  rawText(span: TextSpan): string | null {
    if (span.at + span.length > this.end) return null
    const bytes = Buffer.allocUnsafe(span.length)
    try {
      return readSync(this.fd, bytes, 0, span.length, span.at) === span.length ? bytes.toString('utf16le') : null
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
