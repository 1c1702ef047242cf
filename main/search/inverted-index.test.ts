// The inverted index: BM25+ as MiniSearch scored (the ranking the quality set was labelled
// against), AND over query words, tombstones, and the packed form a relaunch reads back.
import { describe, expect, it } from 'vitest'
import { bm25, derivedTerms } from './bm25'
import { InvertedIndex } from './inverted-index'
import { TermDictionary } from './term-dictionary'

const dictionary = new TermDictionary()
/** A document as [title words, body words]. */
const fields = (title: string, body: string) =>
  [title, body].map((text) => {
    const counts = new Map<number, number>()
    for (const word of text.split(' ').filter(Boolean)) {
      const id = dictionary.idOf(word)
      counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    return counts
  })
const query = (...words: string[]) =>
  words.map((word) => derivedTerms(dictionary, word.replace('*', ''), word.endsWith('*')))
const ranked = (index: InvertedIndex, ...words: string[]) => {
  const { docs, scores } = index.matchAll(query(...words))
  return docs.map((doc) => ({ id: index.idAt(doc), score: scores[doc] as number })).sort((a, b) => b.score - a.score)
}
const sample = (): InvertedIndex => {
  const index = new InvertedIndex([2, 1])
  index.add('a', fields('ปฏิรูป', 'การ ปฏิรูป กลไก ปฏิรูป'))
  index.add('b', fields('ข่าว', 'การ ปฏิรูปใหม่ จังหวัด'))
  index.add('c', fields('ประชุม', 'การ ประชุม จังหวัด ปฏิรูป'))
  return index
}

describe('the inverted index', () => {
  it('scores BM25+ per field with its boost, as MiniSearch did', () => {
    const index = sample()
    const [a, c] = ranked(index, 'ปฏิรูป')
    expect([a?.id, c?.id]).toEqual(['a', 'c'])
    // Title: 1 of 3 documents, one word long (average 1); body: 2 of 3, lengths 3 and 4 distinct words (average 10/3).
    const title = 2 * bm25(1, 1, 3, 1, 1)
    expect(a?.score).toBeCloseTo(title + bm25(2, 2, 3, 3, 10 / 3), 12)
    expect(c?.score).toBeCloseTo(bm25(1, 2, 3, 4, 10 / 3), 12)
  })

  it('finds only documents with every word, and ranks a longer word of a prefix below the word itself', () => {
    const index = sample()
    expect(ranked(index, 'การ', 'จังหวัด').map((hit) => hit.id)).toEqual(expect.arrayContaining(['b', 'c']))
    expect(ranked(index, 'การ', 'จังหวัด')).toHaveLength(2)
    expect(ranked(index, 'กลไก', 'ประชุม')).toEqual([])
    expect(ranked(index, 'ไม่มี')).toEqual([])
    const prefix = ranked(index, 'ปฏิรูป*')
    expect(prefix.map((hit) => hit.id)).toEqual(['a', 'c', 'b'])
    // MiniSearch's prefix weight: 0.375 × length / (length + 0.3 × letters added); here 10 letters, 4 added.
    const weight = query('ปฏิรูป*')[0]?.find(([id]) => id === dictionary.id('ปฏิรูปใหม่'))?.[1]
    expect(weight).toBeCloseTo((0.375 * 10) / (10 + 0.3 * 4), 12)
  })

  it('never returns a removed document, and scores as if it had never been added, before and after packing', () => {
    const index = sample()
    const fresh = new InvertedIndex([2, 1])
    fresh.add('a', fields('ปฏิรูป', 'การ ปฏิรูป กลไก ปฏิรูป'))
    fresh.add('c', fields('ประชุม', 'การ ประชุม จังหวัด ปฏิรูป'))
    index.remove('b')
    for (const words of [['การ'], ['ปฏิรูป*'], ['จังหวัด']])
      expect(ranked(index, ...words)).toEqual(ranked(fresh, ...words))
    index.pack()
    expect(index.capacity).toBe(2)
    for (const words of [['การ'], ['ปฏิรูป*'], ['จังหวัด']])
      expect(ranked(index, ...words)).toEqual(ranked(fresh, ...words))
  })

  it('packs its tombstones away on its own once they pass a quarter of the documents', () => {
    const index = new InvertedIndex([2, 1])
    for (let i = 0; i < 300; i++) index.add(`d${i}`, fields('ข่าว', i % 2 ? 'การ ประชุม' : 'การ'))
    for (let i = 0; i < 100; i++) index.remove(`d${i}`)
    expect(index.capacity).toBe(224) // packed at the 76th removal, then 24 more tombstones
    expect(ranked(index, 'การ')).toHaveLength(200)
    expect(ranked(index, 'ประชุม')).toHaveLength(100)
  })

  it('reads back its packed form answering exactly as before, and keeps growing after', () => {
    const index = new InvertedIndex([2, 1])
    // 150,000 postings: lists of many blocks, over two pages (a page holds 131,072 pairs).
    let withW5 = 0
    for (let i = 0; i < 3000; i++) {
      const body = Array.from({ length: 50 }, (_, k) => `w${(i + k * 37) % 2000}`)
      if (body.includes('w5') && i !== 5) withW5++
      index.add(`d${i}`, fields(`t${i % 7}`, `${body.join(' ')} y${i % 3}`))
    }
    index.remove('d5')
    const words = index.pack().slice()
    const ids = index.documentIds()
    const reloaded = new InvertedIndex([2, 1], { ids, words })
    expect(ranked(reloaded, 'w5')).toHaveLength(withW5)
    for (const q of [['w5'], ['w1*'], ['w7', 'y2'], ['t3', 'w10*']])
      expect(ranked(reloaded, ...q)).toEqual(ranked(index, ...q))
    reloaded.add('new', fields('t3', 'w10 ใหม่'))
    expect(ranked(reloaded, 'ใหม่', 't3').map((hit) => hit.id)).toEqual(['new'])
    expect(ranked(reloaded, 't3', 'w10*').map((hit) => hit.id)).toContain('new')
  })

  it('refuses a damaged packed form instead of misreading it', () => {
    const index = sample()
    const words = index.pack().slice()
    const ids = index.documentIds()
    expect(() => new InvertedIndex([2, 1], { ids, words: words.subarray(0, words.length - 1) })).toThrow()
    expect(() => new InvertedIndex([2, 1], { ids: ids.slice(1), words })).toThrow()
    expect(() => new InvertedIndex([1], { ids, words })).toThrow()
    const outOfRange = words.slice()
    outOfRange[outOfRange.length - 2] = 99 // a document number past the documents
    expect(() => new InvertedIndex([2, 1], { ids, words: outOfRange })).toThrow()
  })
})
