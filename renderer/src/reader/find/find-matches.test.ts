import { describe, expect, it } from 'vitest'
import type { ArticleBlock } from '../../../../common/model/article-types'
import { findClause, findInText, parseQuery } from '../../../../common/text/query'
import { articleDoc } from '../../article-doc/article-schema'
import { blockSpans } from '../../article-doc/text-positions'
import { i18next } from '../../i18n/i18n'
import {
  blockWords,
  clausesFor,
  countText,
  indexFrom,
  matchBlocks,
  stepIndex,
  toDocRanges,
  type BlockMatch
} from './find-matches'

// Sentences from the bundled Nhân dân article (resources/articles/003_…).
const blocks: ArticleBlock[] = [
  { kind: 'paragraph', text: 'ว่าด้วยการพัฒนาวิทยาศาสตร์และเทคโนโลยี นวัตกรรม และการเปลี่ยนแปลงทางดิจิทัล สำนักงานใหญ่พรรคมีส่วนสำคัญ' },
  { kind: 'heading', text: '' },
  { kind: 'heading', text: 'การสร้างระบบบริหารพรรคที่ทันสมัย' },
  { kind: 'paragraph', text: 'ทั้งการแก้ไขและแปลงเอกสารเป็นดิจิทัล การสร้างระบบบริหารพรรคที่ทันสมัยและเป็นดิจิทัลแล้ว' }
]
const texts = blocks.map((block) => block.text)
const words = blockWords(texts)
const find = (text: string, mode: 'find' | 'search' = 'find') => matchBlocks(words, clausesFor(text, mode, words))
const found = (text: string, mode: 'find' | 'search' = 'find') =>
  find(text, mode).map((match) => texts[match.block]?.slice(match.start, match.end))

const english = i18next.getFixedT('en', 'reader')
const thai = i18next.getFixedT('th', 'reader')

describe('find in the article, block by block', () => {
  it.each([
    // [typed, mode, what is marked]
    ['ดิจิทัล', 'find', ['ดิจิทัล', 'ดิจิทัล', 'ดิจิทัล']],
    ['ดิจิ', 'find', ['ดิจิทัล', 'ดิจิทัล', 'ดิจิทัล']], // still typing: the unfinished word is a prefix
    ['หาร', 'find', []], // "divide": present only inside บริหาร ("administer"), so never a word of its own
    ['บริหารพรรค', 'find', ['บริหารพรรค', 'บริหารพรรค']], // a phrase of two words
    ['พรรค บริหาร', 'find', []], // the words typed, in that order
    ['พรรค บริหาร', 'search', ['พรรค', 'บริหาร', 'พรรค', 'บริหาร', 'พรรค']], // every word, wherever it is
    // A search typed mid-word (segmented เปลี่ยน + แปล) marks the word it found, not แปลง elsewhere.
    ['เปลี่ยนแปล', 'search', ['เปลี่ยนแปลง']],
    ['  ', 'find', []]
  ] as const)('%s (%s)', (typed, mode, expected) => {
    expect(found(typed, mode)).toEqual(expected)
  })

  it('segments each block as the index does, so the reader and search agree on what is a word', () => {
    for (const query of ['ดิจิทัล', 'บริหารพรรค', 'เปลี่ยนแปลงทาง']) {
      const clause = findClause(query)
      if (!clause) throw new Error(query)
      const expected = texts.flatMap((text, block) => findInText(text, [clause]).map((range) => ({ block, ...range })))
      expect(matchBlocks(words, [clause])).toEqual(expected)
    }
    expect(matchBlocks(words, parseQuery('นวัตกรรม'))).toEqual([
      { block: 0, start: texts[0]?.indexOf('นวัตกรรม'), end: (texts[0]?.indexOf('นวัตกรรม') ?? 0) + 8 }
    ])
  })

  it('never matches across two blocks', () => {
    // "…ทันสมัย" ends block 2 and "ทั้ง…" starts block 3: joined they would read as a phrase.
    expect(find('ทันสมัย')).toHaveLength(2)
    expect(find('ทันสมัย ทั้ง')).toEqual([])
  })
})

describe('block matches as document positions', () => {
  const doc = articleDoc(blocks)
  const spans = blockSpans(doc)

  it('cover exactly the matched words, after an empty block as well', () => {
    const matches = find('ดิจิทัล')
    const ranges = toDocRanges(spans, matches)
    expect(ranges.map((range) => doc.textBetween(range.from, range.to))).toEqual(['ดิจิทัล', 'ดิจิทัล', 'ดิจิทัล'])
    expect(ranges.map((range) => range.index)).toEqual([0, 1, 2])
  })

  it('drop a match the document no longer has, keeping the others numbered as in the count', () => {
    const stale: BlockMatch[] = [
      { block: 3, start: 0, end: 4 },
      { block: 2, start: 0, end: 999 },
      { block: 9, start: 0, end: 1 },
      { block: 0, start: 2, end: 5 }
    ]
    expect(toDocRanges(spans, stale).map((range) => range.index)).toEqual([0, 3])
  })
})

describe('moving through the matches', () => {
  it.each([
    [0, 1, 3, 1],
    [2, 1, 3, 0], // past the last: back to the first
    [0, -1, 3, 2], // before the first: the last
    [0, 1, 1, 0],
    [-1, 1, 0, -1] // none
  ] as const)('from %i by %i of %i → %i', (index, delta, count, expected) => {
    expect(stepIndex(index, delta, count)).toBe(expected)
  })

  it('keeps its place as the query grows, instead of jumping back to the first match', () => {
    const matches = find('ดิจิทัล')
    expect(indexFrom(matches, null)).toBe(0)
    expect(indexFrom(matches, matches[1] ?? null)).toBe(1)
    expect(indexFrom(matches, { block: 1, start: 0 })).toBe(1) // the next one after a point between matches
    expect(indexFrom(matches, { block: 3, start: 999 })).toBe(0) // nothing after it: wraps
    expect(indexFrom([], null)).toBe(-1)
  })

  it('says where it is, or clearly that nothing matched', () => {
    expect(countText(2, 12, 'ดิจิทัล', false, english)).toBe('3 of 12')
    expect(countText(-1, 0, 'หาร', false, english)).toBe('No matches')
    expect(countText(-1, 0, '', false, english)).toBe('')
    expect(countText(2, 12, 'ดิจิทัล', false, thai)).toBe('3 จาก 12')
  })

  it('does not call a search hit in the title alone a failure', () => {
    expect(countText(-1, 0, 'nhan dan', true, english)).toBe('Not in the text: the search matched the title or source')
    expect(countText(0, 2, 'nhan dan', true, english)).toBe('1 of 2')
  })
})
