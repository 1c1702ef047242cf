// How one document's kept text is laid out in the shard's texts file (document-texts.ts), so that a
// snippet reads and decodes only the block with the hit, not the whole article: a header with the
// block count and each block's offset, then per block its text as UTF-16 (read as is, no JSON and
// no UTF-8 to decode) followed by its words' bounds (DocumentWords' `bounds`, two bytes a word).
//
//   u32 blocks, u32 flags (1: bounds kept), u32 × (blocks + 1) record offsets from the span's start,
//   then each record: u32 length in UTF-16 units, the text, the bounds of the block's words.

const HAS_BOUNDS = 1
/** Bytes read with the header. */
const HEAD = 4096

/** The bytes for `texts` (title, then blocks); `wordCounts`: words per block, to cut `bounds` by block. */
export function encodeBlocks(
  texts: readonly string[],
  bounds: Uint8Array | null,
  wordCounts: readonly number[]
): Buffer {
  const total = wordCounts.reduce((sum, count) => sum + count, 0)
  // Bounds that do not line up with the blocks are left out: snippets then segment the block again.
  const kept = bounds && wordCounts.length === texts.length && 2 * total === bounds.length ? bounds : null
  const header = 8 + 4 * (texts.length + 1)
  let size = header
  for (const [block, text] of texts.entries()) size += 4 + 2 * text.length + (kept ? 2 * (wordCounts[block] ?? 0) : 0)
  const bytes = Buffer.alloc(size)
  bytes.writeUInt32LE(texts.length, 0)
  bytes.writeUInt32LE(kept ? HAS_BOUNDS : 0, 4)
  let at = header
  let word = 0
  for (const [block, text] of texts.entries()) {
    bytes.writeUInt32LE(at, 8 + 4 * block)
    bytes.writeUInt32LE(text.length, at)
    at += 4 + bytes.write(text, at + 4, 'utf16le')
    if (kept) {
      const count = wordCounts[block] ?? 0
      bytes.set(kept.subarray(2 * word, 2 * (word + count)), at)
      at += 2 * count
      word += count
    }
  }
  bytes.writeUInt32LE(at, 8 + 4 * texts.length)
  return bytes
}

/** One block as kept: its text and its words' bounds (null when they were not kept). */
export interface KeptBlock {
  text: string
  bounds: Uint8Array | null
}

/** Reads `length` bytes at `at` (from the span's start); null when they cannot be read. */
export type ReadBytes = (at: number, length: number) => Buffer | null

/** A document's blocks, each read from disk only when asked for; null when the header is not as written. */
export function keptBlocks(read: ReadBytes, spanLength: number): KeptBlocks | null {
  // The header and the first blocks in one read: a common word's first hit is often there.
  const head = read(0, Math.min(spanLength, HEAD))
  if (!head || head.length < 12) return null
  const count = head.readUInt32LE(0)
  const headerLength = 8 + 4 * (count + 1)
  if (headerLength > spanLength) return null
  const header = headerLength <= head.length ? head : read(0, headerLength)
  if (!header) return null
  const offsets = new Uint32Array(count + 1)
  for (let k = 0; k <= count; k++) {
    offsets[k] = header.readUInt32LE(8 + 4 * k)
    const previous = k === 0 ? headerLength : (offsets[k - 1] as number)
    if ((offsets[k] as number) < previous || (offsets[k] as number) > spanLength) return null
  }
  return new KeptBlocks(read, offsets, (header.readUInt32LE(4) & HAS_BOUNDS) !== 0, head)
}

export class KeptBlocks {
  constructor(
    private readonly read: ReadBytes,
    private readonly offsets: Uint32Array,
    /** Were the words' bounds kept (else snippets segment the text again)? */
    readonly hasBounds: boolean,
    /** The span's first bytes, read already. */
    private readonly head: Buffer
  ) {}

  get count(): number {
    return this.offsets.length - 1
  }

  /** Block `k` (0 is the title), or null if it cannot be read back as written. */
  block(k: number): KeptBlock | null {
    const from = this.offsets[k]
    const to = this.offsets[k + 1]
    if (from === undefined || to === undefined || to - from < 4) return null
    const bytes = to <= this.head.length ? this.head.subarray(from, to) : this.read(from, to - from)
    if (!bytes) return null
    const end = 4 + 2 * bytes.readUInt32LE(0)
    if (end > bytes.length || (this.hasBounds && (bytes.length - end) % 2 !== 0)) return null
    return { text: bytes.toString('utf16le', 4, end), bounds: this.hasBounds ? bytes.subarray(end) : null }
  }
}
