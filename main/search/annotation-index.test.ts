// Notes and quotes: a quoted phrase is checked on each annotation's kept word sequence, as the
// articles' are, and the snippet shows the field that has the hit.
import { describe, expect, it } from 'vitest'
import { AnnotationIndex } from './annotation-index'
import { parseQueryAlternatives } from '../../common/text/query'

const index = new AnnotationIndex()
index.put({ id: 'n1', articleId: 'a1', note: 'การปฏิรูปกลไกของรัฐ', quote: 'ข้อความที่เน้น' })
index.put({ id: 'n2', articleId: 'a2', note: 'กลไกใหม่หลังการปฏิรูป', quote: '' })
index.put({ id: 'n3', articleId: 'a3', note: 'บันทึกสั้น', quote: 'ปฏิรูปกลไกของจังหวัด' })
const found = (query: string) =>
  index
    .find(parseQueryAlternatives(query), 10)
    .map((hit) => `${hit.annotationId}:${hit.field}`)
    .sort()

describe('the notes index', () => {
  it('finds a phrase only where its words stand in a row, in the note or in the quote', () => {
    expect(found('ปฏิรูป กลไก ')).toEqual(['n1:note', 'n2:note', 'n3:quote'])
    expect(found('"ปฏิรูป กลไก"')).toEqual(['n1:note', 'n3:quote'])
    expect(found('"กลไก ปฏิรูป"')).toEqual([])
  })

  it('never runs a phrase across the end of the note into the quote', () => {
    index.put({ id: 'n4', articleId: 'a4', note: 'อ่านเรื่องการปฏิรูป', quote: 'กลไกของรัฐ' })
    expect(found('"ปฏิรูป กลไก"')).not.toContain('n4:note')
    index.remove('n4')
  })
})
