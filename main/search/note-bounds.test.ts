// A note shown by a search is cut and marked from the word bounds kept with it: the snippet must be
// the one segmenting its text again gives, live and after a save, whatever the script.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AnnotationIndex } from './annotation-index'
import { loadNotes, saveNotes } from './notes-file'
import { makeSnippet } from './snippet'
import { noteBounds } from './note-bounds'
import { parseQueryAlternatives, wordsOf } from '../../common/text/query'
import { tokenize } from '../../common/text/tokenize'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-note-bounds-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const long = 'การปฏิรูปกลไกของรัฐ '.repeat(30) // a quote past the snippet's length
const notes = [
  { note: 'การปฏิรูปกลไกของรัฐตามมติที่ 18-NQ/TW', quote: 'ข้อความที่เน้น' },
  { note: '', quote: 'Nghị quyết 18-NQ/TW về sắp xếp tổ chức bộ máy 🇻🇳 ปฏิรูป' },
  { note: 'เทียบกับ  Hải Dương   และ Quảng Ninh\n(ดูหน้า 3)', quote: long },
  { note: `ห่าง${' '.repeat(300)}ปฏิรูป`, quote: 'กลไก' } // a gap past 255: kept without bounds
].map((texts, n) => ({ id: `n${n}`, articleId: `a${n}`, ...texts }))
const queries = ['ปฏิรูป', 'กลไก', '"ปฏิรูป กลไก"', '18-nq/tw', 'hai duong', 'Quảng', 'sắp xếp', 'ปฏิ', 'หน้า 3']

/** Each hit's snippet beside the one segmenting its field's text gives. */
function compared(index: AnnotationIndex, query: string) {
  const alternatives = parseQueryAlternatives(query)
  return index.find(alternatives, 10).map((hit) => {
    const note = notes.find(({ id }) => id === hit.annotationId)
    const text = note?.[hit.field] ?? ''
    return { got: hit.snippet, segmented: makeSnippet([text], alternatives) ?? { text, marks: [] } }
  })
}

describe('notes shown from their kept word bounds', () => {
  it('cut and mark each note as segmenting it again would, live and after a save', async () => {
    const live = new AnnotationIndex()
    for (const note of notes) live.put(note)
    const saved = (await saveNotes(dir, 0, live, '1:x')) as AnnotationIndex
    const loaded = (await loadNotes(dir, 0))?.index as AnnotationIndex
    let hits = 0
    for (const index of [live, saved, loaded]) {
      for (const query of queries) {
        for (const { got, segmented } of compared(index, query)) {
          expect(got, query).toEqual(segmented)
          hits++
        }
      }
    }
    expect(hits).toBeGreaterThan(3 * queries.length) // every query found something
    expect(compared(loaded, 'Quảng')[0]?.got.marks).toHaveLength(1)
    saved.close()
    loaded.close()
  })

  it('keeps two bytes a word, or none for a note with a word or gap past 255 characters', () => {
    const words = (text: string) => wordsOf(tokenize(text))
    const [first, , , longWord] = notes
    const bounds = noteBounds(words(first?.note ?? ''), words(first?.quote ?? ''))
    expect(bounds?.length).toBe(2 * (words(first?.note ?? '').length + 1 + words(first?.quote ?? '').length))
    expect(bounds?.subarray(0, 2)).toEqual(Uint8Array.from([0, 3])) // การ, at the start
    expect(noteBounds(words(longWord?.note ?? ''), words(longWord?.quote ?? ''))).toBeNull()
  })
})
