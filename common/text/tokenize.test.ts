import { describe, expect, it } from 'vitest'
import { CHUNK, tokenize } from './tokenize'

const terms = (text: string) => tokenize(text).map((token) => token.term)

describe('the search tokeniser', () => {
  it('segments Thai into words, with offsets that mark the words in the text', () => {
    const text = 'การประชุมคณะกรรมการพรรค'
    const tokens = tokenize(text)
    expect(tokens.map((token) => token.term)).toEqual(['การ', 'ประชุม', 'คณะ', 'กรรมการ', 'พรรค']) // ICU's dictionary split
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.term)
  })

  it.each(['18-NQ/TW', '18 - NQ/TW', '18-nq/tw', 'มติที่ 18–NQ/TW ของ'])(
    'reads %s as the one document 18-nq/tw',
    (text) => {
      expect(terms(text)).toContain('18-nq/tw')
      expect(terms(text).filter((term) => term === '18' || term === 'nq')).toEqual([])
    }
  )

  it.each([
    ['18/NQ-TW', '18-nq/tw'],
    ['57 NQ TW', '57-nq/tw'],
    ['977/QĐ-TTg', '977-qd/ttg'],
    ['NQ 18', '18-nq'],
    ['NQ57', '57-nq'],
    ['nq57', '57-nq'],
    ['Nghị quyết 57', '57-nq'],
    ['nghi quyet 57', '57-nq'],
    ['Nghị quyết số 18 của', '18-nq'],
    ['Chỉ thị 05', '5-ct'],
    ['Kết luận 127', '127-kl']
  ])('reads the spelling %s as the document %s', (text, canonical) => {
    expect(terms(text)).toContain(canonical)
  })

  it('gives each full document number its short form beside it, so NQ 18 finds 18-NQ/TW', () => {
    const [token] = tokenize('18-NQ/TW').filter((t) => t.term === '18-nq/tw')
    expect(token?.parts).toEqual(['18-nq'])
  })

  it('reads no document number into a state document’s year, a date or a plain count', () => {
    expect(terms('Nghị định 178/2024/NĐ-CP')).not.toContain('2024-nd/cp')
    expect(terms('ปี 2567 มี 18 หน่วยงาน ลงวันที่ 5/8/2567').filter((term) => term.includes('-'))).toEqual([])
    expect(terms('CNQ 18')).not.toContain('18-nq')
  })

  it('never folds Thai: its vowel and tone marks are part of the word', () => {
    expect(terms('ประชุม ที่นี่')).toEqual(['ประชุม', 'ที่', 'นี่'])
  })

  it('folds Vietnamese diacritics beside the exact form, and đ to d', () => {
    expect(terms('Báo Nhân dân')).toEqual(['báo', 'bao', 'nhân', 'nhan', 'dân', 'dan'])
    expect(terms('Đảng 02-PA/TU')).toEqual(['đảng', 'dang', '2-pa/tu'])
  })

  it('gives the same words for a long paragraph as for its pieces, in linear time', () => {
    const sentence = 'คณะกรรมการพรรคประจำจังหวัดได้ดำเนินการปรับปรุงกลไกอย่างต่อเนื่อง '
    const long = sentence.repeat(Math.ceil((CHUNK * 40) / sentence.length))
    const started = performance.now()
    const tokens = tokenize(long)
    const elapsed = performance.now() - started
    expect(tokens.filter((token) => token.term === 'ปรับปรุง')).toHaveLength(Math.ceil((CHUNK * 40) / sentence.length))
    expect(elapsed).toBeLessThan(2000) // one 80,000-character string takes about 4 s unchunked
  })

  it('reads text of short Latin words and dashes in time proportionate to Thai, with ICU’s words', () => {
    const megabyte = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length))
    const best = (text: string) =>
      Math.min(
        ...[0, 1].map(() => {
          const started = performance.now()
          tokenize(text)
          return performance.now() - started
        })
      )
    const thai = best(megabyte('คณะกรรมการพรรคประจำจังหวัดได้ดำเนินการปรับปรุงกลไกอย่างต่อเนื่อง '))
    const latin = best(megabyte('1 - a '))
    // Before: 2.3 s against 0.5 s for Thai (ICU returns every space and dash as a segment).
    expect(latin).toBeLessThan(thai)
    expect(terms(megabyte('1 - a ').slice(0, 600))).toEqual(Array.from({ length: 100 }, () => ['1', 'a']).flat())
  })
})
