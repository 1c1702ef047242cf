// The API the reader and the views call for citations and themes, as the renderer calls it:
// through dispatch (validated input, typed answers) on the running services.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../api/dispatch'
import type { Services } from '../app/start-services'
import type { ApiMethodName } from '../../common/api/method-names'
import { callApi, startSampleApp, type SampleApp } from '../../tests/support/sample-app'
import { until } from '../../tests/support/until'

let services: Services
let app: SampleApp
const call = (method: ApiMethodName, input: unknown) => callApi(services)<never>(method, input)

beforeAll(async () => {
  app = await startSampleApp('analysis-api')
  services = app.services
}, 60_000)
afterAll(() => app?.close())

describe('citations and themes through the API', () => {
  it("answers an article's documents and themes once the index has read it", { timeout: 60_000 }, async () => {
    const article = services.library.list().find((summary) => summary.file.startsWith('001_'))!
    const analysis = await until(
      async () => (await call('getArticleAnalysis', { id: article.id })) as { contentHash: string } | null,
      'the article to be analysed',
      50_000
    )
    expect(analysis).toMatchObject({ contentHash: article.contentHash })
    const { themes } = (await call('listThemes', {})) as { themes: { id: string; label: { th: string } }[] }
    expect(themes).toHaveLength(10)
    // Answered by the documents catalogue, read again once the index publishes its new version.
    const citing = await until(
      async () => {
        const answer = (await call('listCitingArticles', { document: '18-NQ/TW@2017' })) as { articles: string[] }
        return answer.articles.length > 0 ? answer : undefined
      },
      'the documents catalogue to hold the article',
      20_000
    )
    expect(citing).toEqual({ articles: [article.id] })
    const carriers = (await call('listThemeArticles', { theme: 'apparatus-streamlining' })) as {
      articles: { id: string; detected: boolean }[]
      total: number
    }
    expect(carriers.articles.find((carrier) => carrier.id === article.id)?.detected).toBe(true)
  })

  it('refuses input it cannot use, saying why', async () => {
    const answer = await dispatch(services.handlers, 'listCitingArticles', { document: '' })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(services.handlers, 'getArticleAnalysis', { id: '../etc' })).toMatchObject({ ok: false })
  })
})
