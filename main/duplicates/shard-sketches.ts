// A search worker's sketches of its shard's articles (shingle-sketch.ts), made from the word
// sequences the shard already keeps as term ids, saved and reloaded with it: no file format changes,
// a shard saved before this existed has its sketches as soon as main asks, and the index pass does
// no extra work. Main asks after each sync for what changed since its last question; a document
// indexed again gets a new sequence array, so the array's identity says whether its sketch is current.
import type { ShardIndex } from '../search/shard-index'
import { sketchOfWordHashes, wordHash } from './shingle-sketch'

export interface SketchChanges {
  /** Everything reported before is void (another index was loaded): `put` holds every document. */
  reset: boolean
  put: Array<[id: string, sketch: Uint32Array]>
  removed: string[]
}

export function sketchHandlers(shard: () => ShardIndex) {
  let reportedFor: ShardIndex | null = null
  /** Each document reported, by the sequence its sketch was made from. */
  let reported = new Map<string, Uint32Array>()
  const words = new WordHashes()
  return {
    /** The sketches made or dropped since the last call (all of them, the first time). */
    sketchChanges: (): SketchChanges => {
      const index = shard()
      const reset = reportedFor !== index
      if (reset) {
        reportedFor = index
        reported = new Map()
        words.reset()
      }
      const put: SketchChanges['put'] = []
      for (const [id, sequence] of index.sequences) {
        if (reported.get(id) === sequence) continue
        reported.set(id, sequence)
        put.push([id, sketchOfWordHashes(words.ofBody(sequence, index.dictionary.terms))])
      }
      const removed = [...reported.keys()].filter((id) => !index.sequences.has(id))
      for (const id of removed) reported.delete(id)
      return { reset, put, removed }
    }
  }
}

/** Word hashes by term id, each computed once per shard (a term id means one word in its shard only). */
class WordHashes {
  private byTerm = new Uint32Array(1024)
  private body = new Uint32Array(4096)

  reset(): void {
    this.byTerm.fill(0)
  }

  /** The hashes of a sequence's body words: after the title (which ends at the first break), breaks left out. */
  ofBody(sequence: Uint32Array, terms: readonly string[]): Uint32Array {
    if (this.body.length < sequence.length) this.body = new Uint32Array(sequence.length * 2)
    if (this.byTerm.length < terms.length) {
      const grown = new Uint32Array(terms.length * 2)
      grown.set(this.byTerm)
      this.byTerm = grown
    }
    let count = 0
    for (let i = sequence.indexOf(0) + 1; i < sequence.length; i++) {
      const term = sequence[i] as number
      if (term === 0) continue
      let hash = this.byTerm[term] as number
      if (hash === 0) hash = this.byTerm[term] = wordHash(terms[term] ?? '')
      this.body[count++] = hash
    }
    return this.body.subarray(0, count)
  }
}
