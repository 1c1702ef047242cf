// Header corrections through the API, on the running services over a watched folder of one Thai
// article: input checked where it arrives, an outlet corrected and the article found by it (with
// and without diacritics, and no longer by the parser's), announced as a changed library entry,
// kept when the file changes and is parsed again, carried by exports, undone, and kept across a
// relaunch; the user's file is never written.
import { appendFile, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangesAnswer } from '../../common/api/change-events'
import type { ApiMethodName } from '../../common/api/method-names'
import type { ArticleSummary } from '../../common/model/article-types'
import type { ExportPreview } from '../../common/model/export'
import { matchedIds, type SearchResults } from '../../common/model/search-types'
import { dispatch } from '../api/dispatch'
import { startServices, type Services } from '../app/start-services'
import { startOneArticleApp, type OneArticleApp } from '../../tests/support/one-article-services'

let app: OneArticleApp
let services: Services
const call = async <T>(method: ApiMethodName, input: unknown): Promise<T> => {
  const answer = await dispatch(services.handlers, method, input)
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.value as T
}
const refusal = async (input: unknown) => {
  const answer = await dispatch(services.handlers, 'correctArticle', input)
  return answer.ok ? null : answer.error.message
}
const poll = { timeout: 20_000, interval: 100 }
const found = async (query: string) => matchedIds(await call<SearchResults>('search', { query, limit: 10 }))
const listed = async (id: string) => (await call<ArticleSummary[]>('listArticles', {})).find((one) => one.id === id)
const OUTLET = 'Báo Hà Nội Mới'

beforeAll(async () => {
  app = await startOneArticleApp('corrections')
  services = app.services
}, 60_000)
afterAll(async () => {
  if (services === app?.services) return app.close()
  await services.close() // relaunched: the first services are closed already
  await rm(app.dir, { recursive: true, force: true })
})

describe('correctArticle', () => {
  it('refuses values it cannot keep, saying why, and changes nothing', async () => {
    const [article] = services.library.list()
    const id = article?.id
    expect(await refusal({ id, field: 'date', value: '2023-02-29' })).toMatch(/must exist/)
    expect(await refusal({ id, field: 'sourceUrl', value: 'javascript:alert(1)' })).toMatch(/http/)
    expect(await refusal({ id, field: 'outlet', value: 'x'.repeat(301) })).toMatch(/at most 300/)
    expect(await refusal({ id, field: 'publisher', value: 'x' })).toMatch(/field is one of/)
    expect(await refusal({ id: 'gone', field: 'outlet', value: 'x' })).toMatch(/no longer in the library/)
    expect((await listed(id ?? ''))?.corrected).toBeUndefined()
  })

  it('corrects an outlet that search, exports and a re-parse all follow', { timeout: 90_000 }, async () => {
    const [article] = services.library.list()
    if (!article) throw new Error('the article is not listed')
    const file = join(app.dir, 'articles', 'one.txt')
    const bytes = await readFile(file, 'utf8')
    expect(article.outlet).toBe('Kinhtedothi')
    await expect.poll(() => found('Kinhtedothi'), poll).toEqual([article.id])
    const { version: since } = await call<ChangesAnswer>('waitForChanges', { since: 0, timeoutMs: 0 })

    const answer = await call<ArticleSummary>('correctArticle', {
      id: article.id,
      field: 'outlet',
      value: ` ${OUTLET} `
    })
    expect(answer).toMatchObject({
      outlet: OUTLET,
      corrected: { outlet: { parsed: 'Kinhtedothi', by: services.annotations.user } }
    })
    expect(await listed(article.id)).toMatchObject({ outlet: OUTLET, outletConfidence: 1 })
    expect((await call<{ summary: ArticleSummary }>('getArticle', { id: article.id })).summary.outlet).toBe(OUTLET)
    const events = await call<ChangesAnswer>('waitForChanges', { since, timeoutMs: 0 })
    expect(events.kind === 'changes' ? events.events : []).toContainEqual({
      kind: 'library',
      added: [],
      changed: [article.id],
      removed: []
    })
    expect(await readFile(file, 'utf8')).toBe(bytes) // the user's file is not touched

    // Found by the corrected outlet, also typed without diacritics; no longer by the parser's.
    await expect.poll(() => found('Hà Nội Mới'), poll).toEqual([article.id])
    expect(await found('ha noi moi')).toEqual([article.id])
    expect(await found('Kinhtedothi')).toEqual([])

    const preview = await call<ExportPreview>('previewExport', {
      format: 'md',
      scope: { kind: 'articles', articleIds: [article.id] }
    })
    expect(preview.lines.join('\n')).toContain(OUTLET)

    // The file changes: parsed and indexed again, the correction stays, and so does the hit.
    await appendFile(file, 'ที่ประชุมสรุปผลงานสหกรณ์ออมทรัพย์\n')
    await expect.poll(async () => (await listed(article.id))?.contentHash, poll).not.toBe(article.contentHash)
    expect(await listed(article.id)).toMatchObject({ outlet: OUTLET, corrected: { outlet: { parsed: 'Kinhtedothi' } } })
    await expect.poll(() => found('สหกรณ์ออมทรัพย์'), poll).toEqual([article.id])
    expect(await found('ha noi moi')).toEqual([article.id])

    // Undone and redone like an annotation.
    expect(await call('undo', {})).toEqual({ undone: 'correct outlet' })
    expect(await listed(article.id)).toMatchObject({ outlet: 'Kinhtedothi' })
    await expect.poll(() => found('ha noi moi'), poll).toEqual([])
    await call('redo', {})
    expect((await listed(article.id))?.outlet).toBe(OUTLET)

    // Relaunched on the same data folder: kept, and cleared back to the parser's reading with null.
    await services.close()
    services = await startServices({
      dataDir: join(app.dir, 'data'),
      bundledFolder: join(app.dir, 'articles'),
      watch: false,
      openExternal: async () => undefined
    })
    await services.synced
    expect((await listed(article.id))?.outlet).toBe(OUTLET)
    await expect.poll(() => found('ha noi moi'), poll).toEqual([article.id])
    const cleared = await call<ArticleSummary>('correctArticle', { id: article.id, field: 'outlet', value: null })
    expect(cleared.outlet).toBe('Kinhtedothi')
    expect(cleared.corrected).toBeUndefined()
    await expect.poll(() => found('Kinhtedothi'), poll).toEqual([article.id])
  })
})
