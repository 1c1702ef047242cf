// Documents that only a split reading matches (`จังหวัด` written as `จัง` + `หวัด`) are found through
// the postings now, not by scanning every sequence: the same documents, in the same order, as the scan.
import { describe, expect, it } from 'vitest'
import { BREAK, type DocumentWords } from './document-words'
import { ShardIndex } from './shard-index'
import { hasRun } from './word-runs'

const VOCABULARY = ['จัง', 'หวัด', 'จังหวัด', 'การ', 'ปฏิรูป', 'กลไก', 'ทุก']

function words(sequence: string[]): DocumentWords {
  const counts = new Map<string, number>()
  for (const word of sequence) if (word !== BREAK) counts.set(word, (counts.get(word) ?? 0) + 1)
  return { title: new Map(), body: counts, sequence: [...sequence, BREAK], bounds: null }
}

function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
}

describe('split-reading recovery', () => {
  it('finds what a scan of every sequence finds, in the same order, after removals and re-indexing', () => {
    const next = random(7)
    const index = new ShardIndex()
    const add = (n: number) => {
      const sequence = Array.from(
        { length: 3 + Math.floor(next() * 8) },
        () => VOCABULARY[Math.floor(next() * 5)] as string
      )
      index.add({ id: `d${n}`, hash: String(next()), file: '', folder: '' }, words(sequence), [])
    }
    for (let n = 0; n < 300; n++) add(n)
    for (let n = 0; n < 300; n += 3) index.remove(`d${n}`)
    for (let n = 0; n < 300; n += 7) add(n) // re-indexed: numbered, and listed, last
    for (let n = 300; n < 340; n++) add(n)

    const query = [[{ terms: [{ term: 'จังหวัด', prefix: false }], phrase: false }]]
    const { ids } = index.rank(query)
    const direct = [...index.sequences.keys()].filter((id) =>
      (index.sequences.get(id) as Uint32Array).includes(index.dictionary.id('จังหวัด') as number)
    )
    const run = [new Set([index.dictionary.id('จัง') as number]), new Set([index.dictionary.id('หวัด') as number])]
    const split = [...index.sequences]
      .filter(([id, sequence]) => !direct.includes(id) && hasRun(sequence, run))
      .map(([id]) => id)
    expect(split.length).toBeGreaterThan(10)
    expect(ids.slice(direct.length)).toEqual(split)
    expect(new Set(ids.slice(0, direct.length))).toEqual(new Set(direct))
  })
})
