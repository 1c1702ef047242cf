// Memos on whole articles: written, edited and emptied as undoable steps of the annotation store,
// journaled (a crash keeps them), folded into the manifest (an older manifest reads as none),
// kept in memory when the disk refuses, and kept once their article left the library.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../common/model/article-types'
import { openAnnotationStore, type OpenedStore } from '../store/open-store'
import { AnnotationService } from '../annotations/annotation-service'
import type { AppliedChanges } from '../annotations/undoable-actions'
import { memoEvent } from './memo-events'
import { manifestSchema } from '../store/store-schemas'
import { decodeLine, encodeRecord, type JournalRecord } from '../store/journal-record'
import { AnnotationStore } from '../store/annotation-store'

const ARTICLE = 'b0123456789abcde'
const GONE = 'a0123456789abcde'
const NEVER = 3_600_000 // no coalesced write: only the journal holds a change until a flush
const THAI = 'บทความนี้เล่าการรวมจังหวัด\nดูมติ 18-NQ/TW'
let dir: string
let opened: OpenedStore | null
let applied: AppliedChanges[]
let clock: number

async function open(): Promise<AnnotationService> {
  await crash()
  opened = await openAnnotationStore(dir, { coalesceMs: NEVER })
  const service = new AnnotationService({
    store: opened.store,
    // Only ARTICLE is in the library.
    loadArticle: async (id) => (id === ARTICLE ? ({ summary: { id }, blocks: [] } as unknown as Article) : undefined),
    now: () => new Date(Date.UTC(2026, 2, 4, 5, 6, clock++)),
    userName: 'นักวิจัย ก'
  })
  service.onChanges((diff) => applied.push(diff))
  return service
}
async function crash(): Promise<void> {
  await opened?.store.shutDown()
  await opened?.lock?.release()
  opened = null
}
const memoOf = (id: string) => opened?.store.memos.get(id)

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-memo-'))
  applied = []
  opened = null
  clock = 0
})
afterEach(async () => {
  await crash()
  await rm(dir, { recursive: true, force: true })
})

describe('memos', () => {
  it('are written and edited as one undo step each, keeping when they were created', async () => {
    const service = await open()
    const first = await service.memos.set({ articleId: ARTICLE, text: THAI })
    expect(first).toEqual({ articleId: ARTICLE, text: THAI, created: first?.modified, modified: first?.created })
    const edited = await service.memos.set({ articleId: ARTICLE, text: `${THAI}\nเพิ่มเติม` })
    expect(edited?.created).toBe(first?.created)
    expect(edited?.modified).not.toBe(first?.modified)
    await service.memos.set({ articleId: ARTICLE, text: `${THAI}\nเพิ่มเติม` }) // unchanged: no step
    expect(applied.map(({ label }) => label)).toEqual(['edit memo', 'edit memo'])
    expect(memoEvent(applied[0]?.changes ?? [])).toEqual([
      { kind: 'memos', articles: { [ARTICLE]: 'บทความนี้เล่าการรวมจังหวัด' } }
    ])
    expect(service.memos.marks()).toEqual({ [ARTICLE]: 'บทความนี้เล่าการรวมจังหวัด' })
  })

  it('emptied, are deleted (undoable); undo and redo move between them', async () => {
    const service = await open()
    expect(await service.memos.set({ articleId: ARTICLE, text: '' })).toBeNull() // none yet: nothing done
    expect(applied).toEqual([])
    await service.memos.set({ articleId: ARTICLE, text: THAI })
    expect(await service.memos.set({ articleId: ARTICLE, text: ' \n ' })).toBeNull()
    expect(memoOf(ARTICLE)).toBeUndefined()
    expect(memoEvent(applied.at(-1)?.changes ?? [])).toEqual([{ kind: 'memos', articles: { [ARTICLE]: null } }])
    expect(await service.undo()).toEqual({ undone: 'delete memo' })
    expect(memoOf(ARTICLE)?.text).toBe(THAI)
    expect(await service.undo()).toEqual({ undone: 'edit memo' })
    expect(service.memos.get(ARTICLE)).toBeNull()
    await service.redo()
    await service.redo()
    expect(memoOf(ARTICLE)).toBeUndefined()
  })

  it('survive a crash from the journal, and a save into the manifest', async () => {
    let service = await open()
    await service.memos.set({ articleId: ARTICLE, text: THAI })
    await crash() // before any store file was written: only the journal holds it
    service = await open()
    expect(service.memos.get(ARTICLE)?.text).toBe(THAI)
    await service.memos.set({ articleId: ARTICLE, text: '' })
    await crash()
    service = await open() // the delete is replayed too
    expect(service.memos.get(ARTICLE)).toBeNull()
    await service.memos.set({ articleId: ARTICLE, text: 'บันทึก' })
    await opened?.store.flush()
    await crash()
    await open()
    expect(memoOf(ARTICLE)?.text).toBe('บันทึก')
  })

  it('read as none from a manifest or a journal line written before memos existed', () => {
    const manifest = manifestSchema.parse({ version: 3, tags: [], counts: {}, tagUsage: {} })
    expect(new AnnotationStore(manifest, { dataDir: dir, readOnly: true }).memos.size).toBe(0)
    const older = { v: 1, annotations: [], deletedAnnotations: [], tags: [], deletedTags: [] } // a line of then
    const line = encodeRecord(older as unknown as JournalRecord).trimEnd()
    expect(decodeLine(line)).toMatchObject({ ok: true, record: { memos: [], deletedMemos: [] } })
  })

  it('are kept once their article left the library, and a new one needs an article', async () => {
    const service = await open()
    await expect(service.memos.set({ articleId: GONE, text: THAI })).rejects.toThrow('no longer in the library')
    opened?.store.putMemo({ articleId: GONE, text: THAI, created: 'x', modified: 'x' }) // written while it was there
    expect((await service.memos.set({ articleId: GONE, text: 'ยังอยู่' }))?.text).toBe('ยังอยู่')
    expect(service.memos.marks()[GONE]).toBe('ยังอยู่')
  })

  it('when they cannot be written, stay in memory and undoable, and the user is told so', async () => {
    const service = await open()
    const folder = join(dir, 'annotations')
    await rm(folder, { recursive: true, force: true })
    await writeFile(folder, 'not a folder') // every write under it fails, even as root
    await expect(service.memos.set({ articleId: ARTICLE, text: THAI })).rejects.toMatchObject({
      code: 'failed',
      message: expect.stringMatching(/could not be saved.*kept in memory/)
    })
    expect(service.memos.get(ARTICLE)?.text).toBe(THAI)
    expect(service.historyLabels().undo).toBe('edit memo')
    await rm(folder)
  })
})
