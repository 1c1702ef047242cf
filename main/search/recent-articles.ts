// The parsed text of the documents a shard worker saw last, so that repeated searches make their
// snippets without reading and parsing each hit's file again. Keyed by id and content hash (an
// edited file is a new entry); bounded in entries and in characters, least recently used first out.
// A Map keeps insertion order, so moving an entry to the end on each use is the whole LRU.

export interface ArticleText {
  title: string
  blocks: string[]
}

export class RecentArticles {
  private readonly entries = new Map<string, { hash: string; text: ArticleText; chars: number }>()
  private chars = 0

  constructor(
    private readonly maxEntries = 64,
    /** About 16 MB of text: a few very long articles cannot hold a worker's memory hostage. */
    private readonly maxChars = 8_000_000
  ) {}

  get(id: string, hash: string): ArticleText | undefined {
    const entry = this.entries.get(id)
    if (!entry || entry.hash !== hash) return undefined
    this.entries.delete(id)
    this.entries.set(id, entry)
    return entry.text
  }

  put(id: string, hash: string, text: ArticleText): void {
    this.remove(id)
    const chars = text.blocks.reduce((sum, block) => sum + block.length, text.title.length)
    if (chars > this.maxChars) return
    this.entries.set(id, { hash, text, chars })
    this.chars += chars
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.chars <= this.maxChars) break
      this.entries.delete(oldest)
      this.chars -= entry.chars
    }
  }

  remove(id: string): void {
    const entry = this.entries.get(id)
    if (!entry) return
    this.entries.delete(id)
    this.chars -= entry.chars
  }

  get size(): number {
    return this.entries.size
  }
}
