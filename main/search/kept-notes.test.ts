import { describe, expect, it } from 'vitest'
import { keptAnnotations, packTexts } from './kept-note-texts'

const notes = [
  { id: 'n1', articleId: 'a1', note: 'เปรียบเหมือนมะม่วงที่ยังไม่สุก', quote: 'การปฏิรูปกลไก' },
  { id: 'n2', articleId: 'a1', note: '', quote: 'Nghị quyết 18-NQ/TW 🇻🇳' },
  { id: 'n3', articleId: 'a2', note: 'ติดตามผลในปีหน้า', quote: '' }
]

describe('note texts kept as saved', () => {
  it('reads back every note and quote as written, Thai, Vietnamese and emoji alike', () => {
    const { bytes, lengths } = packTexts(notes)
    const kept = keptAnnotations(
      notes.map(({ id, articleId }) => [id, articleId] as const),
      lengths,
      bytes
    )
    expect(kept?.map(({ id, articleId, note, quote }) => ({ id, articleId, note, quote }))).toEqual(notes)
  })

  it('refuses lengths that do not fit the texts (a damaged or mismatched file)', () => {
    const { bytes, lengths } = packTexts(notes)
    const entries = notes.map(({ id, articleId }) => [id, articleId] as const)
    expect(keptAnnotations(entries, lengths, bytes.subarray(0, bytes.length - 2))).toBeNull()
    expect(keptAnnotations(entries, [...lengths.slice(0, -1), 3], bytes)).toBeNull()
    expect(keptAnnotations(entries.slice(1), lengths, bytes)).toBeNull()
  })
})
