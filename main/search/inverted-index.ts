// Our own inverted index (decision 011): each term's postings per field appended to typed arrays as
// documents are added (posting-lists.ts), field lengths by document number, scored with BM25+ as
// MiniSearch scored (bm25.ts). Terms are TermDictionary ids; documents are numbered as added. A
// removed document is a tombstone until the postings are packed (at a save, or once tombstones
// pass a quarter of the documents), which renumbers the documents that remain; each document's
// tag (a number its owner chose, e.g. where it keeps the document's text) follows it.
import { QueryScratch } from './query-scratch'
import type { DerivedTerms } from './bm25'
import { matchAll, type Matches } from './match-all'
import { packPostings, unpackPostings } from './packed-postings'
import { PostingLists } from './posting-lists'

const COMPACT_AT = 0.25
const COMPACT_MIN = 64

export class InvertedIndex {
  private lists = new PostingLists()
  private ids: string[] = []
  private readonly numbers = new Map<string, number>()
  private lengths: Uint32Array = new Uint32Array(0)
  private live = new Uint8Array(0)
  private tags: Int32Array = new Int32Array(0)
  private readonly totals: number[]
  private dead = 0
  /** The packed form, while nothing has changed since. */
  private packed: Uint32Array | null = null
  /** Reused by every query (match-all.ts): scores, and how many query words each document matched. */
  private readonly scratch = new QueryScratch((size) => new Uint16Array(size))

  /**
   * `boosts`: one per field, in the order `add` is given the fields. `saved`: what `pack` returned, and its
   * ids; a saved document's tag is its number there. `intact`: its bytes matched the checksum saved with them.
   */
  constructor(
    private readonly boosts: readonly number[],
    saved?: { ids: string[]; words: Uint32Array; intact?: boolean }
  ) {
    this.totals = boosts.map(() => 0)
    if (saved)
      this.adopt(
        saved.ids,
        saved.words,
        Int32Array.from(saved.ids, (_, doc) => doc),
        saved.intact === true
      )
  }

  get size(): number {
    return this.numbers.size
  }

  has(id: string): boolean {
    return this.numbers.has(id)
  }

  /** Document numbers run below this (removed ones included, until packed). */
  get capacity(): number {
    return this.ids.length
  }

  numberOf(id: string): number | undefined {
    return this.numbers.get(id)
  }

  idAt(doc: number): string {
    return this.ids[doc] as string
  }

  /** The tag `add` was given with the document now numbered `doc`. */
  tagAt(doc: number): number {
    return this.tags[doc] as number
  }

  /** Indexes a document: per field, how often each term id occurs in it. */
  add(id: string, fields: ReadonlyArray<Map<number, number>>, tag = -1): void {
    this.remove(id)
    const doc = this.ids.length
    const count = this.boosts.length
    this.ids.push(id)
    this.numbers.set(id, doc)
    if ((doc + 1) * count > this.lengths.length) this.grow(2 * (doc + 1))
    this.live[doc] = 1
    this.tags[doc] = tag
    fields.forEach((frequencies, field) => {
      // MiniSearch counted an empty field as one word long; ranking stays as it was labelled.
      const length = Math.max(1, frequencies.size)
      this.lengths[doc * count + field] = length
      this.totals[field] = (this.totals[field] as number) + length
      for (const [term, frequency] of frequencies) this.lists.append(term * count + field, doc, frequency)
    })
    this.packed = null
  }

  remove(id: string): boolean {
    const doc = this.numbers.get(id)
    if (doc === undefined) return false
    this.numbers.delete(id)
    this.live[doc] = 0
    this.dead++
    this.boosts.forEach((_, field) => {
      this.totals[field] = (this.totals[field] as number) - (this.lengths[doc * this.boosts.length + field] as number)
    })
    this.packed = null
    if (this.dead >= COMPACT_MIN && this.dead > COMPACT_AT * this.ids.length) this.pack()
    return true
  }

  /** The documents with every query word (each one given as the terms it matches) and their summed scores. */
  matchAll(words: readonly DerivedTerms[]): Matches {
    const { boosts, lists, live, lengths, totals, dead } = this
    const documents = this.numbers.size
    const { scores, marks } = this.scratch.take(this.live.length)
    const scratch = { scores, matched: marks }
    return matchAll({ boosts, lists, live, lengths, totals, dead, documents, scratch }, words)
  }

  /** The index as one array to save (tombstones dropped: documents are then numbered as `ids()` lists them). */
  pack(): Uint32Array {
    if (this.packed) return this.packed
    const ids = this.ids.filter((_, doc) => this.live[doc] === 1)
    const tags = this.tags.subarray(0, this.ids.length).filter((_, doc) => this.live[doc] === 1)
    this.adopt(ids, packPostings(this.boosts.length, this.live, this.ids.length, this.lengths, this.lists), tags, true)
    return this.packed as unknown as Uint32Array
  }

  /** Every document's id, by document number (after `pack`, exactly the live documents). */
  documentIds(): string[] {
    return this.ids.filter((_, doc) => this.live[doc] === 1)
  }

  /** The live documents' numbers, in order. */
  documents(): number[] {
    const docs: number[] = []
    for (let doc = 0; doc < this.ids.length; doc++) if (this.live[doc] === 1) docs.push(doc)
    return docs
  }

  private adopt(ids: string[], words: Uint32Array, tags: Int32Array, pairsKnownGood: boolean): void {
    const { lengths, starts, pairs } = unpackPostings(words, this.boosts.length, ids.length, pairsKnownGood)
    this.numbers.clear()
    ids.forEach((id, doc) => this.numbers.set(id, doc))
    if (this.numbers.size !== ids.length) throw new Error('The saved postings name a document twice.')
    this.lists = new PostingLists(pairs, starts)
    this.ids = ids
    this.lengths = lengths
    this.live = new Uint8Array(ids.length).fill(1)
    this.tags = tags
    this.boosts.forEach((_, field) => {
      let total = 0
      for (let doc = 0; doc < ids.length; doc++) total += lengths[doc * this.boosts.length + field] as number
      this.totals[field] = total
    })
    this.dead = 0
    this.packed = words
  }

  private grow(documents: number): void {
    const lengths = new Uint32Array(documents * this.boosts.length)
    lengths.set(this.lengths)
    const live = new Uint8Array(documents)
    live.set(this.live)
    const tags = new Int32Array(documents)
    tags.set(this.tags)
    this.lengths = lengths
    this.live = live
    this.tags = tags
  }
}
