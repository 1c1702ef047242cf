import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { normaliseText, readArticle } from './first-reading'

const bundled = (file: string) => readFileSync(join(import.meta.dirname, '../../resources/articles', file), 'utf8')

describe('readArticle on the bundled samples', () => {
  it.each([
    {
      file: '000_93eb6aa48c7bebd2.txt',
      title: /^ปีที่ 4 ของการปฏิบัติตามข้อสรุปหมายเลข 01-KL\/TW/,
      titleDerived: false,
      outlet: 'Kinhtedothi',
      date: '2024',
      sourceUrl: 'https://kinhtedothi.vn/tao-them-dot-pha-ve-trach-nhiem-cong-vu.html'
    },
    {
      file: '001_f9f5c4dc7799c9e7.txt',
      title: /^การดำเนินการปรับปรุงเครื่องมือ มีฉันทามติสูง มุ่งมั่นดี ผลลัพธ์เป็นบวก$/,
      titleDerived: false,
      outlet: 'Việt Nam',
      date: '2025-02-28',
      sourceUrl: 'https://baolangson.vn/tinh-gon-bo-may-nhan-thuc-dung-quyet-tam-cao-5039128.html'
    },
    {
      file: '002_9cebf1118282c29b.txt',
      title: /^เมื่อเช้าวันที่ 28 กุมภาพันธ์/,
      titleDerived: true,
      outlet: null,
      date: null,
      sourceUrl: 'https://baohaiduong.vn/cung-co-to-chuc-dang-cap-xa-vung-manh-de-giai-quyet-nhung-van-de-tai-co-so-406247.html'
    },
    {
      file: '003_2ad0d5beb5545534.txt',
      title: /^พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง$/,
      titleDerived: false,
      outlet: 'Báo Nhân dân',
      date: '2025-10-18',
      sourceUrl: 'https://nhandan.vn/khong-ngung-doi-moi-nang-tam-cong-tac-tham-muu-phuc-vu-post916210.html'
    },
    {
      file: '004_5826228d348ce861.txt',
      title: /^นับตั้งแต่ต้นภาคการศึกษา/,
      titleDerived: true,
      outlet: null,
      date: null,
      sourceUrl: null
    }
  ])('$file: header fields', ({ file, title, ...fields }) => {
    const reading = readArticle(bundled(file))
    expect(reading.title).toMatch(title)
    expect({ titleDerived: reading.titleDerived, outlet: reading.outlet, date: reading.date, sourceUrl: reading.sourceUrl }).toEqual(fields)
  })

  it('keeps the body and leaves out the source line and everything after the comment counter', () => {
    const reading = readArticle(bundled('003_2ad0d5beb5545534.txt'))
    const texts = reading.blocks.map((block) => block.text)
    expect(texts[0]).toMatch(/^สำนักงานพรรคกลางและสำนักงานคณะกรรมการพรรคทุกระดับ/)
    expect(texts.some((text) => text.includes('มติหมายเลข 57-NQ/TW'))).toBe(true)
    expect(texts.some((text) => /^ที่มา|No data|หัวข้อเดียวกัน|Báo Nhân dân18/.test(text))).toBe(false)
  })
})

describe('normaliseText', () => {
  it('drops the BOM and zero-width spaces, unifies line ends and composes to NFC', () => {
    const decomposed = 'Nha\u0302n da\u0302n'
    expect(normaliseText(`\uFEFFกา\u200Bร\r\nประชุม\r${decomposed}`)).toBe('การ\nประชุม\nNhân dân')
  })
})
