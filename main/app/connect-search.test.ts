// The search index follows the library and the notes: a file added to a watched folder becomes
// searchable, a deleted one stops matching, and a note is found by its words, all without asking.
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { matchedIds } from '../../common/model/search-types'
import { startOneArticleApp, type OneArticleApp } from '../../tests/support/one-article-services'
import { startServices, type Services } from './start-services'

let app: OneArticleApp
let dir: string
let services: Services

const found = async (query: string) => matchedIds(await services.handlers.search({ query, limit: 10 }))

const poll = { timeout: 15_000, interval: 100 }

/** A note on the app's first article, whose word `เทียบ` no article text holds. */
const writeNote = (on: Services) =>
  on.handlers.createAnnotation({
    articleId: on.library.list()[0]?.id ?? '',
    start: 0,
    end: 6,
    color: 'yellow',
    tags: [],
    newTags: [],
    note: 'เทียบกับมติฉบับก่อน'
  })
const noteHits = (on: Services) => async () =>
  (await on.handlers.search({ query: 'เทียบ', limit: 10 })).annotations.map((hit) => hit.annotationId)

beforeAll(async () => {
  app = await startOneArticleApp('connect-search')
  ;({ dir, services } = app)
}, 30_000)
afterAll(() => app.close())

describe('search kept in step with the library and the notes', () => {
  it('indexes a file the watcher sees arrive, and forgets one that is deleted', async () => {
    await expect.poll(() => found('ปฏิรูป'), poll).toHaveLength(1)
    await writeFile(
      join(dir, 'articles', 'two.txt'),
      'Báo Hải Dương - 2025 - สหกรณ์การเกษตร\nสหกรณ์การเกษตรในจังหวัดไหเซือง\n'
    )
    await expect.poll(() => found('สหกรณ์'), poll).toHaveLength(1)
    await unlink(join(dir, 'articles', 'two.txt'))
    await expect.poll(() => found('สหกรณ์'), poll).toEqual([])
  }, 40_000)

  it('finds a note by its words once it is written, and not after it is deleted', async () => {
    const created = await writeNote(services)
    await expect.poll(noteHits(services), poll).toEqual([created.id])
    await services.handlers.deleteAnnotation({ id: created.id })
    await expect.poll(noteHits(services), poll).toEqual([])
  }, 40_000)
})

describe('when the index cannot be opened', () => {
  it('the app still starts and lists its articles, and search says why it is unavailable', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'crossread-no-search-'))
    await mkdir(join(broken, 'data'))
    await writeFile(join(broken, 'data', 'search-index'), 'a file where the index folder should be')
    const app = await startServices({
      dataDir: join(broken, 'data'),
      bundledFolder: join(dir, 'articles'),
      watch: false,
      openExternal: async () => undefined
    })
    try {
      await app.synced
      expect(app.library.list().length).toBeGreaterThan(0)
      await expect.poll(() => app.library.status.get().search.state, poll).toBe('failed')
      expect(app.library.status.get().search.error).toMatch(/^Search is unavailable: /)
      await expect(app.handlers.search({ query: 'ปฏิรูป', limit: 5 })).rejects.toThrow()
    } finally {
      await app.close()
      await rm(broken, { recursive: true, force: true })
    }
  }, 30_000)
})

describe('the notes index across a relaunch', () => {
  it('is loaded with the search index, not rebuilt from every annotation, when the store has not changed', async () => {
    const data = join(dir, 'relaunch-data')
    const start = () =>
      startServices({
        dataDir: data,
        bundledFolder: join(dir, 'articles'),
        watch: false,
        openExternal: async () => undefined
      })
    const first = await start()
    await first.synced
    const created = await writeNote(first)
    await expect.poll(noteHits(first), poll).toEqual([created.id])
    await first.close()

    const second = await start()
    const read = vi.spyOn(second.annotations, 'visitSearchable')
    try {
      await second.synced
      await expect.poll(() => second.library.status.get().search.state, poll).toBe('ready')
      expect(await noteHits(second)()).toEqual([created.id])
      expect(read).not.toHaveBeenCalled()
    } finally {
      await second.close()
    }
  }, 60_000)
})
