import { describe, expect, it } from 'vitest'
import { findInText, matchRanges, parseQuery, parseQueryAlternatives, readingIn, wordsOf } from './query'
import { tokenize } from './tokenize'

const terms = (text: string) =>
  parseQueryAlternatives(text).map((clauses) =>
    clauses.map((clause) => clause.terms.map((term) => term.term + (term.prefix ? '*' : '')).join(' '))
  )

describe('reading a query', () => {
  it('keeps the words typed, the last one a prefix only while it is being typed', () => {
    expect(terms('Nhân dân')[0]).toEqual(['nhân', 'dân*'])
    expect(terms('Nhân dân ')[0]).toEqual(['nhân', 'dân'])
  })

  it('reads a quoted phrase as one clause of consecutive words', () => {
    const [clauses] = parseQueryAlternatives('"การปฏิรูป" เวียดนาม')
    expect(clauses?.[0]).toMatchObject({ phrase: true, terms: [{ term: 'การ' }, { term: 'ปฏิรูป' }] })
    expect(clauses?.[1]).toMatchObject({ phrase: false, terms: [{ term: 'เวียดนาม', prefix: true }] })
  })

  it('also tries the pieces of an unfinished Thai word joined, as one prefix', () => {
    expect(terms('ปฏิรู')).toContainEqual(['ปฏิรู*'])
  })

  it('reads a document number typed up to its kind as an unfinished document', () => {
    expect(terms('มติ 57-NQ')).toContainEqual(['มติ', '57-nq*'])
    expect(terms('18 - NQ/TW')[0]).toEqual(['18-nq/tw*'])
  })
})

describe('the pieces of a Thai word typed whole', () => {
  const marked = (text: string, query: string) =>
    findInText(text, parseQuery(query)).map((range) => text.slice(range.start, range.end))

  it('joins a grammatical piece to its neighbour, so `การ` never makes a hit alone', () => {
    expect(terms('การปฏิรูป ')[0]).toEqual(['การ ปฏิรูป'])
    const text = 'การประชุมครั้งนี้ ปฏิรูปกลไก และการปฏิรูปการบริหาร'
    expect(marked(text, 'การปฏิรูป ')).toEqual(['การปฏิรูป'])
  })

  it('marks the word being typed, `ปฏิรู`, where the text bears it out, not its piece `รู` in `รูป` or `รู้`', () => {
    const text = 'รูปแบบใหม่ที่ทุกคนรู้ดี คือการปฏิรูปกลไก'
    const words = wordsOf(tokenize(text))
    const reading = readingIn([words], 'ปฏิรู')
    expect(matchRanges(words, reading).map((range) => text.slice(range.start, range.end))).toEqual(['ปฏิรูป'])
  })

  it('still reads Thai words typed apart as words that must each occur', () => {
    expect(terms('ปฏิรูป กลไก ')[0]).toEqual(['ปฏิรูป', 'กลไก'])
  })
})

describe('marking a query in a text', () => {
  it('folds both ways: typed without diacritics marks every spelling, typed with them that one or none', () => {
    const text = 'Báo Nhân dân và nhan sắc, nhẫn nại'
    const marked = (query: string) =>
      findInText(text, parseQuery(query)).map((range) => text.slice(range.start, range.end))
    expect(marked('nhan ')).toEqual(['Nhân', 'nhan', 'nhẫn'])
    // Written without diacritics, a word may be the one typed with them; written with others, it is not.
    expect(marked('nhân ')).toEqual(['Nhân', 'nhan'])
  })

  it('marks a Thai word only where it is a word', () => {
    const text = 'การบริหารงาน และการหาร'
    // หาร (divide) is inside บริหาร (administer) but is a word of its own only at the end.
    expect(findInText(text, parseQuery('หาร ')).map((range) => range.start)).toEqual([text.lastIndexOf('หาร')])
    expect(findInText(text, parseQuery('บริหาร ')).map((range) => text.slice(range.start, range.end))).toEqual(['บริหาร'])
  })
})
