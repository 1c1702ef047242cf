// A loaded notes index keeps its notes in the saved arrays, addressed by number: removals that
// renumber the postings, edits and a later save must still give each hit its own note.
import { mkdtemp, readdir, rm, truncate } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AnnotationIndex } from './annotation-index'
import type { SearchableAnnotation } from './searchable-annotation'
import { loadNotes, saveNotes } from './notes-file'
import { parseQueryAlternatives } from '../../common/text/query'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-notes-file-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

/** A word of letters only, different for each number. */
const word = (n: number) =>
  `w${[...n.toString(26)].map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('')}`
const note = (n: number, text = `บันทึก ${word(n)}`): SearchableAnnotation => ({
  id: `n${n}`,
  articleId: `a${n % 7}`,
  note: text,
  quote: `ข้อความ q${word(n)}`
})
const plain = ({ id, articleId, note, quote }: SearchableAnnotation) => ({ id, articleId, note, quote })
const held = (index: AnnotationIndex) =>
  index
    .all()
    .map(({ annotation }) => plain(annotation))
    .sort((a, b) => a.id.localeCompare(b.id))
const found = (index: AnnotationIndex, query: string) =>
  index
    .find(parseQueryAlternatives(query), 500)
    .map((hit) => `${hit.annotationId}:${hit.articleId}:${hit.snippet.text}`)

async function reload(index: AnnotationIndex): Promise<AnnotationIndex> {
  await saveNotes(dir, 0, index, '1:x')
  const loaded = await loadNotes(dir, 0)
  expect(loaded?.generation).toBe('1:x')
  return loaded?.index as AnnotationIndex
}

describe('the saved notes index', () => {
  it('gives each note its own texts after removals that renumber it, edits, and another save', async () => {
    const built = new AnnotationIndex()
    for (let n = 0; n < 200; n++) built.put(note(n))
    const expected = new Map(Array.from({ length: 200 }, (_, n) => [`n${n}`, note(n)]))
    const loaded = await reload(built)
    expect(held(loaded)).toEqual(held(built))
    // 100 of 200 removed: past a quarter, the postings are packed and the rest renumbered.
    for (let n = 0; n < 200; n += 2) {
      loaded.remove(`n${n}`)
      expected.delete(`n${n}`)
    }
    for (const n of [1, 51, 199]) {
      loaded.put(note(n, `แก้ไขแล้ว ${word(n)}`))
      expected.set(`n${n}`, note(n, `แก้ไขแล้ว ${word(n)}`))
    }
    loaded.put(note(500))
    expected.set('n500', note(500))
    const check = (index: AnnotationIndex) => {
      expect(held(index)).toEqual([...expected.values()].map(plain).sort((a, b) => a.id.localeCompare(b.id)))
      for (const n of [0, 1, 3, 51, 97, 198, 199, 500]) {
        const want = expected.get(`n${n}`)
        expect(found(index, word(n))).toEqual(want ? [`n${n}:${want.articleId}:${want.note}`] : [])
      }
      expect(found(index, 'แก้ไขแล้ว').length).toBe(3)
    }
    check(loaded)
    const reloaded = await reload(loaded)
    check(reloaded)
    check(loaded) // its texts' file, replaced by that save, is still the one it reads
    loaded.close()
    reloaded.close()
  })

  it('answers, from a save, the notes as saved: the same hits, texts read from the file, and still editable', async () => {
    const built = new AnnotationIndex()
    for (let n = 0; n < 300; n++) built.put(note(n))
    const saved = (await saveNotes(dir, 0, built, '1:x')) as AnnotationIndex
    expect(saved).toBeInstanceOf(AnnotationIndex)
    expect(saved).not.toBe(built)
    const loaded = (await loadNotes(dir, 0))?.index as AnnotationIndex
    for (const index of [saved, loaded]) {
      expect(held(index)).toEqual(held(built))
      for (const query of [word(7), word(250), 'บันทึก', 'ข้อความ'])
        expect(found(index, query)).toEqual(found(built, query))
    }
    saved.put(note(7, `แก้ไขแล้ว ${word(7)}`))
    saved.remove('n8')
    expect(found(saved, word(7))).toEqual([`n7:${note(7).articleId}:แก้ไขแล้ว ${word(7)}`])
    expect(found(saved, word(8))).toEqual([])
    saved.close()
    loaded.close()
  })

  it('is refused, not misread, when a part is damaged', async () => {
    const built = new AnnotationIndex()
    for (let n = 0; n < 20; n++) built.put(note(n))
    await saveNotes(dir, 0, built, '1:x')
    const table = (await readdir(dir)).find((name) => name.endsWith('.table')) as string
    await truncate(join(dir, table), 16)
    expect(await loadNotes(dir, 0)).toBeNull()
  })
})
