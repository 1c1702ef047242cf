// Under a changed word list, only the documents and notes whose text holds a word added or removed
// are indexed again: a shard saved under one list and loaded under another keeps every other
// document's postings, and a manifest that names only its list's key is rebuilt as before.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { installDomainWords } from '../../common/text/kernel-words'
import { parseQueryAlternatives } from '../../common/text/query'
import { AnnotationIndex } from './annotation-index'
import { DocumentTexts } from './document-texts'
import { documentWords } from './document-words'
import { loadShard, saveShard } from './shard-file'
import { ShardIndex } from './shard-index'
import { markStaleDocuments, refreshNotes, STALE_HASH } from './stale-entries'

const LISTED = ['ท้องถิ่น', 'ก้าวหน้า']
const TEXTS: Record<string, [string, string[]]> = {
  a: ['การทำงานเชิงรุก', ['หน่วยงานท้องถิ่นทำงานเชิงรุกอย่างสร้างสรรค์']],
  b: ['ประชุมจังหวัด', ['การประชุมของจังหวัดและกลไกใหม่']],
  c: ['ข่าวสั้น', ['แนวคิดก้าวหน้าของพรรค']]
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-stale-'))
  installDomainWords(LISTED)
})
afterEach(async () => {
  installDomainWords([])
  await rm(dir, { recursive: true, force: true })
})

function builtShard(): ShardIndex {
  const index = new ShardIndex()
  index.texts = DocumentTexts.create(dir, 0)
  for (const [id, [title, blocks]] of Object.entries(TEXTS))
    index.add({ id, hash: `hash-${id}`, file: '', folder: '' }, documentWords(title, blocks), [title, ...blocks])
  return index
}
const hashes = (index: ShardIndex | null) =>
  Object.fromEntries([...(index?.documents.values() ?? [])].map((document) => [document.id, document.hash]))
const ranked = (index: ShardIndex | null, query: string) => index?.rank(parseQueryAlternatives(query)).ids

describe('the documents a changed word list affects', () => {
  it('are those whose kept text holds a word added or removed; the others keep their hash', () => {
    const index = builtShard()
    expect(markStaleDocuments(index, { added: ['เชิงรุก'], removed: ['ก้าวหน้า'] })).toEqual(['a', 'c'])
    expect(hashes(index)).toEqual({ a: STALE_HASH, b: 'hash-b', c: STALE_HASH })
    index.texts?.close()
  })

  it('are marked stale when a saved shard is loaded under another list, every posting kept meanwhile', async () => {
    const built = builtShard()
    await saveShard(dir, 0, built)
    built.texts?.close()
    installDomainWords([...LISTED, 'เชิงรุก'])
    const loaded = await loadShard(dir, 0)
    expect(hashes(loaded)).toEqual({ a: STALE_HASH, b: 'hash-b', c: 'hash-c' })
    // Until it is read again, the stale one answers as it was cut (เชิง|รุก), the others as always.
    expect(ranked(loaded, 'รุก')).toEqual(['a'])
    expect(ranked(loaded, 'จังหวัด')).toEqual(['b'])
    // Indexed again (the sync does this with the file it reads), it is found whole.
    const [title, blocks] = TEXTS.a as [string, string[]]
    loaded?.add({ id: 'a', hash: 'hash-a', file: '', folder: '' }, documentWords(title, blocks), [title, ...blocks])
    expect(loaded?.dictionary.isWord('เชิงรุก')).toBe(true)
    expect(ranked(loaded, 'เชิงรุก')).toEqual(['a'])
    loaded?.texts?.close()
  })

  it('is the whole shard when its manifest names only the key of another list (saved before the words were)', async () => {
    const built = builtShard()
    await saveShard(dir, 0, built)
    built.texts?.close()
    const manifest = JSON.parse(await readFile(join(dir, 'shard-0.json'), 'utf8'))
    expect(manifest.words).toEqual([...LISTED].sort())
    delete manifest.words
    await writeFile(join(dir, 'shard-0.json'), JSON.stringify(manifest))
    const same = await loadShard(dir, 0)
    expect(hashes(same)).toEqual({ a: 'hash-a', b: 'hash-b', c: 'hash-c' }) // same key: loaded as it is
    same?.texts?.close()
    installDomainWords([...LISTED, 'เชิงรุก'])
    expect(await loadShard(dir, 0)).toBeNull()
  })
})

describe('the notes a changed word list affects', () => {
  it('are indexed again from their kept texts, and only they', () => {
    const notes = new AnnotationIndex()
    notes.put({ id: 'n1', articleId: 'a', note: 'ทำงานเชิงรุก', quote: 'ข้อความ' })
    notes.put({ id: 'n2', articleId: 'b', note: 'ประชุมจังหวัด', quote: 'หน่วยงานเชิงรุก' })
    notes.put({ id: 'n3', articleId: 'c', note: 'ไม่เกี่ยว', quote: 'ข้อความ' })
    const found = () => notes.find(parseQueryAlternatives('เชิงรุก'), 10).map((hit) => hit.annotationId)
    installDomainWords([...LISTED, 'เชิงรุก'])
    expect(refreshNotes(notes, { added: ['เชิงรุก'], removed: [] })).toBe(2)
    expect(found().sort()).toEqual(['n1', 'n2'])
    expect(notes.dictionary.isWord('เชิงรุก')).toBe(true)
  })
})
