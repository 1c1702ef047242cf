// Postings as numbers in a few large typed arrays, with no object per term or per posting: a Map
// per posting costs ~41 bytes and garbage to collect, a pair of Uint32 costs 8. Each list (one term
// in one field, by key) is a chain of blocks in pages of Uint32; a block holds as many pairs as the
// list's blocks before it (up to a cap), so appending is a store most of the time. A saved index is one packed array
// (each list's run of pairs, `starts` saying where), used as it is read; lists grown after a
// load continue in blocks. Pairs are (document number, term frequency).

const PAGE_BITS = 18
const PAGE = 1 << PAGE_BITS
const MAX_BLOCK = 1 << 12 // pairs: a block (two header words and its pairs) always fits in a page

export type Visit = (pairs: Uint32Array, from: number, to: number) => void

export class PostingLists {
  private readonly pages: Uint32Array[] = []
  private used = PAGE
  // Per key: first and last block (offset + 1; 0 for none), pairs in the last block, pairs in all blocks.
  private head = new Uint32Array(0)
  private tail = new Uint32Array(0)
  private fill = new Uint32Array(0)
  private grown = new Uint32Array(0)

  constructor(
    private readonly base: Uint32Array = new Uint32Array(0),
    /** Where each key's run starts in `base`, in pairs, and one more entry for the end. */
    private readonly starts: Uint32Array = new Uint32Array(1)
  ) {}

  /** Keys with a list, at most. */
  get keys(): number {
    return Math.max(this.starts.length - 1, this.head.length)
  }

  count(key: number): number {
    return this.baseCount(key) + (this.grown[key] ?? 0)
  }

  append(key: number, doc: number, frequency: number): void {
    if (key >= this.head.length) this.growKeys(key + 1)
    let block = this.tail[key] as number
    if (block === 0 || this.fill[key] === this.pageOf(block - 1)[(block - 1) & (PAGE - 1)]) block = this.addBlock(key)
    const page = this.pageOf(block - 1)
    const at = ((block - 1) & (PAGE - 1)) + 2 + 2 * (this.fill[key] as number)
    page[at] = doc
    page[at + 1] = frequency
    ;(this.fill[key] as number)++
    ;(this.grown[key] as number)++
  }

  /** Calls `visit` on each run of the key's pairs, in the order they were added. */
  each(key: number, visit: Visit): void {
    if (key < this.starts.length - 1) {
      const from = 2 * (this.starts[key] as number)
      const to = 2 * (this.starts[key + 1] as number)
      if (to > from) visit(this.base, from, to)
    }
    for (let block = this.head[key] ?? 0; block !== 0;) {
      const page = this.pageOf(block - 1)
      const at = (block - 1) & (PAGE - 1)
      const pairs = block === this.tail[key] ? (this.fill[key] as number) : (page[at] as number)
      visit(page, at + 2, at + 2 + 2 * pairs)
      block = page[at + 1] as number
    }
  }

  private baseCount(key: number): number {
    return key < this.starts.length - 1 ? (this.starts[key + 1] as number) - (this.starts[key] as number) : 0
  }

  private pageOf(offset: number): Uint32Array {
    return this.pages[offset >>> PAGE_BITS] as Uint32Array
  }

  private addBlock(key: number): number {
    const capacity = Math.min(MAX_BLOCK, Math.max(1, this.grown[key] as number))
    if (this.used + 2 + 2 * capacity > PAGE) {
      this.pages.push(new Uint32Array(PAGE))
      this.used = 0
    }
    const block = (this.pages.length - 1) * PAGE + this.used + 1
    const page = this.pages[this.pages.length - 1] as Uint32Array
    page[this.used] = capacity
    this.used += 2 + 2 * capacity
    const last = this.tail[key] as number
    if (last === 0) this.head[key] = block
    else this.pageOf(last - 1)[((last - 1) & (PAGE - 1)) + 1] = block
    this.tail[key] = block
    this.fill[key] = 0
    return block
  }

  private growKeys(needed: number): void {
    const size = Math.max(needed, 2 * this.head.length, 1024)
    const grow = (array: Uint32Array) => {
      const grown = new Uint32Array(size)
      grown.set(array)
      return grown
    }
    this.head = grow(this.head)
    this.tail = grow(this.tail)
    this.fill = grow(this.fill)
    this.grown = grow(this.grown)
  }
}
