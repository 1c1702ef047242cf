// What a changed word list touches: the words added and removed, and whether a text holds one.
import { describe, expect, it } from 'vitest'
import { holdsAnyOf, isNoChange, touchedBy, wordListChange } from './word-list-change'

describe('a change of the word list', () => {
  it('is the words added and the words removed', () => {
    const change = wordListChange(['ก้าว', 'ท้องถิ่น', 'รองเลขาธิการ'], ['ท้องถิ่น', 'เชิงรุก', 'รองเลขาธิการ'])
    expect(change).toEqual({ added: ['เชิงรุก'], removed: ['ก้าว'] })
    expect(isNoChange(wordListChange(['ท้องถิ่น'], ['ท้องถิ่น']))).toBe(true)
  })

  it('touches a text that holds a word added or removed anywhere, even inside a longer word', () => {
    const touches = touchedBy({ added: ['เชิงรุก'], removed: ['ก้าว'] })
    expect(touches('การทำงานเชิงรุกอย่างสร้างสรรค์')).toBe(true)
    expect(touches('ก้าวหน้า')).toBe(true)
    expect(touches('การทำงานเชิงสร้างสรรค์ที่รุกคืบ')).toBe(false)
    expect(touches('')).toBe(false)
  })

  it('answers alike for few words and for many (found by their first letter)', () => {
    const texts = ['ปฏิรูปการบริหารจังหวัด', 'ท้องถิ่นสองระดับ', 'ไม่มีอะไร', 'Báo Nhân dân', 'การก้าวกระโดด']
    const words = ['ท้องถิ่น', 'ก้าว', 'ระดับชาติ', 'ปฏิรูปการบริหาร', 'ดิจิทัล', 'สหกรณ์', 'นวัตกรรม', 'ลุงโฮ', 'เวียดนาม']
    const many = holdsAnyOf(words)
    const one = (text: string) => words.some((word) => text.includes(word))
    expect(texts.map(many)).toEqual(texts.map(one))
    expect(texts.map(holdsAnyOf(words.slice(0, 3)))).toEqual([false, true, false, false, true])
  })
})
