// The API the reader and the views call for citations and themes, as the renderer calls it:
// through dispatch (validated input, typed answers) on the running services.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../api/dispatch'
import { startServices, type Services } from '../app/start-services'
import { until } from '../../tests/support/until'

const bundled = resolve(import.meta.dirname, '../../resources/articles')
let dataDir: string
let services: Services
const call = async (method: Parameters<typeof dispatch>[1], input: unknown) => {
  const answer = await dispatch(services.handlers, method, input)
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.value as never
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crossread-analysis-api-'))
  services = await startServices({ dataDir, bundledFolder: bundled, watch: false, openExternal: async () => undefined })
  await services.synced
}, 60_000)
afterAll(async () => {
  await services?.close()
  await rm(dataDir, { recursive: true, force: true })
})

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
    expect(await call('listCitingArticles', { document: '18-NQ/TW@2017' })).toEqual({ articles: [article.id] })
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
