// The memo methods through the API, on the running services over the bundled samples: input
// checked where it arrives, a Thai memo written, read, marked, announced by its change event,
// found by a word of it in the library search (as a note is), undone, and found again after a
// relaunch (the notes index rebuilt from the store).
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangesAnswer } from '../../common/api/change-events'
import type { ApiMethodName } from '../../common/api/method-names'
import { memoNoteId, type Memo, type MemoMarks } from '../../common/model/memo'
import type { SearchResults } from '../../common/model/search-types'
import { startServices, type Services } from '../app/start-services'
import { callApi, SAMPLE_ARTICLES, startSampleApp, type SampleApp } from '../../tests/support/sample-app'
import { dispatch } from './dispatch'

let app: SampleApp
let services: Services
const call = <T>(method: ApiMethodName, input: unknown) => callApi(services)<T>(method, input)
const refusal = async (method: ApiMethodName, input: unknown) => {
  const answer = await dispatch(services.handlers, method, input)
  return answer.ok ? null : answer.error
}
const poll = { timeout: 20_000, interval: 100 }
const openExternal = async () => undefined
// A word no sample article holds, so only the memo can match it.
const MEMO = 'สหกรณ์ออมทรัพย์ในบทความนี้\nเทียบกับมติ 18-NQ/TW'
const memoHits = async (query: string) =>
  (await call<SearchResults>('search', { query, limit: 10 })).annotations.map((hit) => hit.annotationId)

beforeAll(async () => {
  app = await startSampleApp('memos-api')
  services = app.services
}, 60_000)
afterAll(async () => {
  if (services === app?.services) return app.close()
  await services.close() // relaunched: the first services are closed already
  await rm(app.dataDir, { recursive: true, force: true })
})

describe('memo methods', () => {
  it('refuse input they cannot answer, saying why', async () => {
    expect(await refusal('getMemo', { articleId: '../x' })).toMatchObject({ code: 'invalid-input' })
    const [article] = services.library.list()
    const long = await refusal('setMemo', { articleId: article?.id, text: 'ก'.repeat(100_001) })
    expect(long?.message).toContain('at most 100,000 characters')
    expect(await refusal('setMemo', { articleId: 'gone', text: 'บันทึก' })).toMatchObject({ code: 'not-found' })
  })

  it('write a Thai memo, mark it, announce it, find it by a word, and undo it', { timeout: 60_000 }, async () => {
    const [article] = services.library.list()
    if (!article) throw new Error('the samples are not listed')
    const { version: since } = await call<ChangesAnswer>('waitForChanges', { since: 0, timeoutMs: 0 })
    const memo = await call<Memo>('setMemo', { articleId: article.id, text: MEMO })
    expect(memo).toMatchObject({ articleId: article.id, text: MEMO })
    expect(await call<Memo | null>('getMemo', { articleId: article.id })).toEqual(memo)
    expect(await call<MemoMarks>('listMemoMarks', {})).toEqual({ [article.id]: 'สหกรณ์ออมทรัพย์ในบทความนี้' })
    const answer = await call<ChangesAnswer>('waitForChanges', { since, timeoutMs: 0 })
    expect(answer.kind === 'changes' ? answer.events : []).toContainEqual({
      kind: 'memos',
      articles: { [article.id]: 'สหกรณ์ออมทรัพย์ในบทความนี้' }
    })
    await expect.poll(() => memoHits('สหกรณ์'), poll).toEqual([memoNoteId(article.id)])

    expect(await call('undo', {})).toEqual({ undone: 'edit memo' })
    expect(await call<Memo | null>('getMemo', { articleId: article.id })).toBeNull()
    expect(await call<MemoMarks>('listMemoMarks', {})).toEqual({})
    await expect.poll(() => memoHits('สหกรณ์'), poll).toEqual([])
    await call('redo', {})
    await expect.poll(() => memoHits('สหกรณ์'), poll).toEqual([memoNoteId(article.id)])

    // Relaunched on the same data folder: the memo, its mark and its hit are still there.
    await services.close()
    services = await startServices({ dataDir: app.dataDir, bundledFolder: SAMPLE_ARTICLES, watch: false, openExternal })
    await services.synced
    expect((await call<Memo | null>('getMemo', { articleId: article.id }))?.text).toBe(MEMO)
    await expect.poll(() => memoHits('สหกรณ์'), poll).toEqual([memoNoteId(article.id)])

    expect(await call<Memo | null>('setMemo', { articleId: article.id, text: '' })).toBeNull()
    expect(await call('undo', {})).toEqual({ undone: 'delete memo' })
  })
})
