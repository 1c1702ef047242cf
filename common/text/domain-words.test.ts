import { describe, expect, it } from 'vitest'
import { DomainLexicon } from './domain-words'

const lexicon = new DomainLexicon(['กระจายอำนาจ', 'ท้องถิ่น', 'ดิจิทัล', 'มอบอำนาจ', 'ลุงโฮ', 'เกม'])
const words = (text: string) =>
  lexicon
    .segment(text)
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment)

describe('the domain word list in segmentation', () => {
  it('keeps a listed word whole where ICU cuts it apart', () => {
    expect(words('ระดับท้องถิ่น')).toEqual(['ระดับ', 'ท้องถิ่น'])
  })

  it('finds a listed word that ICU glued to the nominaliser before it', () => {
    // ICU alone: การก|ระ|จา|ยอำ|นาจ
    expect(words('การกระจายอำนาจและการมอบอำนาจ')).toEqual(['การ', 'กระจายอำนาจ', 'และ', 'การ', 'มอบอำนาจ'])
  })

  it('finds a listed word glued to a cut-off neighbour', () => {
    expect(words('การเปลี่ยนแปลงทางดิจิทัลก')).toContain('ดิจิทัล')
  })

  it('never starts or ends a listed word inside a syllable', () => {
    // `เกม` is listed, but in เกมส์ the ์ belongs to the syllable before: no cut before it.
    expect(words('เกมส์')).not.toContain('เกม')
  })

  it('gives back the text whole, offsets included, with or without listed words', () => {
    const text = 'นาย Tran Duc Thang กล่าวถึงการกระจายอำนาจ (ระดับท้องถิ่น) ในปี 2567'
    const segments = lexicon.segment(text)
    expect(segments.map((segment) => segment.segment).join('')).toBe(text)
    for (const segment of segments)
      expect(text.slice(segment.index, segment.index + segment.segment.length)).toBe(segment.segment)
  })

  it('leaves text without listed words as ICU cuts it', () => {
    const text = 'การประชุมใหญ่ของพรรค'
    const icu = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((segment) => segment.segment)
    expect(lexicon.segment(text).map((segment) => segment.segment)).toEqual(icu)
  })
})
