import { randomBytes } from 'node:crypto'
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '../../common/model/annotation-types'
import { writeFileDurably } from '../storage/write-file-durably'
import { AnnotationStore } from './annotation-store'
import { listBackups } from './backups'
import { openAnnotationStore, type OpenedStore } from './open-store'
import { LEGACY_FILE, MANIFEST, shardFile, shardOf, storePath } from './store-layout'
import { acquireStoreLock, StoreLockedError } from './store-lock'
import { ARTICLE, annotation } from '../../tests/support/annotation-builder'

let dir: string
let opened: OpenedStore[] = []

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-store-'))
})
afterEach(async () => {
  for (const store of opened) {
    await store.store.flush().catch(() => undefined)
    store.store.close()
    await store.lock?.release()
  }
  opened = []
  await chmod(dir, 0o700).catch(() => undefined)
  await rm(dir, { recursive: true, force: true })
})

async function open(options: Parameters<typeof openAnnotationStore>[1] = {}): Promise<OpenedStore> {
  const store = await openAnnotationStore(dir, { coalesceMs: 10, ...options })
  opened.push(store)
  return store
}

async function reopen(options: Parameters<typeof openAnnotationStore>[1] = {}): Promise<OpenedStore> {
  for (const store of opened.splice(0)) {
    store.store.close()
    await store.lock?.release()
  }
  return open(options)
}

async function annotate(store: AnnotationStore, note: string): Promise<Annotation> {
  await store.ensureArticle(ARTICLE)
  const made = annotation(store, note)
  store.put(made)
  store.changed()
  await store.flush()
  return made
}

describe('opening the store', () => {
  it('starts empty on first run', async () => {
    const { store, notices, writable } = await open()
    expect({ tags: store.tags.size, notices, writable }).toEqual({ tags: 0, notices: [], writable: true })
  })

  it('migrates a version 1 file into shards: tag names become a codebook, highlights W3C selectors', async () => {
    await writeFile(
      join(dir, LEGACY_FILE),
      await readFile(join(import.meta.dirname, '../../tests/fixtures/store/annotations-v1.json'))
    )
    const { store, notices } = await open()
    expect(notices[0]).toMatch(
      /upgraded from store version 1 to 3 \(2 annotations\); the old file is kept as .*annotations\.json\.migrated-/
    )
    expect([...store.tags.values()].map((tag) => tag.name)).toEqual(['digital', 'มติ'])
    await store.ensureArticle(ARTICLE)
    const [first, second] = store.annotationsOf(ARTICLE).sort((a, b) => a.id.localeCompare(b.id))
    expect(first).toMatchObject({
      id: 'h1',
      color: 'green',
      note: 'อ้างถึงมติ 57',
      tags: ['t1', 't2'],
      target: { quote: { exact: 'มติหมายเลข 57-NQ/TW' }, position: { start: 120, end: 139 } }
    })
    expect(second).toMatchObject({ color: 'yellow', tags: ['t2'], note: '' })
    // and the result is a version 3 store on disk, read back as such
    const again = await reopen()
    expect(again.notices).toEqual([])
    expect(again.store.countsByArticle().get(ARTICLE)).toBe(2)
  })

  it.each([
    ['corrupt', '{"version": 3, "annotations": [ {"id": '],
    ['truncated', '{"version": 3, "annota'],
    ['empty', ''],
    ['of the wrong shape', '{"version": 3, "annotations": "none"}']
  ])('sets a %s shard aside, never overwriting it, and reads its newest valid backup', async (_kind, damaged) => {
    const first = await open({ backupEveryMs: 0 })
    await annotate(first.store, 'รุ่นแรก')
    await annotate(first.store, 'รุ่นที่สอง') // the shard's first version is backed up before this write
    const path = storePath(dir, shardFile(shardOf(ARTICLE)))
    await writeFile(path, damaged)
    const { store } = await reopen({ now: () => new Date('2025-11-04T08:00:00Z') })
    const told: string[] = []
    store.onNotice = (notice) => told.push(notice)
    await store.ensureArticle(ARTICLE)
    expect(store.annotationsOf(ARTICLE).map((a) => a.note)).toEqual(['รุ่นแรก'])
    expect(told.join(' ')).toMatch(
      /could not be read .* kept as .*\.damaged-2025-11-04T08-00-00-000Z\. Recovered shard-..\.json from its backup of/
    )
    expect(await readFile(`${path}.damaged-2025-11-04T08-00-00-000Z`, 'utf8')).toBe(damaged)
  })

  it('recovers a damaged manifest (the codebook) from its backup', async () => {
    const first = await open({ backupEveryMs: 0 })
    first.store.putTag({ id: 't1', name: 'ปฏิรูป', color: '#2f5d62', description: '', parentId: null, created: '' })
    await annotate(first.store, 'หนึ่ง')
    await annotate(first.store, 'สอง')
    await writeFile(storePath(dir, MANIFEST), '{"version": 3, "tags": [')
    const { store, notices } = await reopen()
    expect(notices.join(' ')).toMatch(/manifest\.json could not be read .* Recovered manifest\.json from its backup/)
    expect([...store.tags.values()].map((tag) => tag.name)).toEqual(['ปฏิรูป'])
    expect((await readdir(join(dir, 'annotations'))).some((name) => name.startsWith('manifest.json.damaged-'))).toBe(
      true
    )
  })

  it('refuses a store from a newer version and leaves it untouched', async () => {
    const newer = JSON.stringify({ version: 99, tags: [], somethingNew: true })
    await mkdir(join(dir, 'annotations'))
    await writeFile(storePath(dir, MANIFEST), newer)
    const { store, notices, writable } = await open()
    expect(writable).toBe(false)
    expect(notices[0]).toMatch(/newer Crossread \(store version 99\).*has not changed it/)
    store.changed()
    await store.flush()
    expect(await readFile(storePath(dir, MANIFEST), 'utf8')).toBe(newer)
  })
})

describe('writing the store', () => {
  it('coalesces a burst of edits into one write of the changed shard and the manifest', async () => {
    const written: string[] = []
    const writeFile: typeof writeFileDurably = async (path, ...rest) => {
      written.push(path.split('/').at(-1) ?? '')
      return writeFileDurably(path, ...rest)
    }
    const { store } = await open({ coalesceMs: 50, writeFile })
    await store.ensureArticle(ARTICLE)
    for (let i = 0; i < 100; i++) {
      store.put(annotation(store))
      store.changed()
    }
    expect(store.status().unsaved).toBe(true)
    // The coalesced write comes by itself (this waits for it, generously for a loaded machine).
    for (let waited = 0; store.status().unsaved && waited < 5000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50))
    expect(store.status()).toEqual({ unsaved: false, writeError: null })
    expect(written).toEqual([shardFile(shardOf(ARTICLE)), MANIFEST])
    const { store: again } = await reopen()
    expect(again.countsByArticle().get(ARTICLE)).toBe(100) // known from the manifest before any shard is read
  })

  it('knows each article’s colours and tags from the manifest, so the library’s filters read no shard', async () => {
    const { store } = await open()
    const first = await annotate(store, 'one')
    store.put({ ...annotation(store, 'two'), color: 'blue', tags: ['t1'] })
    store.changed()
    await store.flush()
    const { store: again } = await reopen()
    expect([...again.loaded()]).toEqual([]) // no shard read yet
    const facets = again.facetsByArticle()
    expect(facets?.get(ARTICLE)?.colors.sort()).toEqual([first.color, 'blue'].sort())
    expect(facets?.get(ARTICLE)?.tags).toEqual(['t1'])
  })

  it('keeps work in memory when a write fails, says so, and saves once the folder is writable again', async () => {
    const { store } = await open({ backupEveryMs: Number.MAX_SAFE_INTEGER })
    await store.ensureArticle(ARTICLE)
    const storeDir = join(dir, 'annotations')
    if (process.getuid?.() === 0) {
      // Root ignores permissions: make the store folder a file, so writes under it fail.
      await rm(storeDir, { recursive: true, force: true })
      await writeFile(storeDir, 'not a folder')
    } else {
      await mkdir(storeDir, { recursive: true })
      await chmod(storeDir, 0o500)
    }
    const statuses: string[] = []
    store.onStatus = (status) => statuses.push(status.writeError ?? 'ok')
    store.put(annotation(store, 'งานที่ต้องไม่หาย'))
    store.changed()
    await store.flush()
    expect(store.status().unsaved).toBe(true)
    expect(store.status().writeError).toMatch(/could not be saved .* kept in memory/)
    expect(store.annotationsOf(ARTICLE)[0]?.note).toBe('งานที่ต้องไม่หาย')

    if (process.getuid?.() === 0) await rm(storeDir, { force: true })
    else await chmod(storeDir, 0o700)
    await store.flush()
    expect(store.status()).toEqual({ unsaved: false, writeError: null })
    expect(statuses.at(-1)).toBe('ok')
    const { store: again } = await reopen()
    await again.ensureArticle(ARTICLE)
    expect(again.annotationsOf(ARTICLE)[0]?.note).toBe('งานที่ต้องไม่หาย')
  })

  it('reports a full disk in words and retries until space is free', async () => {
    let full = true
    const writeFile: typeof writeFileDurably = async (...args) => {
      if (full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      return writeFileDurably(...args)
    }
    const { store } = await open({ writeFile })
    await store.ensureArticle(ARTICLE)
    store.put(annotation(store))
    store.changed()
    await store.flush()
    expect(store.status().writeError).toMatch(/could not be saved \(the disk is full\)/)
    full = false
    // The first retry comes after a second; this waits for it, generously for a loaded machine.
    for (let waited = 0; store.status().unsaved && waited < 6000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50))
    expect(store.status()).toEqual({ unsaved: false, writeError: null })
  })
})

describe('backups', () => {
  const shard = shardFile(shardOf(ARTICLE))
  const notesIn = async (path: string) =>
    JSON.parse(await readFile(path, 'utf8')).annotations.map((a: Annotation) => a.note)
  const backedUpNotes = async () => Promise.all((await listBackups(dir, shard)).map((backup) => notesIn(backup.path)))

  it('gives a new shard its first backup at its first write, not ten minutes later', async () => {
    const { store } = await open()
    await annotate(store, 'แรกสุด')
    expect(await backedUpNotes()).toEqual([['แรกสุด']])
  })

  it('never backs up a shard that random bytes overwrote while the store was open: a restart recovers the data', async () => {
    let clock = Date.parse('2025-11-04T08:00:00Z')
    const { store } = await open({ now: () => new Date(clock) })
    await annotate(store, 'หนึ่ง')
    const path = storePath(dir, shard)
    await writeFile(path, randomBytes(4096))
    clock += 11 * 60_000 // the next backup is due
    await annotate(store, 'สอง')
    expect(await backedUpNotes()).toEqual([['หนึ่ง'], ['หนึ่ง', 'สอง']]) // the state in memory, not the garbage
    await writeFile(path, randomBytes(4096)) // and damaged again after the last write
    clock += 60_000
    const { store: again } = await reopen({ now: () => new Date(clock) })
    const told: string[] = []
    again.onNotice = (notice) => told.push(notice)
    await again.ensureArticle(ARTICLE)
    expect(told.join(' ')).toMatch(/Recovered shard-..\.json from its backup of/)
    expect(
      again
        .annotationsOf(ARTICLE)
        .map((a) => a.note)
        .sort()
    ).toEqual(['สอง', 'หนึ่ง'])
  })
})

describe('the data folder lock', () => {
  it('lets one process in, refuses a second while the first lives, and takes over a stale lock', async () => {
    const alive = new Set([111])
    const first = await acquireStoreLock(dir, { pid: 111, hostname: 'here', startedAt: 't1' }, (pid) => alive.has(pid))
    await expect(
      acquireStoreLock(dir, { pid: 222, hostname: 'here', startedAt: 't2' }, (pid) => alive.has(pid))
    ).rejects.toThrow(StoreLockedError)
    alive.delete(111) // the first process crashed without releasing
    const second = await acquireStoreLock(dir, { pid: 222, hostname: 'here', startedAt: 't2' }, (pid) => alive.has(pid))
    await first.release() // not its lock any more: must not remove it
    await expect(acquireStoreLock(dir, { pid: 333, hostname: 'here', startedAt: 't3' }, () => true)).rejects.toThrow(
      /process 222/
    )
    await second.release()
    await (await acquireStoreLock(dir, { pid: 333, hostname: 'here', startedAt: 't3' }, () => true)).release()
  })
})
