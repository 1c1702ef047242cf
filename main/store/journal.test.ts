import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '../../common/model/annotation-types'
import type { AnnotationStore } from './annotation-store'
import { listSegments, segmentName } from './journal-file'
import { openAnnotationStore, type OpenedStore } from './open-store'
import { MANIFEST, STORE_DIR, shardFile, shardOf, storePath } from './store-layout'
import { StoreWriteError } from './store-journal'
import { ARTICLE, annotation } from '../../tests/support/annotation-builder'

const NEVER = 3_600_000 // no coalesced write during a test: only the journal holds the changes
let dir: string
let opened: OpenedStore | null = null

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-journal-'))
})
afterEach(async () => {
  await crash()
  await rm(dir, { recursive: true, force: true })
})

/** Stops the store the way a kill does: nothing more is written, the lock is left to be taken over. */
async function crash(): Promise<void> {
  await opened?.store.shutDown()
  await opened?.lock?.release()
  opened = null
}

async function open(coalesceMs = NEVER): Promise<OpenedStore> {
  await crash()
  opened = await openAnnotationStore(dir, { coalesceMs })
  await opened.store.ensureArticle(ARTICLE)
  return opened
}

const note = (store: AnnotationStore, id: string) => store.get(id)?.note
const journalFolder = () => join(dir, STORE_DIR)

async function commitNew(store: AnnotationStore, text: string): Promise<Annotation> {
  const made = annotation(store, text)
  store.put(made)
  await store.commit()
  return made
}

describe('the journal', () => {
  it('keeps every acknowledged create, edit and delete through a crash before the shards are written', async () => {
    const { store } = await open()
    const kept = await commitNew(store, 'สร้าง')
    const deleted = await commitNew(store, 'จะถูกลบ')
    store.put({ ...kept, note: 'แก้ไขแล้ว' })
    await store.commit()
    store.remove(deleted.id)
    store.putTag({ id: 't1', name: 'ปฏิรูป', color: '#2f5d62', description: '', parentId: null, created: '' })
    await store.commit()
    expect((await readdir(journalFolder())).filter((name) => name.startsWith('shard-'))).toEqual([]) // only the journal
    await crash()

    const again = await open()
    expect(again.notices).toEqual([])
    expect(again.store.annotationsOf(ARTICLE).map((a) => a.note)).toEqual(['แก้ไขแล้ว'])
    expect([...again.store.tags.values()].map((tag) => tag.name)).toEqual(['ปฏิรูป'])
    expect(again.store.countFor(ARTICLE)).toBe(1)
    // Replayed, folded into the shards, and retired.
    expect(await listSegments(journalFolder())).toEqual([])
    expect(JSON.parse(await readFile(storePath(dir, shardFile(shardOf(ARTICLE))), 'utf8')).annotations).toHaveLength(1)

    // Later sessions journal again, into segments the launch after them does not skip as retired.
    const notes = ['แก้ไขแล้ว']
    for (let session = 2; session <= 4; session++) {
      const { store: next } = await open()
      notes.push((await commitNew(next, `รอบที่ ${session}`)).note)
      await crash()
    }
    expect(
      (await open()).store
        .annotationsOf(ARTICLE)
        .map((a) => a.note)
        .sort()
    ).toEqual(notes.sort())
  })

  it('replays idempotently over shards that already hold a segment, and skips a segment left behind after its fold', async () => {
    const { store } = await open()
    const gone = await commitNew(store, 'ลบทีหลัง')
    const edited = await commitNew(store, 'รุ่นหนึ่ง')
    const [first] = await listSegments(journalFolder())
    const firstPath = join(journalFolder(), segmentName(first ?? 0))
    const [stale, manifest] = await Promise.all([
      readFile(firstPath, 'utf8'),
      readFile(storePath(dir, MANIFEST), 'utf8').catch(() => null)
    ])
    await store.flush() // both in the shard; that segment retired
    store.remove(gone.id)
    store.put({ ...edited, note: 'รุ่นสอง' })
    await store.commit() // in a newer segment, not yet folded
    await crash()
    // As if the kill had come after the shard was written but before the manifest and the segment's deletion.
    await writeFile(firstPath, stale)
    if (manifest === null) await rm(storePath(dir, MANIFEST))
    else await writeFile(storePath(dir, MANIFEST), manifest)
    for (let launch = 0; launch < 2; launch++) {
      const again = await open()
      expect(again.store.annotationsOf(ARTICLE).map((a) => a.note)).toEqual(['รุ่นสอง'])
      expect(note(again.store, gone.id)).toBeUndefined() // an acknowledged delete stays deleted
      await writeFile(firstPath, stale) // now older than the shards: the manifest's cut must skip it
    }
  })

  it('ignores a torn last record, and sets aside and reports a complete record that does not read', async () => {
    const { store } = await open()
    const first = await commitNew(store, 'หนึ่ง')
    const second = await commitNew(store, 'สอง')
    await crash()
    const [segment] = await listSegments(journalFolder())
    const path = join(journalFolder(), segmentName(segment ?? 0))
    await appendFile(path, '1234abcd {"v":1,"annotations":[{"id":"n') // a kill in the middle of an append
    const torn = await open()
    expect(torn.notices).toEqual([])
    expect(
      torn.store
        .annotationsOf(ARTICLE)
        .map((a) => a.note)
        .sort()
    ).toEqual(['สอง', 'หนึ่ง'])

    // Now a journal whose first line was damaged on disk (one byte of its note changed).
    torn.store.put({ ...first, note: 'หนึ่ง แก้' })
    await torn.store.commit()
    torn.store.put({ ...second, note: 'สอง แก้' })
    await torn.store.commit()
    await crash()
    const [next] = await listSegments(journalFolder())
    const nextPath = join(journalFolder(), segmentName(next ?? 0))
    const lines = (await readFile(nextPath, 'utf8')).split('\n')
    lines[0] = (lines[0] ?? '').replace('หนึ่ง แก้', 'หนึ่ง แพ')
    await writeFile(nextPath, lines.join('\n'))
    const damaged = await open()
    expect(damaged.notices.join(' ')).toMatch(
      /1 recent annotation change\(s\) in the journal could not be read \(its checksum/
    )
    expect(damaged.notices.join(' ')).toMatch(/kept in .*journal-damaged-.*\.log; every other change was restored/)
    expect(
      damaged.store
        .annotationsOf(ARTICLE)
        .map((a) => a.note)
        .sort()
    ).toEqual(['สอง แก้', 'หนึ่ง'])
    const aside = (await readdir(journalFolder())).find((name) => name.startsWith('journal-damaged-')) ?? ''
    expect(await readFile(join(journalFolder(), aside), 'utf8')).toBe(`${lines[0]}\n`)
  })

  it('fails a commit it cannot write, keeping the work in memory and saying so, and saves it with the next one', async () => {
    const { store } = await open()
    await rm(journalFolder(), { recursive: true, force: true })
    await writeFile(journalFolder(), 'not a folder') // every write under it fails, even as root
    const kept = annotation(store, 'ต้องไม่หาย')
    store.put(kept)
    const failed = await store.commit().catch((err: unknown) => err)
    expect(failed).toBeInstanceOf(StoreWriteError)
    const said = String((failed as Error).message)
    expect(said).toMatch(/could not be saved \(a file stands where the data folder should be\)\. It is kept in memory/)
    expect(store.status()).toMatchObject({ unsaved: true, writeError: (failed as Error).message })
    expect(note(store, kept.id)).toBe('ต้องไม่หาย')

    await rm(journalFolder())
    await commitNew(store, 'ถัดไป') // carries the failed change too
    expect(store.status().writeError).toBeNull()
    await crash()
    const again = await open()
    expect(
      again.store
        .annotationsOf(ARTICLE)
        .map((a) => a.note)
        .sort()
    ).toEqual(['ต้องไม่หาย', 'ถัดไป'])
  })

  it('makes its folder again when it was deleted while the store was open, instead of writing into the void', async () => {
    const { store } = await open()
    await commitNew(store, 'ก่อน')
    await rm(journalFolder(), { recursive: true, force: true })
    await commitNew(store, 'หลัง')
    await crash()
    expect((await open()).store.annotationsOf(ARTICLE).map((a) => a.note)).toEqual(['หลัง'])
  })

  it('groups commits that arrive together into one sync', async () => {
    const { store } = await open()
    const made = Array.from({ length: 50 }, (_, i) => annotation(store, `กลุ่ม ${i}`))
    await Promise.all(
      made.map((one) => {
        store.put(one)
        return store.commit()
      })
    )
    expect(store.journalStats().appends).toBe(50)
    expect(store.journalStats().syncs).toBeLessThanOrEqual(3) // the first alone, the rest together
    await crash()
    expect((await open()).store.countFor(ARTICLE)).toBe(50)
  })
})
