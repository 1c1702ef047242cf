import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { emptyStore, type Annotation, type StoreData } from '../annotations/annotation-types'
import { AnnotationStore } from './annotation-store'
import { listBackups, writeBackup } from './backups'
import { loadStore, STORE_FILE } from './store-file'
import { acquireStoreLock, StoreLockedError } from './store-lock'
import { writeFileDurably } from '../storage/write-file-durably'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-store-'))
})
afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined)
  await rm(dir, { recursive: true, force: true })
})

const annotation = (id: string, note = ''): Annotation => ({
  id,
  articleId: 'a0123456789abcde',
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'ปรับปรุงกลไก', prefix: 'การ', suffix: 'ของรัฐ' },
    position: { type: 'TextPositionSelector', start: 3, end: 15 },
    textHash: 'abc'
  },
  color: 'yellow',
  tags: [],
  note,
  created: '2025-11-01T00:00:00.000Z',
  modified: '2025-11-01T00:00:00.000Z'
})
const withAnnotations = (...ids: string[]): StoreData => ({ ...emptyStore(), annotations: ids.map((id) => annotation(id)) })
const storeFile = () => join(dir, STORE_FILE)

describe('loading the store', () => {
  it('starts empty on first run', async () => {
    expect(await loadStore(dir)).toEqual({ kind: 'loaded', data: emptyStore(), notices: [], fresh: true })
  })

  it('migrates a version 1 store: tag names become a codebook, highlights become W3C selectors', async () => {
    await writeFile(storeFile(), await readFile(join(import.meta.dirname, '../../tests/fixtures/store/annotations-v1.json')))
    const loaded = await loadStore(dir)
    if (loaded.kind !== 'loaded') throw new Error('refused')
    expect(loaded.notices[0]).toMatch(/upgraded from store version 1 to 2/)
    expect(loaded.data.tags.map((tag) => tag.name)).toEqual(['digital', 'มติ'])
    const [first, second] = loaded.data.annotations
    expect(first).toMatchObject({
      id: 'h1',
      color: 'green',
      note: 'อ้างถึงมติ 57',
      tags: ['t1', 't2'],
      target: { quote: { type: 'TextQuoteSelector', exact: 'มติหมายเลข 57-NQ/TW' }, position: { start: 120, end: 139 } }
    })
    expect(second).toMatchObject({ color: 'yellow', tags: ['t2'], note: '' })
  })

  it.each([
    ['corrupt', '{"version": 2, "annotations": [ {"id": '],
    ['truncated', JSON.stringify(withAnnotations('x1', 'x2')).slice(0, 40)],
    ['empty', ''],
    ['of the wrong shape', '{"version": 2, "annotations": "none", "tags": []}']
  ])('sets a %s store aside, never overwriting it, and loads the newest valid backup', async (_kind, damaged) => {
    await writeBackup(dir, JSON.stringify(withAnnotations('old')), new Date('2025-11-01T10:00:00Z'))
    await writeBackup(dir, JSON.stringify(withAnnotations('old', 'newer')), new Date('2025-11-02T10:00:00Z'))
    await writeBackup(dir, '{"broken', new Date('2025-11-03T10:00:00Z'))
    await writeFile(storeFile(), damaged)
    const loaded = await loadStore(dir, new Date('2025-11-04T08:00:00Z'))
    if (loaded.kind !== 'loaded') throw new Error('refused')
    expect(loaded.data.annotations.map((a) => a.id)).toEqual(['old', 'newer'])
    expect(loaded.notices.join(' ')).toMatch(/could not be read .* kept as .*annotations\.json\.damaged-2025-11-04T08-00-00-000Z/)
    expect(loaded.notices.join(' ')).toMatch(/restored from the backup of .*\(2 annotations\)/)
    expect(await readFile(join(dir, 'annotations.json.damaged-2025-11-04T08-00-00-000Z'), 'utf8')).toBe(damaged)
  })

  it('starts empty but keeps the damaged file when no backup is valid', async () => {
    await writeFile(storeFile(), '{nope')
    const loaded = await loadStore(dir)
    if (loaded.kind !== 'loaded') throw new Error('refused')
    expect(loaded.data).toEqual(emptyStore())
    expect(loaded.notices.join(' ')).toMatch(/No valid backup/)
    expect((await readdir(dir)).some((name) => name.startsWith('annotations.json.damaged-'))).toBe(true)
  })

  it('refuses a store from a newer version and leaves it untouched', async () => {
    const newer = JSON.stringify({ version: 99, annotations: [], somethingNew: true })
    await writeFile(storeFile(), newer)
    const loaded = await loadStore(dir)
    expect(loaded).toMatchObject({ kind: 'refused', message: expect.stringMatching(/newer Crossread \(store version 99\).*has not changed it/) })
    expect(await readFile(storeFile(), 'utf8')).toBe(newer)
  })
})

describe('writing the store', () => {
  it('coalesces a burst of edits into one write, and keeps rotating backups', async () => {
    const store = new AnnotationStore(emptyStore(), { dataDir: dir, coalesceMs: 50, backupEveryMs: 0 })
    for (let i = 0; i < 100; i++) {
      store.annotations.set(`n${i}`, annotation(`n${i}`))
      store.changed()
    }
    expect(store.status().unsaved).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(store.status()).toEqual({ unsaved: false, writeError: null })
    const saved = JSON.parse(await readFile(storeFile(), 'utf8')) as StoreData
    expect(saved.annotations).toHaveLength(100)
    expect(await listBackups(dir)).toHaveLength(1) // one write, so one backup
    store.close()
  })

  it('keeps work in memory when a write fails, says so, and saves once the folder is writable again', async () => {
    if (process.getuid?.() === 0) {
      // Root ignores permissions, so simulate the failure the other way: the data folder is gone.
      await rm(dir, { recursive: true })
      await writeFile(dir, 'a file where the folder was') // mkdir and writes under it now fail
    } else {
      await chmod(dir, 0o500)
    }
    const statuses: string[] = []
    const store = new AnnotationStore(emptyStore(), { dataDir: dir, coalesceMs: 10, backupEveryMs: Number.MAX_SAFE_INTEGER })
    store.onStatus = (status) => statuses.push(status.writeError ?? 'ok')
    store.annotations.set('n1', annotation('n1', 'งานที่ต้องไม่หาย'))
    store.changed()
    await store.flush()
    expect(store.status().unsaved).toBe(true)
    expect(store.status().writeError).toMatch(/could not be saved .* kept in memory/)
    expect(store.annotations.get('n1')?.note).toBe('งานที่ต้องไม่หาย')

    if (process.getuid?.() === 0) {
      await rm(dir, { force: true })
      await mkdir(dir)
    } else {
      await chmod(dir, 0o700)
    }
    await store.flush()
    expect(store.status()).toEqual({ unsaved: false, writeError: null })
    expect((JSON.parse(await readFile(storeFile(), 'utf8')) as StoreData).annotations[0]?.note).toBe('งานที่ต้องไม่หาย')
    expect(statuses.at(-1)).toBe('ok')
    store.close()
  })

  it('reports a full disk in words and retries until space is free', async () => {
    let full = true
    const writeFile: typeof writeFileDurably = async (...args) => {
      if (full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      return writeFileDurably(...args)
    }
    const store = new AnnotationStore(emptyStore(), { dataDir: dir, coalesceMs: 10, writeFile })
    store.annotations.set('n1', annotation('n1'))
    store.changed()
    await store.flush()
    expect(store.status().writeError).toMatch(/could not be saved \(the disk is full\)/)
    full = false
    await new Promise((resolve) => setTimeout(resolve, 1300)) // the first retry comes after a second
    expect(store.status()).toEqual({ unsaved: false, writeError: null })
    store.close()
  })
})

describe('the data folder lock', () => {
  it('lets one process in, refuses a second while the first lives, and takes over a stale lock', async () => {
    const alive = new Set([111])
    const first = await acquireStoreLock(dir, { pid: 111, hostname: 'here', startedAt: 't1' }, (pid) => alive.has(pid))
    await expect(acquireStoreLock(dir, { pid: 222, hostname: 'here', startedAt: 't2' }, (pid) => alive.has(pid))).rejects.toThrow(StoreLockedError)
    alive.delete(111) // the first process crashed without releasing
    const second = await acquireStoreLock(dir, { pid: 222, hostname: 'here', startedAt: 't2' }, (pid) => alive.has(pid))
    await first.release() // not its lock any more: must not remove it
    await expect(acquireStoreLock(dir, { pid: 333, hostname: 'here', startedAt: 't3' }, () => true)).rejects.toThrow(/process 222/)
    await second.release()
    await (await acquireStoreLock(dir, { pid: 333, hostname: 'here', startedAt: 't3' }, () => true)).release()
  })
})
