import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { provinceMatcher } from './province-matcher'
import { readProvinceTable } from './province-table'

const table = readProvinceTable(resolve(import.meta.dirname, '../../resources/vietnam-provinces.json'))
const matcher = provinceMatcher(table.provinces)
const named = (...texts: string[]) => table.provinces[matcher.match(texts)]?.id ?? null

describe('the shipped province list', () => {
  it('has the 63 provinces of before 2025, 34 standing after the merger', () => {
    expect(table.provinces).toHaveLength(63)
    expect(table.provinces.filter((p) => !p.mergedInto)).toHaveLength(34)
  })
})

describe('which province a title or lead names', () => {
  it.each([
    // The sample articles' spellings, glued to จังหวัด or after a space.
    ['คณะกรรมการพรรคประจำจังหวัด ไห่เซือง ได้จัดการประชุม', 'hai-duong'],
    ['การฝึกอบรมแกนนำในจังหวัดกว๋างนิญ ได้รับความสนใจ', 'quang-ninh'],
    ['ผลลัพธ์เป็นบวก - หนังสือพิมพ์ Lang Son', 'lang-son'],
    ['Báo Nghệ An đưa tin', 'nghe-an'],
    ['ประชุมที่ฮานอยเมื่อวันที่ 5', 'ha-noi'],
    ['ผู้แทนนครโฮจิมินห์กล่าว', 'ho-chi-minh-city'],
    ['เมืองเว้จัดงาน', 'hue'],
    ['ศูนย์บริการของจังหวัดบิ่ญเซืองและหวุงเต่า', 'binh-duong']
  ])('%s → %s', (text, id) => expect(named(text)).toBe(id))

  it.each([
    // Ho Chi Minh the man, not the city: the study theme's own cue.
    'ศึกษาและปฏิบัติตามอุดมการณ์ของโฮจิมินห์',
    // เว้ alone is a Thai word ("to leave out"): only after a prefix is it Huế.
    'เว้นแต่กรณีที่จำเป็น และเว้ระยะ',
    // A name whose last consonant carries another vowel belongs to another word.
    'ดานังา',
    // Vietnamese words inside longer words, or a person's name part.
    'Ông Trần Đức Thắng phát biểu tại Hội nghị Lang Sonata',
    ''
  ])('names none: %s', (text) => expect(named(text)).toBeNull())

  it('reads the title before the lead, and the first name in each', () => {
    expect(named('ข่าวจากฮานอย', 'จังหวัดกว๋างนิญ')).toBe('ha-noi')
    expect(named('ข่าวประจำวัน', 'จังหวัดกว๋างนิญ และจังหวัดไห่เซือง')).toBe('quang-ninh')
  })

  it('ignores zero-width spaces inside a name', () => {
    expect(named('จังหวัดไห่\u200Bเซือง')).toBe('hai-duong')
  })

  it('names nothing with an empty list', () => {
    expect(provinceMatcher([]).match(['ฮานอย'])).toBe(-1)
  })
})
