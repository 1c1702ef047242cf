import { describe, expect, it } from 'vitest'
import { snapInBlock } from './snap-selection'

const paragraph = 'การประชุมว่าด้วยการปฏิบัติตามมติหมายเลข 57-NQ/TW จัดขึ้นโดยตรงที่สำนักงานใหญ่สำนักงานพรรคกลาง'
const pick = (start: number, end: number, exact = false) => {
  const snapped = snapInBlock(paragraph, start, end, exact)
  return paragraph.slice(snapped.start, snapped.end)
}

describe('selection snapping', () => {
  it('extends a selection that cuts Thai words to whole words', () => {
    const start = paragraph.indexOf('ชุม') // inside ประชุม
    const end = paragraph.indexOf('ด้วย') + 2 // inside ด้วย
    expect(pick(start, end)).toBe('ประชุมว่าด้วย')
  })

  it('snaps Latin and digits to words too', () => {
    const start = paragraph.indexOf('7-NQ')
    expect(pick(start, start + 3)).toBe('57-NQ')
  })

  it('trims the spaces a selection starts or ends in', () => {
    const start = paragraph.indexOf(' จัดขึ้น')
    expect(pick(start, start + 8)).toBe('จัดขึ้น')
  })

  it('with Alt selects exactly, but never splits a grapheme cluster', () => {
    const word = 'สำนักงาน'
    const start = paragraph.indexOf(word)
    // end between ส and its SARA AM: the cluster สำ stays whole
    expect(pick(start, start + 1, true)).toBe('สำ')
    const toneMark = paragraph.indexOf('ที่') + 1 // between ท and its vowel and tone mark
    expect(pick(toneMark - 1, toneMark, true)).toBe('ที่')
  })
})
