// What a researcher checks in an article's document list: each spelling of a code lands on one
// canonical id, numbers that are not documents stay out, a Thai reference is joined to its code,
// and 18-NQ/TW is the 2017 or the 2022 resolution only when the text says which.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { articleText } from '../../common/text/article-text'
import { useShippedDomainWords } from '../../tests/support/labelled-articles'
import { extractCitations } from './extract-citations'
import { indexKnownDocuments, readKnownDocuments } from './known-documents'

const known = indexKnownDocuments(readKnownDocuments(join(import.meta.dirname, '../../resources/known-documents.json')))
const cite = (paragraphs: string[], date: string | null = '2025-03-01', title = 'ข่าว') =>
  extractCitations(
    { title, blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })), date, year: null },
    known
  )

beforeAll(useShippedDomainWords)

describe('extractCitations', () => {
  it('reads every spelling of a code as the code its issuer writes', () => {
    const found = cite([
      'ตามมติที่ 18 - NQ/TW และ 18-nq/tw ข้อสรุปหมายเลข 128-KL/TƯ ระเบียบ 12-QD/TU มติที่ 4-NQ/TW 08-QĐi/TW 178/2024/ND-CP 06/QĐ-TTg 30c/NQ-CP'
    ])
    expect(found.map((c) => c.id)).toEqual([
      '18-NQ/TW',
      '128-KL/TW',
      '12-QĐ/TU',
      '04-NQ/TW',
      '08-QĐi/TW',
      '178/2024/NĐ-CP',
      '06/QĐ-TTg',
      '30c/NQ-CP'
    ])
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(['18 - NQ/TW', '18-nq/tw'])
    expect(found.find((c) => c.id === '12-QĐ/TU')?.resolved).toBeNull()
  })

  it('leaves dates, ranges, counts, clauses and a word that only starts like a kind word alone', () => {
    const found = cite([
      'วันที่ 28/02/2025 ช่วงปี 2021-2025 พระราชกฤษฎีกา 28 ฉบับ ข้อ 5 มาตรา 110 แผนก 187 แผน 5 ปี ครั้งที่ 6 ชุดที่ 12'
    ])
    expect(found).toEqual([])
  })

  it('joins a Thai reference to the code the article writes, with offsets that slice the text', () => {
    const paragraphs = ['คณะกรรมการกลางได้ออกมติที่ 19-NQ/TW ลงวันที่ 25 ตุลาคม 2017', 'มติที่ 19 มุ่งลดหน่วยบริการสาธารณะ']
    const citation = cite(paragraphs)[0]!
    expect(citation).toMatchObject({ id: '19-NQ/TW', form: 'code', resolved: { key: '19-NQ/TW@2017', by: 'date' } })
    const text = articleText(paragraphs.map((t) => ({ kind: 'paragraph', text: t })))
    for (const mention of citation.mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text)
      expect(text.slice(mention.sentence.start, mention.sentence.end)).toBe(mention.sentence.text)
    }
    expect(citation.mentions.map((m) => [m.text, m.form, m.paragraph])).toEqual([
      ['19-NQ/TW', 'code', 0],
      ['มติที่ 19', 'thai', 1]
    ])
  })

  it('tells the 2017 apparatus resolution from the 2022 land one by the date, the term or the subject beside it', () => {
    const key = (paragraph: string, date: string | null) => cite([paragraph], date)[0]?.resolved?.key ?? null
    expect(key('การประชุมครั้งที่ 6 ได้ออกมติที่ 18-NQ/TW', '2017-11-03')).toBe('18-NQ/TW@2017')
    expect(key('มติที่ 18-NQ/TW ของคณะกรรมการกลางพรรคชุดที่ 13 ว่าด้วยการใช้ที่ดิน', '2025-01-01')).toBe('18-NQ/TW@2022')
    expect(key('ตามมติที่ 18-NQ/TW ลงวันที่ 25 ตุลาคม 2017', '2025-01-01')).toBe('18-NQ/TW@2017')
    expect(key('มติที่ 18 ของคณะกรรมการกลางพรรคว่าด้วยที่ดิน', '2024-01-22')).toBe('18-NQ/TW@2022')
    expect(key('สรุปการดำเนินการตามมติที่ 18-NQ/TW', '2025-01-01')).toBeNull()
  })

  it('resolves a Thai reference alone only when one known document fits, and says how sure it is', () => {
    const [alone] = cite(['ตามมติที่ 57 ว่าด้วยการพัฒนาวิทยาศาสตร์'])
    expect(alone).toMatchObject({ id: '57-NQ/TW', form: 'thai', resolved: { by: 'known-unique' }, confidence: 0.7 })
    const [unknown] = cite(['ตามแผนฉบับที่ 406 ของจังหวัด'])
    expect(unknown).toMatchObject({ id: null, kind: 'KH', number: '406', form: 'thai', resolved: null })
  })

  it('gives the sentence around a citation, cut to the phrases near it when the paragraph is one long sentence', () => {
    const lead = 'แผนปฏิบัติการหมายเลข 02-PA/TU ลงวันที่ 20 ธันวาคม 2567'
    const long = `${lead} ${'คณะกรรมการพรรคจังหวัดได้ดำเนินการ '.repeat(20)}`
    const [citation] = cite([long])
    expect(citation?.mentions[0]?.sentence.text.startsWith(lead)).toBe(true)
    expect(citation?.mentions[0]?.sentence.text.length).toBeLessThanOrEqual(290)
  })

  it('counts a citation in the title', () => {
    const [citation] = cite(['เนื้อหา'], '2024-05-18', 'ปีที่ 4 ของการปฏิบัติตามข้อสรุปหมายเลข 01-KL/TW')
    expect(citation).toMatchObject({ id: '01-KL/TW', mentions: [{ paragraph: -1, text: '01-KL/TW' }] })
  })
})
