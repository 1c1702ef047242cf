// Reading every annotation for the notes index without keeping the store's shards in memory: what
// was visited is all of it (unsaved edits included), and nothing a user relies on is lost on the way.
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openAnnotationStore, type OpenedStore } from './open-store'
import { shardFile, shardOf, storePath } from './store-layout'
import { ARTICLE, annotation } from '../../tests/support/annotation-builder'

let dir: string
let opened: OpenedStore | null = null
// Articles in distinct shards, so a visit has several files to read.
const articles = Array.from({ length: 40 }, (_, i) => `a${i.toString(16).padStart(15, '0')}`)
const otherArticles = articles.filter((id) => shardOf(id) !== shardOf(ARTICLE))

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-visit-'))
})
afterEach(async () => {
  await opened?.store.shutDown()
  await opened?.lock?.release()
  opened = null
  await rm(dir, { recursive: true, force: true })
})

async function reopen(now?: () => Date): Promise<OpenedStore> {
  await opened?.store.flush()
  await opened?.store.shutDown()
  await opened?.lock?.release()
  opened = await openAnnotationStore(dir, { coalesceMs: 10, now })
  return opened
}

/** One annotation per article, its note the article id; written, then the store opened again. */
async function seeded(now?: () => Date): Promise<OpenedStore> {
  const { store } = await reopen(now)
  for (const articleId of [ARTICLE, ...otherArticles]) {
    await store.ensureArticle(articleId)
    store.put(annotation(store, articleId, articleId))
  }
  store.changed()
  await store.flush()
  return reopen(now)
}

async function visitedNotes(store: OpenedStore['store']): Promise<string[]> {
  const notes: string[] = []
  await store.visitShards((annotations) => void notes.push(...annotations.map((a) => a.note)))
  return notes.sort()
}

describe('visiting every shard', () => {
  it('hands over every annotation and keeps only the shards that were open', async () => {
    const { store } = await seeded()
    await store.ensureArticle(ARTICLE)
    const edited = store.annotationsOf(ARTICLE)[0]
    if (!edited) throw new Error('seeded annotation missing')
    store.put({ ...edited, note: 'แก้แล้วยังไม่บันทึก' }) // unsaved: the visit sees memory, not the file

    const notes = await visitedNotes(store)
    expect(notes).toEqual([...otherArticles, 'แก้แล้วยังไม่บันทึก'].sort())
    expect(new Set([...store.loaded()].map((a) => a.articleId))).toEqual(new Set([ARTICLE]))
    expect(store.countsByArticle().get(otherArticles[0] ?? '')).toBe(1)
  })

  it('keeps a shard it had to recover from a backup, so that the recovered annotations are not lost', async () => {
    const clock = Date.parse('2025-11-04T08:00:00Z')
    const { store } = await seeded(() => new Date(clock))
    const told: string[] = []
    store.onNotice = (notice) => told.push(notice)
    await writeFile(storePath(dir, shardFile(shardOf(ARTICLE))), randomBytes(512))

    expect(await visitedNotes(store)).toEqual([ARTICLE, ...otherArticles].sort())
    expect(told.join(' ')).toMatch(/Recovered shard-..\.json from its backup of/)
    // Its damaged file was moved aside: the recovered copy in memory is what the next write saves.
    expect([...store.loaded()].map((a) => a.note)).toEqual([ARTICLE])
    await store.ensureArticle(ARTICLE)
    expect(store.annotationsOf(ARTICLE).map((a) => a.note)).toEqual([ARTICLE])
  })

  it('lets an article be opened and edited while the visit reads its shard', async () => {
    const { store } = await seeded()
    const visiting = visitedNotes(store)
    await store.ensureArticle(otherArticles[5] ?? '')
    store.put(annotation(store, 'ใหม่', otherArticles[5]))
    await visiting
    expect(store.annotationsOf(otherArticles[5] ?? '').map((a) => a.note)).toContain('ใหม่')
    store.changed()
    await store.flush()
    const { store: again } = await reopen()
    expect((await visitedNotes(again)).filter((note) => note === 'ใหม่')).toEqual(['ใหม่'])
  })
})
