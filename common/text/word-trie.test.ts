import { describe, expect, it } from 'vitest'
import { WordTrie } from './word-trie'

const trieOf = (...words: string[]) => {
  const trie = new WordTrie()
  for (const word of words) trie.add(word)
  return trie
}
const startsOf = (trie: WordTrie, text: string) =>
  [...(trie.startsIn(text) ?? [])].flatMap((flag, at) => (flag === 1 ? [at] : []))

describe('where listed words start', () => {
  it('finds every start, those inside another listed word too', () => {
    // อำนาจรัฐ starts inside กระจายอำนาจ: both are candidates, the cutter chooses.
    expect(startsOf(trieOf('กระจายอำนาจ', 'อำนาจรัฐ'), 'การกระจายอำนาจรัฐ')).toEqual([3, 9])
  })

  it('reads a word with pattern characters as text', () => {
    const trie = trieOf('ก(ข', 'ส.ส.', 'ท้องถิ่น')
    expect(startsOf(trie, 'สสส ท้องถิ่น ก(ข')).toEqual([4, 13])
  })

  it('answers null for text without a listed word, and takes words added later', () => {
    const trie = trieOf('ท้องถิ่น')
    expect(trie.startsIn('ระดับจังหวัด')).toBeNull()
    expect(trie.add('จังหวัด')).toBe(true)
    expect(trie.add('จังหวัด')).toBe(false)
    expect(startsOf(trie, 'ระดับจังหวัด')).toEqual([5])
  })
})
