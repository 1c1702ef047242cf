// A snippet shows the word searched, not its pieces: what a researcher reads in the results list.
import { describe, expect, it } from 'vitest'
import { parseQueryAlternatives } from '../../common/text/query'
import { makeSnippet } from './snippet'

const marked = (texts: string[], query: string) => {
  const snippet = makeSnippet(texts, parseQueryAlternatives(query))
  return snippet?.marks.map((mark) => snippet.text.slice(mark.start, mark.end))
}

describe('makeSnippet', () => {
  it('passes over a paragraph that holds only a piece of the word being typed', () => {
    const texts = ['รูปแบบการทำงานใหม่ที่ทุกคนรู้ดี', 'คณะกรรมการพรรคได้ปฏิรูปกลไกอย่างต่อเนื่อง']
    expect(marked(texts, 'ปฏิรู')).toEqual(['ปฏิรูป'])
  })

  it('never marks the grammatical piece `การ` of a typed `การปฏิรูป` alone', () => {
    const texts = ['การประชุมครั้งนี้มีผู้แทน 300 คน', 'เพื่อส่งเสริมการปฏิรูปการบริหาร']
    expect(marked(texts, 'การปฏิรูป ')).toEqual(['การปฏิรูป'])
  })

  it('still shows the first hit when no paragraph holds the whole query', () => {
    expect(marked(['ปฏิรูปกลไก', 'ท้องถิ่นเข้มแข็ง'], 'ปฏิรูป ท้องถิ่น ')).toEqual(['ปฏิรูป'])
  })
})
