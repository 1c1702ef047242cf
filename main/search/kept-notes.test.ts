import { describe, expect, it } from 'vitest'
import { KeptNotes, type PackedNotes } from './kept-notes'
import { textsIn } from './note-texts'

const notes = [
  { id: 'n1', articleId: 'a1', note: 'เปรียบเหมือนมะม่วงที่ยังไม่สุก', quote: 'การปฏิรูปกลไก' },
  { id: 'n2', articleId: 'a1', note: '', quote: 'Nghị quyết 18-NQ/TW 🇻🇳' },
  { id: 'n3', articleId: 'a2', note: 'ติดตามผลในปีหน้า', quote: '' }
]
/** As saved, read back from memory. */
const packed = (): PackedNotes => {
  const { texts, ...rest } = KeptNotes.pack(held)
  return { ...rest, texts: textsIn(texts) }
}
const held = notes.map((annotation, i) => ({
  annotation,
  sequence: Uint32Array.from({ length: i + 2 }, (_, k) => 10 * i + k)
}))

describe('notes kept as saved', () => {
  it('reads back every note, quote, article and word sequence as written, Thai, Vietnamese and emoji alike', () => {
    const kept = KeptNotes.open(packed())
    expect(kept?.count).toBe(3)
    const read = notes.map(({ id }, slot) => kept?.annotation(slot, id))
    expect(
      read.map((note) => note && { id: note.id, articleId: note.articleId, note: note.note, quote: note.quote })
    ).toEqual(notes)
    expect(notes.map((_, slot) => [...(kept?.sequence(slot) ?? [])])).toEqual(held.map(({ sequence }) => [...sequence]))
  })

  it('refuses parts that do not fit together (a damaged or mismatched file)', () => {
    const { texts, ...parts } = KeptNotes.pack(held)
    const packed = { ...parts, texts: textsIn(texts) }
    expect(KeptNotes.open({ ...packed, texts: textsIn(texts.subarray(0, texts.length - 2)) })).toBeNull()
    expect(KeptNotes.open({ ...packed, words: packed.words.subarray(1) })).toBeNull()
    expect(KeptNotes.open({ ...packed, table: packed.table.subarray(0, 8) })).toBeNull()
    expect(KeptNotes.open({ ...packed, table: packed.table.subarray(1) })).toBeNull()
    expect(KeptNotes.open({ ...packed, articleIds: ['a1'] })).toBeNull()
    const backwards = packed.table.slice()
    backwards[5] = 0 // the second note would end before the first
    expect(KeptNotes.open({ ...packed, table: backwards })).toBeNull()
  })
})
