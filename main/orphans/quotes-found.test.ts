import { describe, expect, it } from 'vitest'
import { departedFoundIn } from './quotes-found'

const text = 'การปฏิรูปกลไกรัฐ ดำเนินการตามมติที่ 18-NQ/TW\nอย่างต่อเนื่อง และการกระจายอำนาจสู่ท้องถิ่นเป็นเรื่องสำคัญ'

describe('which departed article a text is', () => {
  it('is the one whose quotes it holds, across re-wrapped lines', () => {
    const found = departedFoundIn(text, [
      { articleId: 'other', quotes: ['ข้อความที่ไม่มีอยู่ในบทความนี้เลย'] },
      { articleId: 'gone', quotes: ['ตามมติที่ 18-NQ/TW อย่างต่อเนื่อง', 'การกระจายอำนาจสู่ท้องถิ่น'] }
    ])
    expect(found).toBe('gone')
  })

  it('is none when too few of its quotes are there', () => {
    const quotes = ['การกระจายอำนาจสู่ท้องถิ่น', 'ประโยคที่หายไปหนึ่งประโยค', 'ประโยคที่หายไปอีกประโยคหนึ่ง']
    expect(departedFoundIn(text, [{ articleId: 'gone', quotes }])).toBeNull()
  })

  it('is none on short quotes alone, which any article of the genre may hold', () => {
    expect(departedFoundIn(text, [{ articleId: 'gone', quotes: ['การปฏิรูป', 'มติที่ 18'] }])).toBeNull()
  })
})
