import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { addWithCounts, decodeIndex, encodeIndex } from './minisearch-internals'

const options = { fields: ['title', 'body'], storeFields: [] as string[] }
const documents = [
  { id: 'a', title: 'การปฏิรูป กลไก', body: 'ปฏิรูป การบริหาร จังหวัด ปฏิรูป' },
  { id: 'b', title: 'Báo Nhân dân', body: 'nhân dân 18-nq/tw' },
  { id: 'c', title: 'เวียดนาม', body: 'การประชุม จังหวัด' }
]

describe('the postings codec (pinned to MiniSearch 7.2)', () => {
  it('reloads an index that answers exactly as the original, after removals too', () => {
    const original = new MiniSearch(options)
    original.addAll(documents)
    original.discard('c')
    original.add({ id: 'd', title: 'จังหวัด', body: 'ควบรวม จังหวัด' })
    const reloaded = decodeIndex(encodeIndex(original), options)
    // The radix tree may iterate its terms in another order; the content must be the same.
    const sorted = (search: MiniSearch) => {
      const json = search.toJSON()
      return { ...json, index: [...json.index].sort(([a], [b]) => (a < b ? -1 : 1)) }
    }
    expect(sorted(reloaded)).toEqual(sorted(original))
    for (const query of ['ปฏิรูป', 'จังหวัด', 'nhân', 'การ', 'ควบ']) {
      const answer = (search: MiniSearch) =>
        search
          .search(query, { prefix: true })
          .map((hit) => ({ id: hit.id, score: hit.score, terms: [...hit.terms].sort() }))
      expect(answer(reloaded)).toEqual(answer(original))
    }
  })

  it('takes additions and removals after a reload as the original does (postings read on first use)', async () => {
    const original = new MiniSearch(options)
    original.addAll(documents)
    const reloaded = decodeIndex(encodeIndex(original), options)
    for (const search of [original, reloaded]) {
      search.add({ id: 'e', title: 'ปฏิรูป', body: 'จังหวัด nhân dân ใหม่' })
      search.discard('a')
      await search.vacuum()
    }
    for (const query of ['ปฏิรูป', 'จังหวัด', 'nhân', 'ใหม่', 'การ']) {
      const answer = (search: MiniSearch) =>
        search.search(query, { prefix: true }).map((hit) => ({ id: hit.id, score: hit.score }))
      expect(answer(reloaded)).toEqual(answer(original))
    }
    expect(encodeIndex(reloaded).postings.length).toBe(encodeIndex(original).postings.length)
  })

  it('refuses a truncated postings array instead of loading a partial index', () => {
    const original = new MiniSearch(options)
    original.addAll(documents)
    const encoded = encodeIndex(original)
    expect(() => decodeIndex({ ...encoded, postings: encoded.postings.slice(0, -2) }, options)).toThrow(/truncated/)
  })
})

describe('adding counted words', () => {
  it('builds the same index as adding every occurrence', () => {
    const words = { title: ['การ', 'ปฏิรูป', 'การ'], body: ['จังหวัด', 'ปฏิรูป', 'จังหวัด', 'จังหวัด', 'nhân', 'nhan'] }
    const split = { tokenize: (text: string) => text.split(' ') }
    const plain = new MiniSearch({ ...options, ...split })
    plain.add({ id: 'x', title: words.title.join(' '), body: words.body.join(' ') })
    plain.add({ id: 'y', title: 'ปฏิรูป', body: 'การ การ' })
    const counted = new MiniSearch({ ...options, ...split })
    const count = (list: string[]) =>
      list.reduce((counts, word) => counts.set(word, (counts.get(word) ?? 0) + 1), new Map<string, number>())
    addWithCounts(counted, 'x', { title: count(words.title), body: count(words.body) }, (distinct) =>
      distinct.join(' ')
    )
    addWithCounts(counted, 'y', { title: count(['ปฏิรูป']), body: count(['การ', 'การ']) }, (distinct) =>
      distinct.join(' ')
    )
    const sorted = (search: MiniSearch) => {
      const json = search.toJSON()
      return { ...json, index: [...json.index].sort(([a], [b]) => (a < b ? -1 : 1)) }
    }
    expect(sorted(counted)).toEqual(sorted(plain))
  })
})
