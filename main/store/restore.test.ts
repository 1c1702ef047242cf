import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AnnotationStore } from './annotation-store'
import { openAnnotationStore, type OpenedStore } from './open-store'
import { listPoints, takePoint } from './restore-points'
import { summarizePoint } from './point-contents'
import { restorePoint } from './restore-backup'
import { shardFile, shardOf } from './store-layout'
import { ARTICLE, annotation } from '../../tests/support/annotation-builder'

let dir: string
let opened: OpenedStore

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-restore-'))
  opened = await openAnnotationStore(dir, { coalesceMs: 10, backupEveryMs: Number.MAX_SAFE_INTEGER })
})
afterEach(async () => {
  await opened.store.shutDown()
  await opened.lock?.release()
  await rm(dir, { recursive: true, force: true })
})

async function annotate(store: AnnotationStore, note: string): Promise<string> {
  await store.ensureArticle(ARTICLE)
  const made = annotation(store, note)
  store.put(made)
  store.changed()
  await store.flush()
  return made.id
}

const notes = async (store: AnnotationStore) => {
  await store.ensureArticle(ARTICLE)
  return store
    .annotationsOf(ARTICLE)
    .map((made) => made.note)
    .sort()
}

describe('restore points', () => {
  it('are listed newest first with what they hold, read from their own files', async () => {
    const { store } = opened
    expect(await takePoint(dir, new Date('2026-12-03T10:00:00Z'), 'manual')).toBeNull() // nothing written yet
    await annotate(store, 'first')
    await takePoint(dir, new Date('2026-12-03T10:00:00Z'), 'manual')
    await annotate(store, 'second')
    await takePoint(dir, new Date('2026-12-03T11:00:00Z'), 'scheduled')
    const points = await listPoints(dir)
    expect(points.map((point) => [point.takenAt.toISOString(), point.kind])).toEqual([
      ['2026-12-03T11:00:00.000Z', 'scheduled'],
      ['2026-12-03T10:00:00.000Z', 'manual']
    ])
    const summaries = await Promise.all(points.map((point) => summarizePoint(point.path)))
    expect(summaries.map((reading) => reading.ok && reading.summary.annotations)).toEqual([2, 1])
  })

  it('keep only as many as asked, but never the annotations a restore replaced', async () => {
    await annotate(opened.store, 'first')
    for (let minute = 0; minute < 4; minute++)
      await takePoint(dir, new Date(Date.UTC(2026, 11, 3, 10, minute)), minute === 0 ? 'before-restore' : 'manual', 2)
    expect((await listPoints(dir)).map((point) => point.kind)).toEqual(['manual', 'manual', 'before-restore'])
  })
})

describe('restoring', () => {
  it('brings back the annotations of the point, and keeps the replaced ones as a point', async () => {
    const { store } = opened
    await annotate(store, 'earlier')
    const id = await takePoint(dir, new Date('2026-12-03T10:00:00Z'), 'manual')
    await annotate(store, 'later')
    const restored = await restorePoint(store, dir, id ?? '', new Date('2026-12-03T12:00:00Z'))
    expect(await notes(store)).toEqual(['earlier'])
    expect(restored.summary.annotations).toBe(1)
    const aside = (await listPoints(dir)).find((point) => point.id === restored.keptAs)
    expect(aside?.kind).toBe('before-restore')
    // The store goes on working on the restored files, and the replaced ones can come back in turn.
    await annotate(store, 'after restore')
    await restorePoint(store, dir, restored.keptAs, new Date('2026-12-03T13:00:00Z'))
    expect(await notes(store)).toEqual(['earlier', 'later'])
  })

  it('refuses a damaged point with the reason, and leaves the current annotations as they were', async () => {
    const { store } = opened
    await annotate(store, 'earlier')
    const id = (await takePoint(dir, new Date('2026-12-03T10:00:00Z'), 'manual')) ?? ''
    await annotate(store, 'later')
    const point = (await listPoints(dir))[0]
    await rm(join(point?.path ?? '', shardFile(shardOf(ARTICLE))))
    await writeFile(join(point?.path ?? '', shardFile(shardOf(ARTICLE))), '{"version": 3, "annota')
    await expect(restorePoint(store, dir, id, new Date())).rejects.toThrow(
      /cannot be restored: its shard-[0-9a-f]{2}\.json cannot be read: it is not valid JSON.*unchanged/
    )
    expect(await notes(store)).toEqual(['earlier', 'later'])
    expect((await listPoints(dir)).length).toBe(1) // nothing was set aside
    expect(await readdir(join(dir, 'annotations'))).toContain(shardFile(shardOf(ARTICLE)))
  })

  it('refuses a point that is gone', async () => {
    await annotate(opened.store, 'kept')
    await expect(restorePoint(opened.store, dir, 'nope', new Date())).rejects.toThrow(/no longer exists/)
    expect(await notes(opened.store)).toEqual(['kept'])
  })
})
